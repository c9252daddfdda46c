#include "auth/request_limits.hpp"

#include "auth/limit_store.hpp"
#include "auth/throttle.hpp"
#include "auth/time_format.hpp"

#include <algorithm>
#include <arpa/inet.h>

namespace essaim::auth {

std::int64_t take_allowances(db::Session& session, const std::vector<Allowance>& allowances,
    std::int64_t window_seconds, core::UnixSeconds now)
{
    std::vector<std::string> keys;
    for (const auto& allowance : allowances)
        keys.push_back(allowance.kind + ":" + allowance.key);
    lock_keys(session, keys);
    std::int64_t wait = 0;
    for (const auto& allowance : allowances) {
        auto times = event_times_after(session, allowance.kind, allowance.key, now - window_seconds);
        wait = std::max(wait, seconds_until_allowed(times, allowance.limit, window_seconds, now));
    }
    if (wait > 0)
        return wait;
    for (const auto& allowance : allowances)
        record_event(session, allowance.kind, allowance.key, now);
    return 0;
}

bool first_mail_in_window(db::Session& session, const std::string& kind, const std::string& email,
    std::int64_t window_seconds, core::UnixSeconds now)
{
    return take_allowances(session, {{kind, email, 1}}, window_seconds, now) == 0;
}

core::Error too_many_requests(std::int64_t wait_seconds, const std::string& message)
{
    core::Error error{core::ErrorKind::TooManyRequests,
        message + " Réessayez dans " + format_wait_minutes(wait_seconds) + ".", {}};
    error.retry_after_seconds = static_cast<int>(wait_seconds);
    return error;
}

std::string network_key(const std::string& remote_address)
{
    if (remote_address.empty())
        return "inconnue";
    // One IPv6 subscriber usually holds a whole /64: counting its addresses one by one would let
    // it change address at every request.
    unsigned char bytes[16];
    if (remote_address.find(':') != std::string::npos && ::inet_pton(AF_INET6, remote_address.c_str(), bytes) == 1) {
        std::fill(bytes + 8, bytes + 16, 0);
        char text[INET6_ADDRSTRLEN];
        if (::inet_ntop(AF_INET6, bytes, text, sizeof text))
            return std::string(text) + "/64";
    }
    return remote_address;
}

} // namespace essaim::auth
