// Session expiry: idle after 30 minutes without activity, absolute after 12 hours.

#include "auth/session_rules.hpp"
#include "core/config.hpp"

#include <gtest/gtest.h>

using namespace essaim;
using namespace essaim::auth;

namespace {

//! A browser using its session: the server touches last_seen_at as the real hook does.
struct BrowsingSession {
    SessionTimes times;
    void visit(core::UnixSeconds now)
    {
        if (session_needs_touch(times, now))
            times.last_seen_at = now;
    }
};

} // namespace

TEST(SessionRules, IdleExpiryAfterThirtyMinutesWithoutActivity)
{
    core::Config config;
    core::ManualClock clock(1'700'000'000);
    SessionTimes times{clock.now(), clock.now()};
    clock.advance(29 * 60 + 59);
    EXPECT_EQ(session_state(times, clock.now(), config), SessionState::Active);
    clock.advance(1);
    EXPECT_EQ(session_state(times, clock.now(), config), SessionState::IdleExpired);
}

TEST(SessionRules, ActivityKeepsTheSessionUntilTheAbsoluteLimit)
{
    core::Config config;
    core::ManualClock clock(1'700'000'000);
    BrowsingSession session{{clock.now(), clock.now()}};
    // A visit every 20 minutes keeps it alive…
    for (int i = 0; i < 35; ++i) {
        clock.advance(20 * 60);
        ASSERT_EQ(session_state(session.times, clock.now(), config), SessionState::Active) << "visit " << i;
        session.visit(clock.now());
    }
    // …but not past 12 hours after sign-in (36 × 20 min = 12 h).
    clock.advance(20 * 60);
    EXPECT_EQ(session_state(session.times, clock.now(), config), SessionState::AbsoluteExpired);
}

TEST(SessionRules, AbsoluteLimitWinsOverIdleness)
{
    core::Config config;
    SessionTimes times{0, 0};
    EXPECT_EQ(session_state(times, 12 * 3600, config), SessionState::AbsoluteExpired);
    EXPECT_EQ(session_state(times, 12 * 3600 - 1, config), SessionState::IdleExpired);
}

TEST(SessionRules, LimitsComeFromTheConfiguration)
{
    core::Config config;
    config.session_idle_seconds = 60;
    config.session_absolute_seconds = 600;
    SessionTimes times{1000, 1000};
    EXPECT_EQ(session_state(times, 1059, config), SessionState::Active);
    EXPECT_EQ(session_state(times, 1060, config), SessionState::IdleExpired);
    times.last_seen_at = 1590;
    EXPECT_EQ(session_state(times, 1600, config), SessionState::AbsoluteExpired);
}

TEST(SessionRules, LastSeenIsWrittenAtMostOnceAMinute)
{
    SessionTimes times{1000, 1000};
    EXPECT_FALSE(session_needs_touch(times, 1000));
    EXPECT_FALSE(session_needs_touch(times, 1059));
    EXPECT_TRUE(session_needs_touch(times, 1060));
}

TEST(SessionRules, DescribesCommonBrowsers)
{
    struct Case {
        const char* user_agent;
        const char* expected;
    };
    const Case cases[] = {
        {"Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0", "Firefox sous Linux"},
        {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36",
            "Chrome sous Windows"},
        {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 Edg/126.0",
            "Edge sous Windows"},
        {"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
         "Mobile/15E148 Safari/604.1",
            "Safari sous iOS"},
        {"Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36",
            "Chrome sous Android"},
        {"curl/8.0", "Navigateur inconnu"},
        {"", "Navigateur inconnu"},
    };
    for (const auto& c : cases)
        EXPECT_EQ(describe_user_agent(c.user_agent), c.expected) << c.user_agent;
}
