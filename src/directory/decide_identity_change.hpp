#pragma once
// An administrator accepts a pending change of identity (the organisation takes the name or
// identifiers asked) or refuses it with a reason; either way the member who asked is told by
// e-mail and the audit log records the decision.

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

inline constexpr std::size_t max_identity_refusal_length = 2000;

//! Forbidden for anyone but an administrator, NotFound, Conflict when the request is already
//! decided, when the organisation changed those fields since, or when another organisation took
//! the identifier asked meanwhile.
core::Result<core::Done> accept_identity_change(web::Services& services, db::Session& session,
    const auth::Identity& identity, long long change_id, const auth::RequestInfo& request);

//! As accept_identity_change, plus Invalid (field "refusal_reason"; trimmed in place) without a reason.
core::Result<core::Done> refuse_identity_change(web::Services& services, db::Session& session,
    const auth::Identity& identity, long long change_id, std::string& reason, const auth::RequestInfo& request);

} // namespace essaim::directory
