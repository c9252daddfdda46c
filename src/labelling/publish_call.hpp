#pragma once
// A call's state moves: publishing (brouillon → publié, or clos → publié to reopen it) and closing.
// Publishing needs a form with at least one field and a grid with at least one criterion, and
// freezes the current form version: editing it afterwards makes a new version.

#include "auth/identity.hpp"
#include "auth/request_info.hpp"
#include "core/clock.hpp"
#include "core/result.hpp"
#include "labelling/call.hpp"

namespace essaim::db {
class Session;
}

namespace essaim::labelling {

//! NotFound, Forbidden, or Conflict (409) for an illegal move or a call not ready to publish;
//! nothing changes then.
core::Result<core::Done> change_call_state(db::Session& session, const core::Clock& clock, const auth::Identity& actor,
    long long call_id, CallState to, const auth::RequestInfo& request);

} // namespace essaim::labelling
