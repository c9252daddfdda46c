#pragma once
// When a session ends by itself, and how it is shown. Pure functions of times, so that tests
// can check them with a ManualClock.

#include "core/clock.hpp"

#include <string>
#include <string_view>

namespace essaim::core {
struct Config;
}

namespace essaim::auth {

//! The session cookie: __Host- so that it is only ever set by this exact origin over HTTPS, for Path=/.
inline constexpr const char* session_cookie_name = "__Host-session";

//! last_seen_at is written at most this often, so that browsing does not write on every request.
inline constexpr std::int64_t session_touch_interval_seconds = 60;

struct SessionTimes {
    core::UnixSeconds created_at = 0;
    core::UnixSeconds last_seen_at = 0;
};

enum class SessionState {
    Active,
    IdleExpired,      //!< unused for longer than session_idle_seconds
    AbsoluteExpired,  //!< older than session_absolute_seconds, however active
};

SessionState session_state(const SessionTimes& times, core::UnixSeconds now, const core::Config& config);

//! True when last_seen_at is old enough to be worth rewriting.
bool session_needs_touch(const SessionTimes& times, core::UnixSeconds now);

//! A short French description of a User-Agent ("Firefox sous Linux"), for the list of sessions.
std::string describe_user_agent(std::string_view user_agent);

} // namespace essaim::auth
