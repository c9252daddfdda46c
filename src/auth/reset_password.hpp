#pragma once
// Forgotten password: an e-mailed link (1 h, one use) leads to a form that sets a new password
// and ends every session of the account.

#include "auth/request_info.hpp"
#include "core/result.hpp"

#include <string>

namespace essaim::db {
class Session;
}
namespace essaim::web {
struct Services;
}

namespace essaim::auth {

//! Queues the reset e-mail when `email` names an account; does the same nothing otherwise.
void request_password_reset(web::Services& services, db::Session& session, const std::string& email,
    const RequestInfo& request);

//! The account the link is for; BadRequest when it is unknown, expired or already used.
core::Result<long long> check_reset_token(web::Services& services, db::Session& session, const std::string& token);

//! Sets the new password (field "password"), uses the link, ends all sessions.
core::Result<core::Done> reset_password(web::Services& services, db::Session& session, const std::string& token,
    const std::string& new_password, const RequestInfo& request);

} // namespace essaim::auth
