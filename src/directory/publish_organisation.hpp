#pragma once
// An administrator publishes a profile awaiting moderation: it becomes public, its owners are told
// by e-mail, and a revision and an audit entry record the decision.

#include "auth/identity.hpp"
#include "auth/request_info.hpp"
#include "core/result.hpp"

namespace essaim::db {
class Session;
}
namespace essaim::web {
struct Services;
}

namespace essaim::directory {

//! Forbidden for anyone but an administrator, NotFound, Conflict when the profile is not awaiting moderation.
core::Result<core::Done> publish_organisation(web::Services& services, db::Session& session,
    const auth::Identity& identity, long long organisation_id, const auth::RequestInfo& request);

} // namespace essaim::directory
