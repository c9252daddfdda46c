#pragma once
// Granting and revoking platform roles, by an administrator. Roles are never self-declared:
// membre is implicit for every account and cannot be granted or revoked.

#include "auth/identity.hpp"
#include "auth/request_info.hpp"
#include "core/result.hpp"

namespace essaim::db {
class Session;
}
namespace essaim::web {
struct Services;
}

namespace essaim::auth {

enum class RoleChange { Grant, Revoke };

//! Changes `user_id`'s `role`, recording before/after in the audit log. NotFound for an unknown
//! account; Invalid for membre; Forbidden when an administrator would remove their own
//! administrateur role (so the platform cannot lose its last administrator by a slip);
//! Conflict when there is nothing to change.
core::Result<core::Done> change_role(web::Services& services, db::Session& session, const Identity& actor,
    long long user_id, Role role, RoleChange change, const RequestInfo& request);

} // namespace essaim::auth
