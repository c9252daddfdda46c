#pragma once
// An administrator refuses a profile awaiting moderation, with a reason that its owners read in an
// e-mail and on the profile's page; a revision and an audit entry record the decision.

#include "auth/identity.hpp"
#include "auth/request_info.hpp"
#include "core/result.hpp"

#include <string>

namespace essaim::db {
class Session;
}
namespace essaim::web {
struct Services;
}

namespace essaim::directory {

inline constexpr std::size_t max_refusal_reason_length = 2000;

//! Forbidden for anyone but an administrator, NotFound, Conflict when the profile is not awaiting
//! moderation, Invalid (field "refusal_reason") without a reason. `reason` is trimmed in place.
core::Result<core::Done> refuse_organisation(web::Services& services, db::Session& session,
    const auth::Identity& identity, long long organisation_id, std::string& reason, const auth::RequestInfo& request);

} // namespace essaim::directory
