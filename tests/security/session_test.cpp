// Sessions over HTTP: the cookie, rotation at sign-in and at a password change, privileges that
// follow a role change at once, expiry with the injected clock, replay after sign-out (pages and
// JSON), ending sessions.

#include "auth/auth_test_support.hpp"
#include "core/crypto.hpp"
#include "http/form.hpp"

#include <soci/soci.h>

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

TEST(Session, VisitorsHoldNoSessionAndAPlantedTokenIsReplacedAtSignIn)
{
    auto& platform = TestPlatform::instance();
    // Nothing to fixate before sign-in: a visitor's pages set no session cookie.
    HttpClient visitor(platform.port());
    for (const char* page : {"/", "/connexion", "/annuaire"}) {
        auto response = visitor.get(page);
        for (const auto& value : response.all("set-cookie"))
            EXPECT_NE(value.rfind("__Host-session=", 0), 0u) << page << ": " << value;
    }
    // An attacker plants their own valid token in the victim's browser (a subdomain cookie, say):
    // signing in replaces it, and the planted session is over for the attacker too.
    auto attacker_email = platform.unique_email("fixation-attaquant");
    create_account(attacker_email);
    HttpClient attacker(platform.port());
    ASSERT_EQ(sign_in(attacker, attacker_email).status, 303);
    auto planted = attacker.cookie("__Host-session").value_or("");
    auto victim_email = platform.unique_email("fixation-victime");
    create_account(victim_email);
    HttpClient victim(platform.port());
    victim.set_cookie("__Host-session", planted);
    ASSERT_EQ(sign_in(victim, victim_email).status, 303);
    auto victims = victim.cookie("__Host-session").value_or("");
    EXPECT_FALSE(victims.empty());
    EXPECT_NE(victims, planted);
    auto account = victim.get("/compte");
    ASSERT_EQ(account.status, 200);
    EXPECT_NE(account.body.find(victim_email), std::string::npos);
    EXPECT_EQ(attacker.get("/compte").status, 303);
}

TEST(Session, RotatedAtPasswordChangeSoACopiedTokenStopsWorking)
{
    auto& platform = TestPlatform::instance();
    auto email = platform.unique_email("rotation-mdp");
    create_account(email);
    HttpClient owner(platform.port());
    ASSERT_EQ(sign_in(owner, email).status, 303);
    auto before = owner.cookie("__Host-session").value_or("");
    HttpClient thief(platform.port());
    thief.set_cookie("__Host-session", before);
    ASSERT_EQ(thief.get("/compte").status, 200);

    auto changed = owner.post_form("/compte/mot-de-passe",
        {{"current_password", password}, {"new_password", "un tout nouveau secret de ruche"}});
    ASSERT_EQ(changed.status, 303) << changed.body.substr(0, 300);
    std::string header;
    for (const auto& value : changed.all("set-cookie"))
        if (value.rfind("__Host-session=", 0) == 0)
            header = value;
    EXPECT_NE(header.find("; HttpOnly"), std::string::npos) << header;
    EXPECT_NE(header.find("; Secure"), std::string::npos) << header;
    auto after = owner.cookie("__Host-session").value_or("");
    EXPECT_EQ(after.size(), 22u);
    EXPECT_NE(after, before);
    EXPECT_EQ(owner.get("/compte").status, 200);
    EXPECT_EQ(thief.get("/compte").status, 303);
    // A wrong current password changes nothing, token included.
    auto refused = owner.post_form("/compte/mot-de-passe",
        {{"current_password", "pas le bon"}, {"new_password", "encore un autre secret de ruche"}});
    EXPECT_EQ(refused.status, 422);
    EXPECT_EQ(owner.cookie("__Host-session").value_or(""), after);
}

TEST(Session, PrivilegesFollowARoleChangeOnTheVeryNextRequest)
{
    // Roles are read again on every request, so a revoked role stops working at once in every
    // session, and no token carries privileges of its own.
    auto& platform = TestPlatform::instance();
    auto administrator = signed_in_actor("roles-admin", {essaim::auth::Role::Administrateur});
    auto email = platform.unique_email("roles-cible");
    auto user_id = create_account(email, {essaim::auth::Role::Administrateur});
    HttpClient target(platform.port());
    ASSERT_EQ(sign_in(target, email).status, 303);
    ASSERT_EQ(target.get("/admin/utilisateurs").status, 200);

    auto revoked = administrator.client.post_form("/admin/utilisateurs/" + std::to_string(user_id) + "/roles",
        {{"role", "administrateur"}, {"action", "retirer"}});
    ASSERT_EQ(revoked.status, 303) << revoked.body.substr(0, 300);
    EXPECT_EQ(target.get("/admin/utilisateurs").status, 403);
    EXPECT_EQ(target.get("/admin/utilisateurs", {{"Accept", "application/json"}}).status, 403);
    EXPECT_EQ(target.post_form("/admin/utilisateurs/" + std::to_string(administrator.user_id) + "/roles",
                        {{"role", "administrateur"}, {"action", "retirer"}})
                  .status,
        403);
    EXPECT_EQ(administrator.client.get("/admin/utilisateurs").status, 200);

    auto granted = administrator.client.post_form("/admin/utilisateurs/" + std::to_string(user_id) + "/roles",
        {{"role", "administrateur"}, {"action", "accorder"}});
    ASSERT_EQ(granted.status, 303) << granted.body.substr(0, 300);
    EXPECT_EQ(target.get("/admin/utilisateurs").status, 200);
}

TEST(Session, ReplayedCookieOnJsonGets401ProblemJson)
{
    auto& platform = TestPlatform::instance();
    auto email = platform.unique_email("rejeu-json");
    create_account(email);
    HttpClient client(platform.port());
    ASSERT_EQ(sign_in(client, email).status, 303);
    auto token = client.cookie("__Host-session").value_or("");
    const Fields json{{"Accept", "application/json"}};
    EXPECT_EQ(client.get("/compte/mes-donnees.json", json).status, 200);
    ASSERT_EQ(client.post_form("/deconnexion", {}).status, 303);

    HttpClient attacker(platform.port());
    attacker.set_cookie("__Host-session", token);
    for (const char* target : {"/compte/mes-donnees.json", "/compte"}) {
        attacker.set_cookie("__Host-session", token);
        auto replayed = attacker.get(target, json);
        EXPECT_EQ(replayed.status, 401) << target;
        EXPECT_EQ(replayed.header("content-type").value_or(""), "application/problem+json") << target;
        EXPECT_EQ(replayed.body.find(email), std::string::npos);
    }
    // A state-changing JSON call with the replayed cookie and a valid CSRF pair is refused too.
    attacker.set_cookie("__Host-session", token);
    auto csrf = attacker.csrf_token();
    attacker.set_cookie("__Host-session", token);
    auto post = attacker.request("POST", "/compte/deconnexion-partout", "",
        {{"Accept", "application/json"}, {"X-CSRF-Token", csrf}, {"Content-Type", "application/x-www-form-urlencoded"}});
    EXPECT_EQ(post.status, 401);
}

TEST(Session, ExpiredSessionIsGoneForGoodNotJustHidden)
{
    // After idle expiry the row is deleted: the token does not come back if the clock is wrong,
    // and JSON clients get 401 rather than a page.
    auto& platform = TestPlatform::instance();
    const auto& config = platform.config();
    auto email = platform.unique_email("expire-json");
    create_account(email);
    HttpClient client(platform.port());
    ASSERT_EQ(sign_in(client, email).status, 303);
    auto token = client.cookie("__Host-session").value_or("");
    platform.clock().advance(config.session_idle_seconds + 1);
    auto expired = client.get("/compte", {{"Accept", "application/json"}});
    EXPECT_EQ(expired.status, 401);
    HttpClient again(platform.port());
    again.set_cookie("__Host-session", token);
    EXPECT_EQ(again.get("/compte").status, 303);
    auto lease = platform.platform().services().pool.acquire();
    long long rows = -1;
    const std::string key = essaim::core::sha256_hex(token);  // soci::use binds a reference: no temporary
    lease->sql() << "SELECT COUNT(*) FROM sessions WHERE key = :key", soci::use(key), soci::into(rows);
    EXPECT_EQ(rows, 0);
}
