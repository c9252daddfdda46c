// The sign-in throttle raced: many guesses sent at the same instant, from fresh clients, against
// one account. Each attempt takes its place in the count before its password is checked, so at
// most the limit of them get a check, the others 429, and the right password after them is refused
// while the window lasts. The owner is told of the lockout by one e-mail, whatever the number of
// refusals. All clients come from 127.0.0.1: each test leaves the window before it ends.

#include "account_limits_support.hpp"

using namespace essaim::test;
using namespace essaim::test::auth_support;
using namespace essaim::test::account_limits;

namespace {

constexpr int parallel_guesses = 16;

HttpClient fresh_client(int) { return HttpClient(TestPlatform::instance().port()); }

//! An attacker retries what the server could not check yet (503: every hashing slot and queue
//! place taken), as its Retry-After invites; what counts is the answer once it is checked or refused.
HttpResponse retrying_unavailable(const std::function<HttpResponse()>& send)
{
    auto response = send();
    for (int retry = 0; response.status == 503 && retry < 100; ++retry) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        response = send();
    }
    return response;
}

long long recorded_failures(const std::string& email)
{
    return count_rows("SELECT COUNT(*) FROM sign_in_failures WHERE key_kind = 'account' AND key = :email", email);
}

} // namespace

TEST(ThrottleRace, ParallelWrongGuessesGetAtMostTheLimitOfChecksThenTheRightPasswordIsRefused)
{
    auto& platform = TestPlatform::instance();
    const auto& config = platform.config();
    platform.clock().advance(config.sign_in_window_seconds + 1);  // a clean address count
    auto email = platform.unique_email("course");
    create_account(email);

    auto statuses = statuses_of_parallel(parallel_guesses, fresh_client, [&](HttpClient& client, int i) {
        return retrying_unavailable([&] { return sign_in(client, email, "devinette numero " + std::to_string(i)); });
    });
    // 422 = the password was checked and wrong; 429 = refused before any check.
    EXPECT_LE(count_of(statuses, 422), config.sign_in_failures_per_account) << describe(statuses);
    // Retried until checked, the guesses fill the count exactly.
    EXPECT_EQ(count_of(statuses, 422), config.sign_in_failures_per_account) << describe(statuses);
    EXPECT_EQ(count_of(statuses, 422) + count_of(statuses, 429), parallel_guesses) << describe(statuses);
    EXPECT_LE(recorded_failures(email), config.sign_in_failures_per_account);

    HttpClient owner(platform.port());
    auto refused = sign_in(owner, email);
    EXPECT_EQ(refused.status, 429);
    EXPECT_FALSE(owner.cookie("__Host-session"));
    // The lockout says how long it lasts, in French, and offers the reset.
    EXPECT_NE(refused.body.find("réessayez dans 15 minutes"), std::string::npos) << refused.body;
    EXPECT_NE(refused.body.find("href=\"/mot-de-passe-oublie\""), std::string::npos);

    // Told once, not once per refused attempt.
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(sign_in(owner, email, "encore une devinette").status, 429);
    EXPECT_EQ(mails_to(email, "Connexion à votre compte bloquée"), 1);
    auto notice = wait_for_mail_with(email, "est bloquée pendant");
    EXPECT_NE(notice.find("/mot-de-passe-oublie"), std::string::npos);

    platform.clock().advance(config.sign_in_window_seconds);
    EXPECT_EQ(sign_in(owner, email).status, 303);
    platform.clock().advance(config.sign_in_window_seconds + 1);
}

TEST(ThrottleRace, ParallelGuessesOfTheCurrentPasswordAreBoundedLikeSignIn)
{
    // A stolen session sends the account-deletion form many times at once with guessed passwords.
    auto& platform = TestPlatform::instance();
    const auto& config = platform.config();
    platform.clock().advance(config.sign_in_window_seconds + 1);
    auto actor = signed_in_actor("course-reauth");
    auto session_cookie = actor.client.cookie("__Host-session").value_or("");
    auto same_session = [&](int) {
        HttpClient client(platform.port());
        client.set_cookie("__Host-session", session_cookie);
        return client;
    };
    auto statuses = statuses_of_parallel(parallel_guesses, same_session, [&](HttpClient& client, int i) {
        return retrying_unavailable([&] {
            return client.post_form("/compte/suppression",
                {{"password", "devinette numero " + std::to_string(i)}, {"confirmation", "oui"}});
        });
    });
    EXPECT_EQ(count_of(statuses, 422), config.sign_in_failures_per_account) << describe(statuses);
    EXPECT_EQ(count_of(statuses, 422) + count_of(statuses, 429), parallel_guesses) << describe(statuses);
    auto right = actor.client.post_form("/compte/suppression", {{"password", password}, {"confirmation", "oui"}});
    EXPECT_EQ(right.status, 429);
    EXPECT_EQ(actor.client.get("/compte").status, 200) << "the account is still there";
    platform.clock().advance(config.sign_in_window_seconds + 1);
}

TEST(ThrottleRace, ParallelGuessesOnManyAccountsFromOneAddressAreBoundedByTheAddressLimit)
{
    auto& platform = TestPlatform::instance();
    const auto& config = platform.config();
    platform.clock().advance(config.sign_in_window_seconds + 1);
    const int accounts = config.sign_in_failures_per_address + 10;
    std::vector<std::string> emails;
    for (int i = 0; i < accounts; ++i)
        emails.push_back(platform.unique_email("course-adresse"));
    // Longer than any valid password: refused without a hash, so only the count is raced.
    const std::string implausible(600, 'x');
    auto statuses = statuses_of_parallel(accounts, fresh_client, [&](HttpClient& client, int i) {
        return sign_in(client, emails[static_cast<std::size_t>(i)], implausible);
    });
    EXPECT_LE(count_of(statuses, 422), config.sign_in_failures_per_address) << describe(statuses);
    EXPECT_GE(count_of(statuses, 429), 10) << describe(statuses);
    platform.clock().advance(config.sign_in_window_seconds + 1);
}
