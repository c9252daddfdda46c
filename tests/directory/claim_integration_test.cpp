// Claims over HTTP: a member asks to manage an organisation created by an import; accepted at once
// when their address is on the website's domain, otherwise decided by an administrator.

#include "auth/auth_test_support.hpp"

using namespace essaim::test;
using namespace essaim::test::auth_support;
using essaim::auth::Role;

namespace {

//! An organisation as the register import creates it: published, without owner. Its id is chosen
//! far above those the tests create, so that the test knows it.
std::string imported_organisation(long long id, const std::string& name, const std::string& siren,
    const std::string& website)
{
    std::string overriding = TestPlatform::instance().is_postgres() ? " OVERRIDING SYSTEM VALUE" : "";
    execute_sql("INSERT INTO organisations (id, name, created_at, updated_at, siren, commune_code, website, status, source)"
        + overriding + " VALUES (" + std::to_string(id) + ", '" + name + "', 0, 0, '" + siren + "', '42218', '" + website
        + "', 'publiee', 'sirene')");
    return "/organisations/" + std::to_string(id);
}

//! The id of the first claim listed in the administrators' queue for `organisation_name`.
std::string claim_id_in_queue(const std::string& queue, const std::string& claimant_email)
{
    auto at = queue.find(claimant_email);
    auto action = queue.find("/admin/revendications/", at);
    if (at == std::string::npos || action == std::string::npos)
        return "";
    auto start = action + std::string("/admin/revendications/").size();
    return queue.substr(start, queue.find('/', start) - start);
}

} // namespace

TEST(Claims, AnAddressOnTheWebsiteDomainMakesTheMemberOwnerAtOnce)
{
    auto& platform = TestPlatform::instance();
    // Test accounts are "…@exemple.fr".
    auto path = imported_organisation(900001, "Association Importée du Forez", "130025265", "https://www.exemple.fr");

    HttpClient visitor(platform.port());
    auto page = visitor.get(path);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "Demander à gérer cette fiche"));
    EXPECT_EQ(visitor.get(path + "/revendiquer").status, 303);  // to the sign-in page

    auto member = signed_in_actor("salariee");
    EXPECT_EQ(member.client.get(path + "/modifier").status, 403);
    auto form = member.client.get(path + "/revendiquer");
    ASSERT_EQ(form.status, 200);
    EXPECT_TRUE(contains(form.body, "Demander à gérer la fiche « Association Importée du Forez »"));

    auto empty = member.client.post_form(path + "/revendiquer", {{"message", "  "}});
    EXPECT_EQ(empty.status, 422);
    EXPECT_TRUE(contains(empty.body, "id=\"message-erreur\">Expliquez votre rôle"));

    auto claimed = member.client.post_form(path + "/revendiquer", {{"message", "Je suis la directrice."}});
    ASSERT_EQ(claimed.status, 303);
    page = member.client.get(path);
    EXPECT_TRUE(contains(page.body, "Vous êtes responsable de cette fiche"));
    EXPECT_TRUE(contains(page.body, "Modifier la fiche"));
    EXPECT_FALSE(contains(page.body, "Demander à gérer cette fiche"));
    EXPECT_EQ(member.client.get(path + "/modifier").status, 200);
    EXPECT_EQ(member.client.get(path + "/historique").status, 200);

    // Now that it has an owner, nobody else can claim it.
    auto other = signed_in_actor("collegue");
    EXPECT_EQ(other.client.get(path + "/revendiquer").status, 409);
    EXPECT_EQ(other.client.post_form(path + "/revendiquer", {{"message", "Moi aussi."}}).status, 409);
    EXPECT_EQ(member.client.post_form(path + "/revendiquer", {{"message", "Encore."}}).status, 409);

    auto admin = signed_in_actor("admin-domaine", {Role::Administrateur});
    auto journal = admin.client.get("/admin/journal?action=directory.claim");
    EXPECT_TRUE(contains(journal.body, "directory.claim_accepted"));
    EXPECT_TRUE(contains(journal.body, "automatique"));
}

TEST(Claims, OtherwiseAnAdministratorAcceptsOrRefuses)
{
    auto path = imported_organisation(900002, "Coopérative Lointaine", "180020026", "https://www.lointaine.exemple.org");
    auto first = signed_in_actor("demandeur");
    auto second = signed_in_actor("autre-demandeur");

    ASSERT_EQ(first.client.post_form(path + "/revendiquer", {{"message", "Je suis le gérant."}}).status, 303);
    EXPECT_TRUE(contains(first.client.get(path).body, "Demande envoyée"));
    EXPECT_EQ(first.client.get(path + "/modifier").status, 403);
    EXPECT_EQ(first.client.post_form(path + "/revendiquer", {{"message", "Encore moi."}}).status, 409);
    ASSERT_EQ(second.client.post_form(path + "/revendiquer", {{"message", "J'y travaille."}}).status, 303);

    EXPECT_EQ(first.client.get("/admin/revendications").status, 403);
    auto admin = signed_in_actor("admin-demandes", {Role::Administrateur});
    auto queue = admin.client.get("/admin/revendications");
    ASSERT_EQ(queue.status, 200);
    EXPECT_TRUE(contains(queue.body, "Je suis le gérant."));
    auto first_claim = claim_id_in_queue(queue.body, first.email);
    auto second_claim = claim_id_in_queue(queue.body, second.email);
    ASSERT_FALSE(first_claim.empty());
    ASSERT_FALSE(second_claim.empty());
    EXPECT_EQ(first.client.post_form("/admin/revendications/" + first_claim + "/accepter", {}).status, 403);

    auto no_reason = admin.client.post_form("/admin/revendications/" + second_claim + "/refuser", {{"refusal_reason", ""}});
    EXPECT_EQ(no_reason.status, 422);
    EXPECT_TRUE(contains(no_reason.body, "id=\"refusal_reason-erreur\">Expliquez la raison du refus"));
    const std::string reason = "Aucun lien avec la coopérative n’a pu être établi.";
    ASSERT_EQ(admin.client.post_form("/admin/revendications/" + second_claim + "/refuser", {{"refusal_reason", reason}}).status,
        303);
    EXPECT_TRUE(contains(wait_for_mail_with(second.email, "n'a pas accepté votre demande"), reason));

    ASSERT_EQ(admin.client.post_form("/admin/revendications/" + first_claim + "/accepter", {}).status, 303);
    EXPECT_EQ(admin.client.post_form("/admin/revendications/" + first_claim + "/accepter", {}).status, 409);
    EXPECT_EQ(admin.client.post_form("/admin/revendications/999999/accepter", {}).status, 404);
    auto mail = wait_for_mail_with(first.email, "vous êtes désormais responsable");
    EXPECT_TRUE(contains(mail, path));
    EXPECT_EQ(first.client.get(path + "/modifier").status, 200);
    EXPECT_EQ(second.client.get(path + "/modifier").status, 403);
    EXPECT_FALSE(contains(admin.client.get("/admin/revendications").body, first.email));
}

TEST(Claims, OnlyPublishedOrganisationsWithoutOwner)
{
    auto owner = signed_in_actor("fondatrice");
    auto created = owner.client.post_form("/organisations/nouvelle",
        {{"name", "Déjà Gérée"}, {"commune_code", "42218"}, {"actor_types", "reseau"}});
    ASSERT_EQ(created.status, 303);
    auto path = created.header("location").value_or("");

    auto member = signed_in_actor("opportuniste");
    // Awaiting moderation: invisible to others.
    EXPECT_EQ(member.client.get(path + "/revendiquer").status, 404);
    // The owner is already a member.
    EXPECT_EQ(owner.client.get(path + "/revendiquer").status, 409);
    EXPECT_EQ(member.client.get("/organisations/0/revendiquer").status, 404);
}
