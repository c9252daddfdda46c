#pragma once
// Throttling of failed sign-ins: failures are counted in a sliding window, per account (the
// e-mail tried) and per remote address; past the limit, sign-in answers 429 without even
// checking the password, until enough failures have left the window.

#include "core/clock.hpp"

#include <vector>

namespace essaim::auth {

//! Seconds until one more attempt is allowed (0 = allowed now), given the times of the failures
//! still inside the window (`now - window_seconds < at`), oldest first.
std::int64_t seconds_until_allowed(const std::vector<long long>& failures_oldest_first, int limit,
    std::int64_t window_seconds, core::UnixSeconds now);

} // namespace essaim::auth
