// Changing and resetting a password over HTTP.

#include "auth/auth_test_support.hpp"

using namespace essaim::test;
using namespace essaim::test::auth_support;

namespace {

std::string reset_target(const std::string& email)
{
    auto mail = wait_for_mail_with(email, "/mot-de-passe/reinitialiser?jeton=");
    auto base = TestPlatform::instance().config().public_url;
    auto link = find_link(mail, base + "/mot-de-passe/reinitialiser?jeton=");
    EXPECT_FALSE(link.empty()) << mail;
    return link.substr(base.size());
}

} // namespace

TEST(Password, ChangeEndsOtherSessionsButKeepsThisOne)
{
    auto& platform = TestPlatform::instance();
    auto email = platform.unique_email("changement");
    create_account(email);
    HttpClient here(platform.port());
    HttpClient elsewhere(platform.port());
    ASSERT_EQ(sign_in(here, email).status, 303);
    ASSERT_EQ(sign_in(elsewhere, email).status, 303);

    auto wrong = here.post_form("/compte/mot-de-passe",
        {{"current_password", "pas le bon du tout"}, {"new_password", "un nouveau mot de passe solide"}});
    EXPECT_EQ(wrong.status, 422);
    EXPECT_NE(wrong.body.find("id=\"current_password-erreur\""), std::string::npos);
    auto weak = here.post_form("/compte/mot-de-passe", {{"current_password", password}, {"new_password", "cheeseburger"}});
    EXPECT_EQ(weak.status, 422);
    EXPECT_NE(weak.body.find("id=\"new_password-erreur\""), std::string::npos);
    EXPECT_EQ(elsewhere.get("/compte").status, 200);

    const std::string new_password = "un nouveau mot de passe solide";
    auto changed = here.post_form("/compte/mot-de-passe", {{"current_password", password}, {"new_password", new_password}});
    ASSERT_EQ(changed.status, 303);
    EXPECT_EQ(here.get("/compte").status, 200);
    EXPECT_EQ(elsewhere.get("/compte").status, 303);
    wait_for_mail_with(email, "vient d'être modifié");

    HttpClient fresh(platform.port());
    EXPECT_EQ(sign_in(fresh, email).status, 422);
    EXPECT_EQ(sign_in(fresh, email, new_password).status, 303);
}

TEST(Password, ForgottenPasswordFlow)
{
    auto& platform = TestPlatform::instance();
    auto email = platform.unique_email("oubli");
    create_account(email);
    HttpClient signed_in_elsewhere(platform.port());
    ASSERT_EQ(sign_in(signed_in_elsewhere, email).status, 303);

    HttpClient client(platform.port());
    EXPECT_EQ(client.get("/mot-de-passe-oublie").status, 200);
    auto asked = client.post_form("/mot-de-passe-oublie", {{"email", email}});
    ASSERT_EQ(asked.status, 303);
    // The same answer for an address without an account.
    auto unknown = client.post_form("/mot-de-passe-oublie", {{"email", platform.unique_email("personne")}});
    EXPECT_EQ(unknown.header("location"), asked.header("location"));

    auto target = reset_target(email);
    auto form = client.get(target);
    ASSERT_EQ(form.status, 200);
    auto token = html_input_value(form.body, "jeton").value_or("");
    ASSERT_FALSE(token.empty());

    auto weak = client.post_form("/mot-de-passe/reinitialiser", {{"jeton", token}, {"password", "court"}});
    EXPECT_EQ(weak.status, 422);
    EXPECT_NE(weak.body.find("id=\"password-erreur\""), std::string::npos);
    EXPECT_EQ(html_input_value(weak.body, "jeton").value_or(""), token);

    const std::string new_password = "la ruche se réveille tôt";
    auto reset = client.post_form("/mot-de-passe/reinitialiser", {{"jeton", token}, {"password", new_password}});
    ASSERT_EQ(reset.status, 303);
    EXPECT_EQ(reset.header("location").value_or(""), "/connexion");
    // Every session ended; the link is spent; the new password works, the old one not.
    EXPECT_EQ(signed_in_elsewhere.get("/compte").status, 303);
    EXPECT_EQ(client.get(target).status, 400);
    EXPECT_EQ(client.post_form("/mot-de-passe/reinitialiser", {{"jeton", token}, {"password", "encore un autre essai"}}).status, 400);
    EXPECT_EQ(sign_in(client, email).status, 422);
    EXPECT_EQ(sign_in(client, email, new_password).status, 303);
}

TEST(Password, ResetLinksExpireAfterAnHour)
{
    auto& platform = TestPlatform::instance();
    auto email = platform.unique_email("oubli-tard");
    create_account(email);
    HttpClient client(platform.port());
    ASSERT_EQ(client.post_form("/mot-de-passe-oublie", {{"email", email}}).status, 303);
    auto target = reset_target(email);
    platform.clock().advance(3601);
    EXPECT_EQ(client.get(target).status, 400);
    EXPECT_EQ(client.get("/mot-de-passe/reinitialiser?jeton=faux").status, 400);
}
