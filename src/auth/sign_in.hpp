#pragma once
// Sign-in: throttling, password check, and a new server-side session.

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

struct SignInInput {
    std::string email;
    std::string password;
};

struct SignedIn {
    long long user_id = 0;
    std::string token;  //!< the secret for the cookie; only its hash is stored
};

//! On success, replaces `previous_session_key` (the session the browser held, if any) by a new
//! session. Failures: Invalid (missing fields or wrong credentials, one message for both cases),
//! Forbidden (address not confirmed yet), TooManyRequests (throttled; retry_after_seconds set),
//! Unavailable (too many passwords being checked at once; retry_after_seconds set).
core::Result<SignedIn> sign_in(web::Services& services, db::Session& session, SignInInput& input,
    const std::string& previous_session_key, const RequestInfo& request);

} // namespace essaim::auth
