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

//! Counts and queues the request, the same way whether or not `email` names an account;
//! TooManyRequests past the requests allowed per network address or per e-mail address.
core::Result<core::Done> request_password_reset(web::Services& services, db::Session& session, const std::string& email,
    const RequestInfo& request);

//! The job's work: for each queued request whose address has an account, a new link by e-mail,
//! unless one was sent to it in the mail window. Returns how many were sent.
int send_requested_reset_links(web::Services& services, db::Session& session);

//! The account the link is for; BadRequest when it is unknown, expired or already used.
core::Result<long long> check_reset_token(web::Services& services, db::Session& session, const std::string& token);

//! Sets the new password (field "password"), uses the link, ends all sessions.
core::Result<core::Done> reset_password(web::Services& services, db::Session& session, const std::string& token,
    const std::string& new_password, const RequestInfo& request);

} // namespace essaim::auth
