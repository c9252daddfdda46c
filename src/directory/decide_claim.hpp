#pragma once
// An administrator accepts a pending claim (the member becomes an owner) or refuses it with a
// reason; either way the member is told by e-mail and the audit log records the decision.

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

inline constexpr std::size_t max_claim_refusal_length = 2000;

//! Forbidden for anyone but an administrator, NotFound, Conflict when the claim is already decided.
core::Result<core::Done> accept_claim(web::Services& services, db::Session& session, const auth::Identity& identity,
    long long claim_id, const auth::RequestInfo& request);

//! As accept_claim, plus Invalid (field "refusal_reason"; trimmed in place) without a reason.
core::Result<core::Done> refuse_claim(web::Services& services, db::Session& session, const auth::Identity& identity,
    long long claim_id, std::string& reason, const auth::RequestInfo& request);

} // namespace essaim::directory
