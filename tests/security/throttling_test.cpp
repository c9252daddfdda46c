// Failed sign-ins are throttled per account and per address: 429 with Retry-After (also as
// problem+json), without checking the password, until the window has passed, then not any more.
// All clients here come from 127.0.0.1, so every test that fills the address's count leaves the
// window (moves the injected clock) before it ends.

#include "auth/auth_test_support.hpp"
#include "http/form.hpp"

using namespace essaim::test;
using namespace essaim::test::auth_support;

TEST(Throttling, RepeatedWrongPasswordsGet429WithRetryAfter)
{
    auto& platform = TestPlatform::instance();
    const auto& config = platform.config();
    platform.clock().advance(config.sign_in_window_seconds + 1);  // a clean address count
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

TEST(Throttling, ThrottledAccountIsRefusedUntilTheLastSecondOfTheWindowThenSignsIn)
{
    auto& platform = TestPlatform::instance();
    const auto& config = platform.config();
    platform.clock().advance(config.sign_in_window_seconds + 1);  // a clean address count
    auto email = platform.unique_email("fenetre");
    create_account(email);
    HttpClient client(platform.port());
    for (int i = 0; i < config.sign_in_failures_per_account; ++i)
        ASSERT_EQ(sign_in(client, email, "mauvais mot de passe " + std::to_string(i)).status, 422);
    // The right password, over and over, all through the window: refused, and each refusal does
    // not push the end of the window further (a refused attempt is not a new failure).
    auto first = sign_in(client, email);
    ASSERT_EQ(first.status, 429);
    auto wait = std::stoll(first.header("retry-after").value_or("0"));
    EXPECT_GT(wait, 0);
    EXPECT_LE(wait, config.sign_in_window_seconds);
    for (int step = 0; step < 4; ++step) {
        platform.clock().advance(wait / 5);
        auto again = sign_in(client, email);
        EXPECT_EQ(again.status, 429) << "step " << step;
        EXPECT_LE(std::stoll(again.header("retry-after").value_or("0")), wait - (step + 1) * (wait / 5));
    }
    auto remaining = std::stoll(sign_in(client, email).header("retry-after").value_or("0"));
    platform.clock().advance(remaining - 1);
    EXPECT_EQ(sign_in(client, email).status, 429);  // one second before the end
    // A client asking for JSON gets the same refusal and header.
    auto json = client.request("POST", "/connexion",
        "email=" + essaim::http::percent_encode(email) + "&password=" + essaim::http::percent_encode(password),
        {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", "application/json"},
            {"X-CSRF-Token", client.csrf_token()}});
    EXPECT_EQ(json.status, 429);
    EXPECT_TRUE(json.header("retry-after"));
    EXPECT_FALSE(client.cookie("__Host-session"));
    platform.clock().advance(1);
    EXPECT_EQ(sign_in(client, email).status, 303);
    EXPECT_EQ(client.get("/compte").status, 200);
    platform.clock().advance(config.sign_in_window_seconds + 1);
}

TEST(Throttling, OneAddressTryingManyAccountsIsThrottledForEveryAccount)
{
    auto& platform = TestPlatform::instance();
    const auto& config = platform.config();
    ASSERT_GT(config.sign_in_failures_per_address, config.sign_in_failures_per_account);
    platform.clock().advance(config.sign_in_window_seconds + 1);  // a clean address count
    auto victim = platform.unique_email("adresse-victime");
    create_account(victim);
    HttpClient sprayer(platform.port());
    // Password spraying: few attempts per account (under the per-account limit), many accounts.
    // A password longer than any valid one is refused without a hash, which keeps this quick.
    const std::string implausible(600, 'x');
    int failures = 0;
    for (int account = 0; failures < config.sign_in_failures_per_address; ++account) {
        auto email = platform.unique_email("adresse-essai-" + std::to_string(account));
        for (int i = 0; i < config.sign_in_failures_per_account - 1 && failures < config.sign_in_failures_per_address; ++i) {
            ASSERT_EQ(sign_in(sprayer, email, implausible).status, 422) << "failure " << failures;
            ++failures;
            platform.clock().advance(1);
        }
    }
    // Now every account is refused from this address, even with its right password.
    auto throttled = sign_in(sprayer, victim);
    EXPECT_EQ(throttled.status, 429);
    auto wait = std::stoll(throttled.header("retry-after").value_or("0"));
    EXPECT_GT(wait, 0);
    EXPECT_LE(wait, config.sign_in_window_seconds);
    HttpClient other_browser(platform.port());
    EXPECT_EQ(sign_in(other_browser, victim).status, 429);
    EXPECT_FALSE(other_browser.cookie("__Host-session"));

    platform.clock().advance(wait);
    EXPECT_EQ(sign_in(other_browser, victim).status, 303);
    platform.clock().advance(config.sign_in_window_seconds + 1);
}

TEST(Throttling, FailuresAreCountedWhateverTheCaseOrBlanksOfTheAddress)
{
    // The account key is the normalised e-mail: changing its case or adding blanks does not
    // open a new count.
    auto& platform = TestPlatform::instance();
    const auto& config = platform.config();
    platform.clock().advance(config.sign_in_window_seconds + 1);
    auto email = platform.unique_email("casse");
    create_account(email);
    HttpClient client(platform.port());
    for (int i = 0; i < config.sign_in_failures_per_account; ++i) {
        std::string variant = email;
        if (i % 2 == 1)
            for (auto& c : variant)
                c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (i % 3 == 2)
            variant = "  " + variant + " ";
        ASSERT_EQ(sign_in(client, variant, std::string(600, 'y')).status, 422);
    }
    EXPECT_EQ(sign_in(client, email).status, 429);
    platform.clock().advance(config.sign_in_window_seconds + 1);
}

TEST(Throttling, TheCurrentPasswordAskedBeforeASensitiveActionIsThrottledLikeSignIn)
{
    // A stolen session must not guess the password through the forms that ask for it again (the
    // account's deletion, the password change): their failures share the sign-in count.
    auto& platform = TestPlatform::instance();
    const auto& config = platform.config();
    platform.clock().advance(config.sign_in_window_seconds + 1);
    auto email = platform.unique_email("reauthentification");
    create_account(email);
    HttpClient client(platform.port());
    ASSERT_EQ(sign_in(client, email).status, 303);
    for (int i = 0; i < config.sign_in_failures_per_account; ++i) {
        auto wrong = client.post_form("/compte/suppression",
            {{"password", "pas le bon mot de passe " + std::to_string(i)}, {"confirmation", "oui"}});
        ASSERT_EQ(wrong.status, 422) << "attempt " << i;
        EXPECT_NE(wrong.body.find("Le mot de passe est incorrect."), std::string::npos);
        platform.clock().advance(1);
    }
    // Now the right password is refused too, on both forms, and nothing is done.
    auto deletion = client.post_form("/compte/suppression", {{"password", password}, {"confirmation", "oui"}});
    EXPECT_EQ(deletion.status, 429);
    EXPECT_NE(deletion.body.find("Trop de tentatives"), std::string::npos);
    auto wait = std::stoll(deletion.header("retry-after").value_or("0"));
    EXPECT_GT(wait, 0);
    EXPECT_LE(wait, config.sign_in_window_seconds);
    auto change = client.post_form("/compte/mot-de-passe",
        {{"current_password", password}, {"new_password", "une toute nouvelle phrase de passe 77"}});
    EXPECT_EQ(change.status, 429);
    EXPECT_TRUE(change.header("retry-after"));
    EXPECT_EQ(client.get("/compte").status, 200) << "the account is still there, the session too";
    HttpClient other_browser(platform.port());
    EXPECT_EQ(sign_in(other_browser, email).status, 429) << "the same count guards the sign-in form";

    platform.clock().advance(wait);
    auto deleted = client.post_form("/compte/suppression", {{"password", password}, {"confirmation", "oui"}});
    EXPECT_EQ(deleted.status, 303);
    EXPECT_EQ(deleted.header("location").value_or(""), "/compte/suppression/effectuee");
    platform.clock().advance(config.sign_in_window_seconds + 1);
}
