// CSRF tokens over HTTP: each answer carries the token masked afresh, and every masked form of it
// passes; a token is an HMAC of the session (of the pre-session cookie for a visitor), so a token
// taken from another session, from before the sign-in, or made up with a cookie of one's choice
// is refused, in forms and in the `x-csrf-token` header alike.

#include "auth/auth_test_support.hpp"
#include "core/crypto.hpp"

using namespace essaim::test;
using namespace essaim::test::auth_support;

namespace {

HttpResponse echo_with_token(HttpClient& client, const std::string& token)
{
    return client.post_form("/test/echo", {{"value", "bonjour"}, {"csrf_token", token}}, false);
}

HttpResponse echo_with_header(HttpClient& client, const std::string& token)
{
    return client.request("POST", "/test/echo", "value=bonjour",
        {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", "application/json"}, {"X-CSRF-Token", token}});
}

std::string page_token(HttpClient& client, const std::string& target = "/")
{
    auto page = client.get(target);
    EXPECT_EQ(page.status, 200) << target;
    return page_csrf_token(page.body).value_or("");
}

} // namespace

TEST(Csrf, TwoAnswersCarryDifferentMaskedTokensThatBothPass)
{
    HttpClient visitor(TestPlatform::instance().port());
    auto first_page = visitor.get("/connexion");
    auto cookie = visitor.cookie("__Host-csrf");
    ASSERT_TRUE(cookie);
    auto first = page_csrf_token(first_page.body).value_or("");
    // One answer carries one token: the form's field is the page's meta value.
    EXPECT_EQ(html_input_value(first_page.body, "csrf_token").value_or(""), first);
    auto second = page_token(visitor, "/connexion");
    ASSERT_FALSE(first.empty());
    EXPECT_NE(first, second);
    EXPECT_EQ(visitor.cookie("__Host-csrf"), cookie) << "the pre-session cookie stays; only the mask changes";
    EXPECT_NE(first, *cookie);
    EXPECT_EQ(echo_with_token(visitor, first).status, 200);
    EXPECT_EQ(echo_with_token(visitor, second).status, 200);
    EXPECT_EQ(echo_with_header(visitor, first).status, 200);

    auto member = signed_in_actor("csrf-masque");
    auto a = page_token(member.client, "/compte");
    auto b = page_token(member.client, "/compte");
    EXPECT_NE(a, b);
    EXPECT_EQ(echo_with_token(member.client, a).status, 200);
    EXPECT_EQ(echo_with_header(member.client, b).status, 200);
}

TEST(Csrf, ATokenFromAnotherSessionIsRefused)
{
    auto alice = signed_in_actor("csrf-alice");
    auto bob = signed_in_actor("csrf-bob");
    auto alice_token = page_token(alice.client, "/compte");
    auto bob_token = page_token(bob.client, "/compte");
    EXPECT_EQ(echo_with_token(bob.client, alice_token).status, 403);
    auto as_json = echo_with_header(bob.client, alice_token);
    EXPECT_EQ(as_json.status, 403);
    EXPECT_EQ(as_json.header("content-type").value_or(""), "application/problem+json");
    EXPECT_EQ(echo_with_token(alice.client, bob_token).status, 403);
    // Each one's own still passes.
    EXPECT_EQ(echo_with_token(alice.client, alice_token).status, 200);
    EXPECT_EQ(echo_with_token(bob.client, bob_token).status, 200);

    // Between visitors too: the token follows the pre-session cookie, not whoever presents it.
    HttpClient first(TestPlatform::instance().port());
    HttpClient second(TestPlatform::instance().port());
    auto first_token = page_token(first);
    page_token(second);
    EXPECT_EQ(echo_with_token(second, first_token).status, 403);
    EXPECT_EQ(echo_with_token(first, first_token).status, 200);
    // A visitor's token does not pass for a signed-in session, nor the other way round.
    EXPECT_EQ(echo_with_token(alice.client, first_token).status, 403);
    EXPECT_EQ(echo_with_token(first, alice_token).status, 403);
}

TEST(Csrf, SigningInAndOutChangesTheToken)
{
    auto& platform = TestPlatform::instance();
    auto email = platform.unique_email("csrf-connexion");
    create_account(email);
    HttpClient client(platform.port());
    auto before = page_token(client, "/connexion");
    ASSERT_EQ(client.post_form("/connexion", {{"email", email}, {"password", password}, {"csrf_token", before}}, false).status,
        303);
    EXPECT_EQ(echo_with_token(client, before).status, 403) << "the visitor's token ends with the sign-in";
    auto during = page_token(client, "/compte");
    EXPECT_EQ(echo_with_token(client, during).status, 200);
    ASSERT_EQ(client.post_form("/deconnexion", {{"csrf_token", during}}, false).status, 303);
    EXPECT_FALSE(client.cookie("__Host-session"));
    EXPECT_EQ(echo_with_token(client, during).status, 403) << "the session's token ends with the session";
    EXPECT_EQ(echo_with_token(client, page_token(client)).status, 200);
}

TEST(Csrf, ACookieChosenByTheClientAndEchoedIsRefused)
{
    // The former double-submit scheme let anyone who could write the cookie pass; now the cookie
    // is only the input of a keyed hash the client cannot compute.
    HttpClient client(TestPlatform::instance().port());
    const std::string chosen = "choisi-par-l-attaquant-0123456789";
    client.set_cookie("__Host-csrf", chosen);
    EXPECT_EQ(echo_with_token(client, chosen).status, 403);
    EXPECT_EQ(echo_with_header(client, chosen).status, 403);
    EXPECT_EQ(echo_with_token(client, essaim::core::random_token(64)).status, 403) << "a well-formed 86-character value";
    // The page's own token for that cookie passes: the cookie was accepted, not the echo.
    EXPECT_EQ(echo_with_token(client, page_token(client)).status, 200);
    EXPECT_EQ(client.cookie("__Host-csrf").value_or(""), chosen);
}

TEST(Csrf, AFormPostedOnceTheSessionEndedGoesToTheSignInPage)
{
    // The token of a session that has just ended (expired, or ended from another device) still
    // matches the cookie the browser sends: the access rule, not the CSRF check, answers.
    auto member = signed_in_actor("csrf-fin-de-session");
    auto token = page_token(member.client, "/compte");
    auto key = essaim::core::sha256_hex(member.client.cookie("__Host-session").value_or(""));
    execute_sql("DELETE FROM sessions WHERE key = '" + key + "'");
    auto answer = member.client.post_form("/compte/deconnexion-partout", {{"csrf_token", token}}, false);
    EXPECT_EQ(answer.status, 303);
    EXPECT_EQ(answer.header("location").value_or("").rfind("/connexion?retour=", 0), 0u) << answer.header("location").value_or("");
}
