#pragma once
// Confirming an address with the e-mailed link, and sending a new link.

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

//! Confirms the account of `token` (one use, 48 h). BadRequest for an unknown, expired or used link.
core::Result<core::Done> confirm_email(web::Services& services, db::Session& session, const std::string& token,
    const RequestInfo& request);

//! Sends a new confirmation link when `email` names an unconfirmed account; does nothing otherwise,
//! so the answer does not reveal which addresses have accounts.
void resend_confirmation(web::Services& services, db::Session& session, const std::string& email, const RequestInfo& request);

} // namespace essaim::auth
