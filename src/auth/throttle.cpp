#include "auth/throttle.hpp"

#include <algorithm>

namespace essaim::auth {

std::int64_t seconds_until_allowed(const std::vector<long long>& failures_oldest_first, int limit,
    std::int64_t window_seconds, core::UnixSeconds now)
{
    auto count = static_cast<long long>(failures_oldest_first.size());
    if (limit <= 0 || count < limit)
        return 0;
    // Allowed again once the count drops below the limit: when this failure leaves the window.
    auto leaving = failures_oldest_first[static_cast<std::size_t>(count - limit)];
    return std::max<std::int64_t>(1, leaving + window_seconds - now);
}

} // namespace essaim::auth
