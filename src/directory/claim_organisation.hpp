#pragma once
// A member claims an organisation that has no owner on the platform (one created by a register
// import). When their confirmed e-mail address is on the domain of the organisation's website they
// become its owner at once; otherwise the claim waits for an administrator.

#include "auth/identity.hpp"
#include "auth/request_info.hpp"
#include "core/result.hpp"

#include <optional>
#include <string>

namespace essaim::db {
class Session;
}
namespace essaim::web {
struct Services;
}

namespace essaim::directory {

struct ClaimOutcome {
    long long claim_id = 0;
    bool accepted = false;  //!< accepted automatically: the member is now an owner
};

//! NotFound (no such published organisation), Conflict (already a member, the organisation has an
//! owner, a claim already pending), Invalid (field "message"; trimmed in place).
core::Result<ClaimOutcome> claim_organisation(web::Services& services, db::Session& session,
    const auth::Identity& identity, long long organisation_id, std::string& message, const auth::RequestInfo& request);

//! Why `identity` may not claim the organisation, or nothing when they may (shown before the form).
std::optional<core::Error> claim_obstacle(db::Session& session, const auth::Identity& identity, long long organisation_id);

} // namespace essaim::directory
