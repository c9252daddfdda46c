// Return paths after sign-in stay on the site; dates read in French time.

#include "auth/route_support.hpp"
#include "auth/time_format.hpp"

#include <gtest/gtest.h>

using namespace essaim::auth;

TEST(ReturnPath, OnlyLocalPathsAreFollowed)
{
    struct Case {
        std::string target;
        bool local;
    };
    const Case cases[] = {
        {"/compte", true},
        {"/territoires/regions/84?onglet=carte", true},
        {"/", true},
        {"", false},
        {"compte", false},
        {"//evil.example/", false},
        {"/\\evil.example", false},
        {"/compte\\..\\x", false},
        {"https://evil.example/", false},
        {"javascript:alert(1)", false},
        {"/compte\r\nSet-Cookie: x=y", false},
        {std::string("/compte\0x", 9), false},
    };
    for (const auto& c : cases)
        EXPECT_EQ(is_local_path(c.target), c.local) << c.target;
}

TEST(TimeFormat, ParisTimeFollowsSummerTime)
{
    EXPECT_EQ(format_paris_time(0), "01/01/1970 à 01:00");
    // 2024-07-14 12:00 UTC is 14:00 in Paris (CEST).
    EXPECT_EQ(format_paris_time(1720958400), "14/07/2024 à 14:00");
    // 2024-03-31 00:59:59 UTC is still winter time; 01:00 UTC switches to summer time.
    EXPECT_EQ(format_paris_time(1711846799), "31/03/2024 à 01:59");
    EXPECT_EQ(format_paris_time(1711846800), "31/03/2024 à 03:00");
    // 2024-10-27 01:00 UTC switches back.
    EXPECT_EQ(format_paris_time(1729990799), "27/10/2024 à 02:59");
    EXPECT_EQ(format_paris_time(1729990800), "27/10/2024 à 02:00");
}
