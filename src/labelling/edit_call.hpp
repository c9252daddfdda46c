#pragma once
// An administrator edits a call's description and dates, and its instructeurs' team.

#include "auth/identity.hpp"
#include "auth/request_info.hpp"
#include "core/clock.hpp"
#include "core/result.hpp"
#include "labelling/call_form.hpp"

namespace essaim::db {
class Session;
}

namespace essaim::labelling {

//! NotFound, Forbidden, or Invalid with field errors.
core::Result<core::Done> edit_call(db::Session& session, const core::Clock& clock, const auth::Identity& actor,
    long long call_id, const CallInput& input, const auth::RequestInfo& request);

//! Adds the account with this e-mail, which must hold the instructeur role (Invalid on field "email" otherwise).
core::Result<core::Done> add_call_instructor(db::Session& session, const core::Clock& clock, const auth::Identity& actor,
    long long call_id, const std::string& email, const auth::RequestInfo& request);
core::Result<core::Done> remove_call_instructor(db::Session& session, const core::Clock& clock,
    const auth::Identity& actor, long long call_id, long long user_id, const auth::RequestInfo& request);

} // namespace essaim::labelling
