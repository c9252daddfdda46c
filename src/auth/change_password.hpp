#pragma once
// Changing one's password from the account page: the current password is required, every other
// session ends, this one gets a new token (a token stolen before the change is worth nothing
// after it), and the owner gets an e-mail notice.

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

namespace essaim::auth {

//! Invalid with field errors on "current_password" or "new_password". Answers the session's new
//! token, for the cookie.
core::Result<std::string> change_password(web::Services& services, db::Session& session, const Identity& identity,
    const std::string& current_password, const std::string& new_password, const RequestInfo& request);

} // namespace essaim::auth
