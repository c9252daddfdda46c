#include "auth/throttle.hpp"

#include <gtest/gtest.h>

using namespace essaim::auth;

TEST(Throttle, AllowsBelowTheLimit)
{
    EXPECT_EQ(seconds_until_allowed({}, 5, 900, 10'000), 0);
    EXPECT_EQ(seconds_until_allowed({9'000, 9'100, 9'200, 9'300}, 5, 900, 10'000), 0);
}

TEST(Throttle, WaitsUntilTheOldestCountedFailureLeavesTheWindow)
{
    // Five failures in the window: the first (at 9'200) leaves it at 10'100, 100 s from now.
    EXPECT_EQ(seconds_until_allowed({9'200, 9'300, 9'400, 9'500, 9'600}, 5, 900, 10'000), 100);
    // Seven failures (concurrent attempts): three must leave, the third at 9'400 + 900.
    EXPECT_EQ(seconds_until_allowed({9'200, 9'300, 9'400, 9'500, 9'600, 9'700, 9'800}, 5, 900, 10'000), 300);
}

TEST(Throttle, NeverAsksForLessThanOneSecond)
{
    EXPECT_EQ(seconds_until_allowed({9'100, 9'200, 9'300, 9'400, 9'500}, 5, 900, 10'000), 1);
}

TEST(Throttle, ALimitOfZeroDisablesThrottling)
{
    EXPECT_EQ(seconds_until_allowed({9'900, 9'950}, 0, 900, 10'000), 0);
}
