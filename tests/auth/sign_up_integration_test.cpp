// Sign-up over HTTP: confirmation e-mail, one-use link, no account enumeration, form errors.

#include "auth/auth_test_support.hpp"
#include "http/form.hpp"

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

TEST(SignUp, LookAlikeAddressesAreRefusedNextToTheFieldWithTheInputKept)
{
    auto& platform = TestPlatform::instance();
    HttpClient client(platform.port());
    struct Case {
        const char* name;
        std::string email;
        const char* message_part;
    };
    const std::string unique = platform.unique_email("sosie");
    const auto at = unique.find('@');
    const std::string local = unique.substr(0, at);
    const Case cases[] = {
        {"zero-width space", local.substr(0, 3) + "\xE2\x80\x8B" + local.substr(3) + "@exemple.fr", "invisible"},
        {"right-to-left override", local + "\xE2\x80\xAE" "@exemple.fr", "invisible"},
        {"byte-order mark", "\xEF\xBB\xBF" + local + "@exemple.fr", "invisible"},
        {"Cyrillic a in the domain", local + "@ex\xD0\xB0mple.fr", "alphabets"},
        {"Greek omicron in the domain", local + "@exempl\xCE\xBF.fr", "alphabets"},
        {"Cyrillic look-alike domain", local + "@\xD0\xB0\xD1\x80\xD1\x80\xD3\x8F\xD0\xB5.com", "alphabets"},
        {"Cyrillic a in the local part", "\xD0\xB0" + local + "@exemple.fr", "alphabets"},
    };
    for (const auto& c : cases) {
        auto response = client.post_form("/inscription", {{"email", c.email}, {"display_name", "Sosie"}, {"password", password}});
        EXPECT_EQ(response.status, 422) << c.name;
        auto error_at = response.body.find("id=\"email-erreur\"");
        ASSERT_NE(error_at, std::string::npos) << c.name;
        auto error_end = response.body.find("</p>", error_at);
        EXPECT_NE(response.body.substr(error_at, error_end - error_at).find(c.message_part), std::string::npos) << c.name;
        EXPECT_EQ(html_input_value(response.body, "email").value_or(""), c.email) << c.name;
        EXPECT_EQ(html_input_value(response.body, "display_name").value_or(""), "Sosie") << c.name;
    }

    // Fullwidth letters are not refused but folded: the account is the ASCII address's.
    std::string fullwidth;
    for (char c : local) {
        if (c >= 'a' && c <= 'z') {
            char32_t wide = static_cast<char32_t>(c) + 0xFEE0;
            fullwidth += static_cast<char>(0xE0 | (wide >> 12));
            fullwidth += static_cast<char>(0x80 | ((wide >> 6) & 0x3F));
            fullwidth += static_cast<char>(0x80 | (wide & 0x3F));
        } else {
            fullwidth += c;
        }
    }
    ASSERT_EQ(client.post_form("/inscription", {{"email", fullwidth + "@exemple.fr"}, {"display_name", "Large"}, {"password", password}}).status, 303);
    wait_for_mail_with(unique, "/inscription/confirmer?jeton=");
}

TEST(SignUp, AdministratorsSeeABadgeOnNonAsciiAddresses)
{
    auto& platform = TestPlatform::instance();
    auto admin = signed_in_actor("badge-admin", {essaim::auth::Role::Administrateur});
    auto accented = "\xC3\xA9" + platform.unique_email("lodie");  // élodie-…
    create_account(accented);
    auto plain = platform.unique_email("badge-ascii");
    create_account(plain);
    auto badge_after = [&](const std::string& email) {
        auto page = admin.client.get("/admin/utilisateurs?q=" + essaim::http::percent_encode(email));
        EXPECT_EQ(page.status, 200);
        auto cell = page.body.find("<td>" + email);
        EXPECT_NE(cell, std::string::npos) << email;
        auto end = page.body.find("</td>", cell);
        return page.body.substr(cell, end - cell).find("adresse non ASCII") != std::string::npos;
    };
    EXPECT_TRUE(badge_after(accented));
    EXPECT_FALSE(badge_after(plain));
}
