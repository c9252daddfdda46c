#include "http/router.hpp"

#include <gtest/gtest.h>

using essaim::http::Method;
using essaim::http::Router;

TEST(Router, MatchesLiteralAndParameterSegments)
{
    Router<int> router;
    router.add(Method::Get, "/territoires/regions/{code}", 1);
    router.add(Method::Get, "/territoires", 2);
    auto match = router.match(Method::Get, "/territoires/regions/84");
    ASSERT_NE(match.entry, nullptr);
    EXPECT_EQ(match.entry->route, 1);
    EXPECT_EQ(match.parameters.at("code"), "84");
    EXPECT_EQ(router.match(Method::Get, "/territoires").entry->route, 2);
}

TEST(Router, LiteralSegmentWinsOverParameter)
{
    Router<int> router;
    router.add(Method::Get, "/organisations/{id}", 1);
    router.add(Method::Get, "/organisations/nouvelle", 2);
    EXPECT_EQ(router.match(Method::Get, "/organisations/nouvelle").entry->route, 2);
    EXPECT_EQ(router.match(Method::Get, "/organisations/12").entry->route, 1);
}

TEST(Router, ReportsAllowedMethodsWhenOnlyTheMethodDiffers)
{
    Router<int> router;
    router.add(Method::Post, "/deconnexion", 1);
    auto match = router.match(Method::Get, "/deconnexion");
    EXPECT_EQ(match.entry, nullptr);
    ASSERT_EQ(match.allowed_methods.size(), 1u);
    EXPECT_EQ(match.allowed_methods[0], Method::Post);
}

TEST(Router, UnknownPathMatchesNothing)
{
    Router<int> router;
    router.add(Method::Get, "/a/{b}", 1);
    EXPECT_EQ(router.match(Method::Get, "/a").entry, nullptr);
    EXPECT_EQ(router.match(Method::Get, "/a/b/c").entry, nullptr);
    EXPECT_TRUE(router.match(Method::Get, "/zzz").allowed_methods.empty());
}

TEST(Router, HeadIsServedByGetRoutes)
{
    Router<int> router;
    router.add(Method::Get, "/healthz", 7);
    ASSERT_NE(router.match(Method::Head, "/healthz").entry, nullptr);
}

TEST(Router, RefusesTheSameRouteTwice)
{
    Router<int> router;
    router.add(Method::Get, "/x/{id}", 1);
    EXPECT_THROW(router.add(Method::Get, "/x/{other}", 2), std::logic_error);
}
