#pragma once
// Changing one's password from the account page: the current password is required, every other
// session ends (this one stays), and the owner gets an e-mail notice.

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

//! Invalid with field errors on "current_password" or "new_password".
core::Result<core::Done> change_password(web::Services& services, db::Session& session, const Identity& identity,
    const std::string& current_password, const std::string& new_password, const RequestInfo& request);

} // namespace essaim::auth
