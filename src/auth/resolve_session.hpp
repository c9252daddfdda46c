#pragma once
// Who is asking: the request hook that turns the session cookie into context.identity.

#include <string>

namespace essaim::web {
struct Context;
}

namespace essaim::auth {

//! Sets context.identity (with roles, Membre included) from a live session. An unknown or expired
//! cookie leaves the visitor anonymous and is cleared; an expired row is deleted. last_seen_at is
//! written at most once a minute.
void resolve_session(web::Context& context);

//! The Set-Cookie that removes the session cookie from the browser.
void clear_session_cookie(web::Context& context);

//! The SHA-256 of the session token the browser sent, or "" when it sent none.
std::string presented_session_key(const web::Context& context);

} // namespace essaim::auth
