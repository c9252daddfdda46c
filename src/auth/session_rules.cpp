#include "auth/session_rules.hpp"

#include "core/config.hpp"

namespace essaim::auth {

SessionState session_state(const SessionTimes& times, core::UnixSeconds now, const core::Config& config)
{
    if (now - times.created_at >= config.session_absolute_seconds)
        return SessionState::AbsoluteExpired;
    if (now - times.last_seen_at >= config.session_idle_seconds)
        return SessionState::IdleExpired;
    return SessionState::Active;
}

bool session_needs_touch(const SessionTimes& times, core::UnixSeconds now)
{
    return now - times.last_seen_at >= session_touch_interval_seconds;
}

std::string describe_user_agent(std::string_view user_agent)
{
    auto has = [&](std::string_view needle) { return user_agent.find(needle) != std::string_view::npos; };
    // Order matters: Edge and Opera also say "Chrome", and Chrome also says "Safari".
    std::string browser;
    if (has("Edg/"))
        browser = "Edge";
    else if (has("OPR/") || has("Opera"))
        browser = "Opera";
    else if (has("Firefox/"))
        browser = "Firefox";
    else if (has("Chrome/") || has("Chromium/"))
        browser = "Chrome";
    else if (has("Safari/"))
        browser = "Safari";
    std::string system;
    if (has("Android"))
        system = "Android";
    else if (has("iPhone") || has("iPad"))
        system = "iOS";
    else if (has("Windows"))
        system = "Windows";
    else if (has("Mac OS X") || has("Macintosh"))
        system = "macOS";
    else if (has("Linux"))
        system = "Linux";
    if (browser.empty() && system.empty())
        return "Navigateur inconnu";
    if (browser.empty())
        return "Navigateur sous " + system;
    return system.empty() ? browser : browser + " sous " + system;
}

} // namespace essaim::auth
