// Sign-up over HTTP: confirmation e-mail, one-use link, no account enumeration, form errors.

#include "auth/auth_test_support.hpp"

using namespace essaim::test;
using namespace essaim::test::auth_support;

namespace {

std::string local_target(const std::string& link)
{
    const std::string base = TestPlatform::instance().config().public_url;
    return link.rfind(base, 0) == 0 ? link.substr(base.size()) : link;
}

std::string confirmation_target(const std::string& email)
{
    auto mail = wait_for_mail_with(email, "/inscription/confirmer?jeton=");
    auto link = find_link(mail, TestPlatform::instance().config().public_url + "/inscription/confirmer?jeton=");
    EXPECT_FALSE(link.empty()) << mail;
    return local_target(link);
}

} // namespace

TEST(SignUp, FullJourneyFromSignUpToSignOut)
{
    auto& platform = TestPlatform::instance();
    HttpClient client(platform.port());
    auto email = platform.unique_email("parcours");
    EXPECT_EQ(client.get("/inscription").status, 200);
    auto created = client.post_form("/inscription",
        {{"email", email}, {"display_name", "Camille Parcours"}, {"password", password}});
    ASSERT_EQ(created.status, 303);
    EXPECT_EQ(created.header("location").value_or(""), "/inscription/courriel-envoye");
    EXPECT_NE(client.get("/inscription/courriel-envoye").body.find("Vérifiez votre boîte de réception"), std::string::npos);

    // Not confirmed yet: the password is right but sign-in is refused, with a way to get a new link.
    auto early = sign_in(client, email);
    EXPECT_EQ(early.status, 403);
    EXPECT_NE(early.body.find("pas encore confirmée"), std::string::npos);
    EXPECT_NE(early.body.find("action=\"/inscription/renvoyer\""), std::string::npos);

    auto confirm = confirmation_target(email);
    auto confirmed = client.get(confirm);
    ASSERT_EQ(confirmed.status, 303);
    EXPECT_EQ(confirmed.header("location").value_or(""), "/connexion");
    EXPECT_NE(client.get("/connexion").body.find("Adresse confirmée"), std::string::npos);
    // One use only.
    auto again = client.get(confirm);
    EXPECT_EQ(again.status, 400);
    EXPECT_NE(again.body.find("déjà servi"), std::string::npos);

    auto signed_in = sign_in(client, email);
    ASSERT_EQ(signed_in.status, 303);
    EXPECT_EQ(signed_in.header("location").value_or(""), "/compte");
    auto account = client.get("/compte");
    ASSERT_EQ(account.status, 200);
    EXPECT_NE(account.body.find(email), std::string::npos);
    EXPECT_NE(account.body.find("Camille Parcours"), std::string::npos);
    EXPECT_NE(account.body.find("Cette session"), std::string::npos);

    auto signed_out = client.post_form("/deconnexion", {});
    EXPECT_EQ(signed_out.status, 303);
    EXPECT_FALSE(client.cookie("__Host-session"));
    auto after = client.get("/compte");
    EXPECT_EQ(after.status, 303);
    EXPECT_EQ(after.header("location").value_or(""), "/connexion?retour=%2Fcompte");
}

TEST(SignUp, TakenAddressGetsTheSameAnswerAndItsOwnerIsWarned)
{
    auto& platform = TestPlatform::instance();
    HttpClient client(platform.port());
    auto email = platform.unique_email("deja");
    create_account(email);
    auto response = client.post_form("/inscription",
        {{"email", email}, {"display_name", "Quelqu'un d'autre"}, {"password", "un tout autre mot de passe"}});
    EXPECT_EQ(response.status, 303);
    EXPECT_EQ(response.header("location").value_or(""), "/inscription/courriel-envoye");
    auto mail = wait_for_mail_with(email, "a essayé de créer un compte");
    EXPECT_EQ(mail.find("jeton="), std::string::npos);
    // The existing account still signs in with its own password.
    EXPECT_EQ(sign_in(client, email).status, 303);
}

TEST(SignUp, FormErrorsAreShownNextToTheFieldsAndInputIsKept)
{
    auto& platform = TestPlatform::instance();
    HttpClient client(platform.port());
    auto email = platform.unique_email("court");
    auto response = client.post_form("/inscription",
        {{"email", email}, {"display_name", "Camille <Court>"}, {"password", "court"}});
    EXPECT_EQ(response.status, 422);
    EXPECT_NE(response.body.find("id=\"password-erreur\""), std::string::npos);
    EXPECT_NE(response.body.find("au moins 12 caractères"), std::string::npos);
    EXPECT_NE(response.body.find("fr-input-group--error"), std::string::npos);
    EXPECT_EQ(html_input_value(response.body, "email").value_or(""), email);
    // Kept, and escaped.
    EXPECT_EQ(html_input_value(response.body, "display_name").value_or(""), "Camille &lt;Court&gt;");
    // The password is never sent back.
    EXPECT_EQ(html_input_value(response.body, "password").value_or(""), "");
    EXPECT_NE(response.body.find("href=\"#password\""), std::string::npos);

    auto common = client.post_form("/inscription",
        {{"email", "pas une adresse"}, {"display_name", "Camille"}, {"password", "Anniversaire"}});
    EXPECT_EQ(common.status, 422);
    EXPECT_NE(common.body.find("id=\"email-erreur\""), std::string::npos);
    EXPECT_NE(common.body.find("plus courants"), std::string::npos);
}

TEST(SignUp, ResendingGivesANewLinkAndRetiresTheOldOne)
{
    auto& platform = TestPlatform::instance();
    HttpClient client(platform.port());
    auto email = platform.unique_email("renvoi");
    ASSERT_EQ(client.post_form("/inscription", {{"email", email}, {"display_name", "Renvoi"}, {"password", password}}).status, 303);
    auto first = confirmation_target(email);
    // Wait for a mail different from the first one.
    EXPECT_EQ(client.post_form("/inscription/renvoyer", {{"email", email}}).status, 303);
    std::string second;
    for (int i = 0; i < 100 && (second.empty() || second == first); ++i) {
        second = confirmation_target(email);
        if (second == first)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    ASSERT_NE(second, first);
    EXPECT_EQ(client.get(first).status, 400);
    EXPECT_EQ(client.get(second).status, 303);
    // Unknown addresses get the same answer.
    EXPECT_EQ(client.post_form("/inscription/renvoyer", {{"email", platform.unique_email("inconnu")}}).status, 303);
}

TEST(SignUp, ConfirmationLinksExpireAfter48Hours)
{
    auto& platform = TestPlatform::instance();
    HttpClient client(platform.port());
    auto email = platform.unique_email("expire");
    ASSERT_EQ(client.post_form("/inscription", {{"email", email}, {"display_name", "Expire"}, {"password", password}}).status, 303);
    auto link = confirmation_target(email);
    platform.clock().advance(48 * 3600 + 1);
    auto response = client.get(link);
    EXPECT_EQ(response.status, 400);
    EXPECT_EQ(client.get("/inscription/confirmer?jeton=n-importe-quoi").status, 400);
    EXPECT_EQ(client.get("/inscription/confirmer").status, 400);
}
