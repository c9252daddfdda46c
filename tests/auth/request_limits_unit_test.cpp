#include "auth/request_limits.hpp"
#include "auth/time_format.hpp"

#include <gtest/gtest.h>

using namespace essaim::auth;

TEST(RequestLimits, WaitsAreSaidInWholeMinutesWithFrenchPlural)
{
    struct Case {
        std::int64_t seconds;
        const char* text;
    };
    const Case cases[] = {{1, "1 minute"}, {59, "1 minute"}, {60, "1 minute"}, {61, "2 minutes"}, {899, "15 minutes"},
        {900, "15 minutes"}, {0, "1 minute"}};
    for (const auto& c : cases)
        EXPECT_EQ(format_wait_minutes(c.seconds), c.text) << c.seconds;
}

TEST(RequestLimits, TheRefusalTellsHowLongToWait)
{
    auto error = too_many_requests(120, "Trop de demandes.");
    EXPECT_EQ(error.kind, essaim::core::ErrorKind::TooManyRequests);
    EXPECT_EQ(error.retry_after_seconds, 120);
    EXPECT_EQ(error.message, "Trop de demandes. Réessayez dans 2 minutes.");
}

TEST(RequestLimits, AnIPv6SubscriberIsCountedByItsSlash64)
{
    EXPECT_EQ(network_key("2001:db8:1:2:aaaa:bbbb:cccc:dddd"), "2001:db8:1:2::/64");
    EXPECT_EQ(network_key("2001:db8:1:2::1"), network_key("2001:db8:1:2:ffff::9"));
    EXPECT_NE(network_key("2001:db8:1:2::1"), network_key("2001:db8:1:3::1"));
    EXPECT_EQ(network_key("192.0.2.7"), "192.0.2.7");
    EXPECT_EQ(network_key(""), "inconnue");
}
