#pragma once
// An administrator creates a call: a draft, with an empty form (version 1) and no criteria yet.

#include "auth/identity.hpp"
#include "auth/request_info.hpp"
#include "core/clock.hpp"
#include "core/result.hpp"
#include "labelling/call_form.hpp"

namespace essaim::db {
class Session;
}

namespace essaim::labelling {

//! Answers the new call's id; Forbidden for non-administrators, Invalid with field errors.
core::Result<long long> create_call(db::Session& session, const core::Clock& clock, const auth::Identity& actor,
    const CallInput& input, const auth::RequestInfo& request);

//! {"title":…, "category":…, "state":…, …}: the call as the audit log records it.
std::string call_audit_json(const Call& call);

} // namespace essaim::labelling
