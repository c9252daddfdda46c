#pragma once
// CSRF tokens tied to the session. The token is an HMAC, under the server's secret, of the session
// (for a visitor, of the pre-session cookie `__Host-csrf`), so a token read from another session
// is worth nothing here. Each answer carries it masked with fresh random bytes, so that the
// secret never appears twice in the same form across answers: compressing pages then leaks no
// comparison an attacker could use to guess it byte by byte (BREACH).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace essaim::web {

struct Context;

//! Bytes of a token before masking (an HMAC-SHA-256).
inline constexpr std::size_t csrf_token_bytes = 32;

//! `token` (csrf_token_bytes) as URL-safe base64 of `mask || (mask XOR token)`, with a new random
//! mask on each call.
std::string mask_csrf_token(std::string_view token);
//! The token a masked value carries, or nullopt when `sent` is not one (wrong length, not base64).
std::optional<std::string> unmask_csrf_token(std::string_view sent);

//! The token of a signed-in session, from its key (the hash of the session cookie), under the
//! server's `secret_key` (Services::secret_key).
std::string session_csrf_token(std::string_view secret_key, std::string_view session_key);
//! The token of a visitor, from their pre-session cookie.
std::string visitor_csrf_token(std::string_view secret_key, std::string_view pre_session_cookie);

//! True when `sent` unmasks, in constant time, to the token of the session cookie the request
//! carries (even one that has just expired, so that the access rule, not this check, sends the
//! person to the sign-in page) or, for a visitor, to the token of their pre-session cookie.
bool csrf_token_is_valid(const Context& context, std::string_view sent);

} // namespace essaim::web
