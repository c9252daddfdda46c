#pragma once
// Ending sessions: this one (sign-out), one chosen from the list, or all of them.

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

//! Ends the session of `identity` (nothing to do for a visitor).
void sign_out(web::Services& services, db::Session& session, const Identity& identity, const RequestInfo& request);

enum class EndedSession { Other, Current };

//! Ends `identity`'s session named `public_id`; NotFound when it is not one of theirs.
core::Result<EndedSession> end_session(web::Services& services, db::Session& session, const Identity& identity,
    const std::string& public_id, const RequestInfo& request);

//! Ends every session of `identity`, this one included; returns how many ended.
int sign_out_everywhere(web::Services& services, db::Session& session, const Identity& identity, const RequestInfo& request);

} // namespace essaim::auth
