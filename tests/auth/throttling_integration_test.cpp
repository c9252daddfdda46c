// Failed sign-ins are throttled per account: 429 with Retry-After, without checking the password.

#include "auth/auth_test_support.hpp"

using namespace essaim::test;
using namespace essaim::test::auth_support;

TEST(Throttling, RepeatedWrongPasswordsGet429WithRetryAfter)
{
    auto& platform = TestPlatform::instance();
    const auto& config = platform.config();
    auto email = platform.unique_email("force-brute");
    create_account(email);
    HttpClient client(platform.port());
    for (int i = 0; i < config.sign_in_failures_per_account; ++i) {
        auto wrong = sign_in(client, email, "pas le bon mot de passe " + std::to_string(i));
        ASSERT_EQ(wrong.status, 422) << "attempt " << i;
        EXPECT_NE(wrong.body.find("Adresse électronique ou mot de passe incorrect"), std::string::npos);
        EXPECT_EQ(html_input_value(wrong.body, "email").value_or(""), email);
        platform.clock().advance(10);
    }
    // Even the right password is refused now: it is not checked at all.
    auto throttled = sign_in(client, email);
    EXPECT_EQ(throttled.status, 429);
    EXPECT_NE(throttled.body.find("Trop de tentatives"), std::string::npos);
    auto retry_after = std::stoll(throttled.header("retry-after").value_or("0"));
    // The first failure was 50 s ago: it leaves the window in window - 50 s.
    EXPECT_EQ(retry_after, config.sign_in_window_seconds - 10 * config.sign_in_failures_per_account);
    EXPECT_FALSE(client.cookie("__Host-session"));

    // Once the oldest failure has left the window, the right password works and clears the count.
    platform.clock().advance(retry_after);
    ASSERT_EQ(sign_in(client, email).status, 303);
    HttpClient other(platform.port());
    EXPECT_EQ(sign_in(other, email, "encore une erreur ici").status, 422);
    EXPECT_EQ(sign_in(other, email).status, 303);
}

TEST(Throttling, UnknownAccountsAreCountedToo)
{
    auto& platform = TestPlatform::instance();
    const auto& config = platform.config();
    auto email = platform.unique_email("inexistant");
    HttpClient client(platform.port());
    for (int i = 0; i < config.sign_in_failures_per_account; ++i)
        ASSERT_EQ(sign_in(client, email, "un mot de passe au hasard").status, 422);
    auto throttled = sign_in(client, email, "un mot de passe au hasard");
    EXPECT_EQ(throttled.status, 429);
    EXPECT_TRUE(throttled.header("retry-after"));
    // Leave the window so that later tests from the same address start clean.
    platform.clock().advance(config.sign_in_window_seconds);
}
