// Sessions over HTTP: the cookie, rotation at sign-in, expiry, replay after sign-out, ending sessions.

#include "auth/auth_test_support.hpp"
#include "http/form.hpp"

using namespace essaim::test;
using namespace essaim::test::auth_support;

TEST(Session, CookieIsHostPrefixedHttpOnlySecureLax)
{
    auto& platform = TestPlatform::instance();
    HttpClient client(platform.port());
    auto email = platform.unique_email("cookie");
    create_account(email);
    auto response = sign_in(client, email);
    ASSERT_EQ(response.status, 303);
    std::string header;
    for (const auto& value : response.all("set-cookie")) {
        if (value.rfind("__Host-session=", 0) == 0)
            header = value;
    }
    ASSERT_FALSE(header.empty());
    for (const char* attribute : {"; Path=/", "; HttpOnly", "; Secure", "; SameSite=Lax"})
        EXPECT_NE(header.find(attribute), std::string::npos) << attribute << " in " << header;
    EXPECT_EQ(header.find("Domain"), std::string::npos);
    // 128 bits in URL-safe base64.
    EXPECT_EQ(client.cookie("__Host-session").value_or("").size(), 22u);
}

TEST(Session, RotatedAtSignInAndTheOldTokenStopsWorking)
{
    auto& platform = TestPlatform::instance();
    HttpClient client(platform.port());
    auto email = platform.unique_email("rotation");
    create_account(email);
    ASSERT_EQ(sign_in(client, email).status, 303);
    auto first = client.cookie("__Host-session").value_or("");
    ASSERT_EQ(sign_in(client, email).status, 303);
    auto second = client.cookie("__Host-session").value_or("");
    EXPECT_FALSE(second.empty());
    EXPECT_NE(first, second);
    EXPECT_EQ(client.get("/compte").status, 200);

    HttpClient replay(platform.port());
    replay.set_cookie("__Host-session", first);
    EXPECT_EQ(replay.get("/compte").status, 303);
}

TEST(Session, CookieReplayedAfterSignOutIsAnonymousAndCleared)
{
    auto& platform = TestPlatform::instance();
    HttpClient client(platform.port());
    auto email = platform.unique_email("rejeu");
    create_account(email);
    ASSERT_EQ(sign_in(client, email).status, 303);
    auto token = client.cookie("__Host-session").value_or("");
    ASSERT_EQ(client.post_form("/deconnexion", {}).status, 303);

    HttpClient attacker(platform.port());
    attacker.set_cookie("__Host-session", token);
    auto home = attacker.get("/");
    EXPECT_EQ(home.status, 200);
    EXPECT_NE(home.body.find("Se connecter"), std::string::npos);
    bool cleared = false;
    for (const auto& value : home.all("set-cookie"))
        cleared = cleared || (value.rfind("__Host-session=;", 0) == 0 && value.find("Max-Age=0") != std::string::npos);
    EXPECT_TRUE(cleared);
    attacker.set_cookie("__Host-session", token);
    EXPECT_EQ(attacker.get("/compte").status, 303);

    HttpClient forger(platform.port());
    forger.set_cookie("__Host-session", "AAAAAAAAAAAAAAAAAAAAAA");
    EXPECT_EQ(forger.get("/compte").status, 303);
}

TEST(Session, IdleSessionExpiresAfterThirtyMinutes)
{
    auto& platform = TestPlatform::instance();
    HttpClient client(platform.port());
    auto email = platform.unique_email("inactif");
    create_account(email);
    ASSERT_EQ(sign_in(client, email).status, 303);
    platform.clock().advance(29 * 60);
    EXPECT_EQ(client.get("/compte").status, 200);  // activity: last_seen_at moves
    platform.clock().advance(29 * 60);
    EXPECT_EQ(client.get("/compte").status, 200);
    platform.clock().advance(30 * 60 + 1);
    auto expired = client.get("/compte");
    EXPECT_EQ(expired.status, 303);
    EXPECT_EQ(expired.header("location").value_or(""), "/connexion?retour=%2Fcompte");
    EXPECT_FALSE(client.cookie("__Host-session"));
}

TEST(Session, ActiveSessionStillEndsTwelveHoursAfterSignIn)
{
    auto& platform = TestPlatform::instance();
    HttpClient client(platform.port());
    auto email = platform.unique_email("absolu");
    create_account(email);
    ASSERT_EQ(sign_in(client, email).status, 303);
    for (int i = 0; i < 35; ++i) {
        platform.clock().advance(20 * 60);
        ASSERT_EQ(client.get("/compte").status, 200) << "after " << (i + 1) * 20 << " minutes";
    }
    platform.clock().advance(20 * 60);
    EXPECT_EQ(client.get("/compte").status, 303);
}

TEST(Session, ReturnPathIsFollowedOnlyWhenLocal)
{
    auto& platform = TestPlatform::instance();
    auto email = platform.unique_email("retour");
    create_account(email);
    HttpClient client(platform.port());
    auto page = client.get("/connexion?retour=%2Fcompte");
    EXPECT_EQ(html_input_value(page.body, "retour").value_or(""), "/compte");
    EXPECT_EQ(sign_in(client, email, password, "/plan-du-site").header("location").value_or(""), "/plan-du-site");
    for (const char* hostile : {"//evil.example/", "https://evil.example/", "/\\evil.example", "evil"}) {
        HttpClient other(platform.port());
        EXPECT_EQ(sign_in(other, email, password, hostile).header("location").value_or(""), "/compte") << hostile;
    }
    EXPECT_EQ(html_input_value(client.get("/connexion?retour=%2F%2Fevil.example").body, "retour").value_or("x"), "");
}

TEST(Session, AccountPageListsSessionsAndEndsOneOrAll)
{
    auto& platform = TestPlatform::instance();
    auto email = platform.unique_email("sessions");
    create_account(email);
    HttpClient laptop(platform.port());
    HttpClient phone(platform.port());
    std::string body = "email=" + essaim::http::percent_encode(email) + "&password=" + essaim::http::percent_encode(password)
        + "&csrf_token=" + laptop.csrf_token();
    ASSERT_EQ(laptop.request("POST", "/connexion", body,
                        {{"Content-Type", "application/x-www-form-urlencoded"},
                            {"User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"}})
                  .status,
        303);
    ASSERT_EQ(sign_in(phone, email).status, 303);

    auto page = laptop.get("/compte");
    ASSERT_EQ(page.status, 200);
    EXPECT_NE(page.body.find("Firefox sous Linux"), std::string::npos);
    EXPECT_NE(page.body.find("127.0.0.1"), std::string::npos);
    // Two sessions, so two "end" forms; the phone's is the one not marked "this one".
    std::vector<std::string> ids;
    for (auto at = page.body.find("/compte/sessions/"); at != std::string::npos; at = page.body.find("/compte/sessions/", at + 1))
        ids.push_back(page.body.substr(at + 17, page.body.find('/', at + 17) - at - 17));
    ASSERT_EQ(ids.size(), 2u);
    // The laptop's own row is marked "this one"; its end form follows the mark.
    auto current_at = page.body.find("Cette session");
    ASSERT_NE(current_at, std::string::npos);
    auto laptop_form = page.body.find("/compte/sessions/", current_at);
    std::string laptop_id = page.body.substr(laptop_form + 17, page.body.find('/', laptop_form + 17) - laptop_form - 17);
    std::string phone_id = laptop_id == ids[0] ? ids[1] : ids[0];
    ASSERT_NE(laptop_id, phone_id);

    // A session id that is not mine: 404, nothing ended.
    HttpClient stranger(platform.port());
    auto stranger_email = platform.unique_email("etranger");
    create_account(stranger_email);
    ASSERT_EQ(sign_in(stranger, stranger_email).status, 303);
    EXPECT_EQ(stranger.post_form("/compte/sessions/" + phone_id + "/fin", {}).status, 404);
    EXPECT_EQ(phone.get("/compte").status, 200);

    auto ended = laptop.post_form("/compte/sessions/" + phone_id + "/fin", {});
    EXPECT_EQ(ended.status, 303);
    EXPECT_EQ(phone.get("/compte").status, 303);
    EXPECT_EQ(laptop.get("/compte").status, 200);

    ASSERT_EQ(sign_in(phone, email).status, 303);
    auto everywhere = laptop.post_form("/compte/deconnexion-partout", {});
    EXPECT_EQ(everywhere.status, 303);
    EXPECT_EQ(laptop.get("/compte").status, 303);
    EXPECT_EQ(phone.get("/compte").status, 303);
}

TEST(Session, SignOutNeedsTheCsrfToken)
{
    auto& platform = TestPlatform::instance();
    auto email = platform.unique_email("csrf");
    create_account(email);
    HttpClient client(platform.port());
    ASSERT_EQ(sign_in(client, email).status, 303);
    EXPECT_EQ(client.post_form("/deconnexion", {}, false).status, 403);
    EXPECT_EQ(client.post_form("/deconnexion", {{"csrf_token", "AAAAAAAAAAAAAAAAAAAAAA"}}, false).status, 403);
    EXPECT_EQ(client.get("/compte").status, 200);  // still signed in
    EXPECT_EQ(client.post_form("/deconnexion", {}).status, 303);
    EXPECT_EQ(client.get("/compte").status, 303);
    // Signing in needs it too, so a hostile page cannot sign a visitor into an attacker's account.
    HttpClient fresh(platform.port());
    fresh.get("/");
    EXPECT_EQ(fresh.post_form("/connexion", {{"email", email}, {"password", password}}, false).status, 403);
}
