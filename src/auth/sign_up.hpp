#pragma once
// Sign-up: an unconfirmed account and a confirmation e-mail. When the address already has an
// account, the answer is the same (no enumeration) and that address is told by e-mail instead.

#include "auth/account_form.hpp"
#include "auth/request_info.hpp"
#include "core/result.hpp"

namespace essaim::db {
class Session;
}
namespace essaim::web {
struct Services;
}

namespace essaim::auth {

//! Invalid with field errors (input normalised in place, so the form can show it back);
//! TooManyRequests past the sign-ups allowed per network address or per e-mail address;
//! Unavailable when too many passwords are being hashed; otherwise Done, whether or not the
//! address was new (the owner of a taken address is warned, at most once per mail window).
core::Result<core::Done> sign_up(web::Services& services, db::Session& session, AccountInput& input, const RequestInfo& request);

} // namespace essaim::auth
