#include "http/cookies.hpp"

#include <gtest/gtest.h>

using namespace essaim::http;

TEST(Cookies, ParsesPairsAndTrimsSpaces)
{
    auto cookies = parse_cookie_header("a=1; __Host-session=abc ;b=\"quoted\"");
    EXPECT_EQ(cookies.at("a"), "1");
    EXPECT_EQ(cookies.at("__Host-session"), "abc");
    EXPECT_EQ(cookies.at("b"), "quoted");
}

TEST(Cookies, SkipsMalformedPairsAndKeepsTheFirstDuplicate)
{
    auto cookies = parse_cookie_header("novalue; =x; a=1; a=2; bad name=3");
    EXPECT_EQ(cookies.size(), 1u);
    EXPECT_EQ(cookies.at("a"), "1");
}

TEST(Cookies, SetCookieCarriesTheSecurityAttributes)
{
    SetCookie cookie;
    cookie.name = "__Host-session";
    cookie.value = "tok";
    cookie.max_age_seconds = 0;
    EXPECT_EQ(cookie.to_header_value(), "__Host-session=tok; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Lax");
}

TEST(Cookies, RefusesToEmitAValueThatWouldInjectAttributes)
{
    SetCookie cookie;
    cookie.name = "a";
    cookie.value = "x; Domain=evil";
    EXPECT_THROW(cookie.to_header_value(), std::invalid_argument);
}
