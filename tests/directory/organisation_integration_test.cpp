// Organisations over HTTP, as members, visitors and administrators meet them: creation awaiting
// moderation, publication, edits with their history, refusal with a reason, and wrong uses.

#include "auth/auth_test_support.hpp"

#include <boost/json.hpp>

using namespace essaim::test;
using namespace essaim::test::auth_support;
using essaim::auth::Role;

namespace {

Fields organisation_fields(const std::string& name, const std::string& siren = "")
{
    return Fields{{"name", name}, {"acronym", ""}, {"siren", siren}, {"siret", ""}, {"rna", ""},
        {"ess_family", "association"}, {"legal_form_code", "9220"}, {"naf_code", "88.99B"}, {"headcount_band", "03"},
        {"creation_date", "2015-07-14"}, {"address_line", "12 rue de la République"}, {"postal_code", "42000"},
        {"commune_code", "42218"}, {"website", "https://abeilles.exemple.fr"},
        {"description", "Nous accompagnons les porteurs de projets.\r\n\r\nDepuis 2015."},
        {"actor_types", "incubateur"}, {"actor_types", "porteur_de_projet"}};
}

void set_field(Fields& fields, const std::string& name, const std::string& value)
{
    for (auto& field : fields) {
        if (field.first == name) {
            field.second = value;
            return;
        }
    }
    fields.emplace_back(name, value);
}

//! Creates the organisation and returns its page path ("/organisations/12").
std::string create(Actor& owner, const Fields& fields)
{
    auto response = owner.client.post_form("/organisations/nouvelle", fields);
    EXPECT_EQ(response.status, 303) << response.body.substr(0, 3000);
    auto location = response.header("location").value_or("");
    EXPECT_EQ(location.rfind("/organisations/", 0), 0u) << location;
    return location;
}

std::string id_of(const std::string& path) { return path.substr(path.rfind('/') + 1); }

//! The JSON-LD block of a page, parsed.
boost::json::object json_ld_of(const std::string& page)
{
    const std::string open = "<script type=\"application/ld+json\">";
    auto start = page.find(open);
    if (start == std::string::npos)
        return {};
    start += open.size();
    auto end = page.find("</script>", start);
    auto value = boost::json::parse(page.substr(start, end - start));
    return value.is_object() ? value.as_object() : boost::json::object{};
}

} // namespace

TEST(Organisations, MemberCreatesOneThatWaitsForModerationUnseenByOthers)
{
    auto& platform = TestPlatform::instance();
    HttpClient visitor(platform.port());
    auto redirected = visitor.get("/organisations/nouvelle");
    EXPECT_EQ(redirected.status, 303);
    EXPECT_EQ(redirected.header("location").value_or(""), "/connexion?retour=%2Forganisations%2Fnouvelle");

    auto owner = signed_in_actor("createur");
    auto form = owner.client.get("/organisations/nouvelle");
    ASSERT_EQ(form.status, 200);
    EXPECT_TRUE(contains(form.body, "<h1>Inscrire une organisation</h1>"));
    EXPECT_TRUE(contains(form.body, "name=\"actor_types\" value=\"ruche\""));
    EXPECT_TRUE(contains(form.body, "<option value=\"entreprise_ess_esus\""));

    auto path = create(owner, organisation_fields("Les Abeilles de Saint-Étienne", "732829320"));
    auto page = owner.client.get(path);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "Fiche en attente de validation"));
    EXPECT_TRUE(contains(page.body, "Organisation enregistrée"));  // the flash
    EXPECT_TRUE(contains(page.body, "Les Abeilles de Saint-Étienne"));
    EXPECT_TRUE(contains(page.body, "Saint-Étienne"));
    EXPECT_TRUE(contains(page.body, "Action sociale sans hébergement"));  // NAF label
    EXPECT_TRUE(contains(page.body, "Association déclarée (9220)"));
    EXPECT_TRUE(contains(page.body, "14 juillet 2015"));
    EXPECT_TRUE(contains(page.body, "<p>Depuis 2015.</p>"));
    EXPECT_TRUE(contains(page.body, "Modifier la fiche"));
    // The creator is its owner: the account page lists it.
    EXPECT_TRUE(contains(owner.client.get("/compte").body, "Les Abeilles de Saint-Étienne</a> — Responsable"));

    EXPECT_EQ(visitor.get(path).status, 404);
    auto stranger = signed_in_actor("curieux");
    EXPECT_EQ(stranger.client.get(path).status, 404);
    EXPECT_EQ(stranger.client.get(path + "/modifier").status, 404);
    EXPECT_EQ(stranger.client.get(path + "/historique").status, 404);

    auto admin = signed_in_actor("moderateur", {Role::Administrateur});
    auto queue = admin.client.get("/admin/organisations");
    ASSERT_EQ(queue.status, 200);
    EXPECT_TRUE(contains(queue.body, "href=\"" + path + "\">Les Abeilles de Saint-Étienne</a>"));
    EXPECT_TRUE(contains(queue.body, owner.email));
    auto as_admin = admin.client.get(path);
    EXPECT_EQ(as_admin.status, 200);
    EXPECT_TRUE(contains(as_admin.body, "Publier la fiche"));
    auto journal = admin.client.get("/admin/journal?action=directory.");
    EXPECT_TRUE(contains(journal.body, "directory.organisation_created"));
}

TEST(Organisations, AdministratorPublishesAndEveryoneSeesItWithJsonLd)
{
    auto& platform = TestPlatform::instance();
    auto owner = signed_in_actor("publie");
    auto fields = organisation_fields("Ruche </script> des Monts", "552100554");
    set_field(fields, "siret", "55210055400013");
    auto path = create(owner, fields);

    auto member = signed_in_actor("membre-publie");
    EXPECT_EQ(member.client.post_form("/admin/organisations/" + id_of(path) + "/publier", {}).status, 403);
    EXPECT_EQ(member.client.get("/admin/organisations").status, 403);

    auto admin = signed_in_actor("admin-publie", {Role::Administrateur});
    auto published = admin.client.post_form("/admin/organisations/" + id_of(path) + "/publier", {});
    ASSERT_EQ(published.status, 303);
    EXPECT_EQ(published.header("location").value_or(""), "/admin/organisations");
    EXPECT_FALSE(contains(admin.client.get("/admin/organisations").body, "href=\"" + path + "\""));
    // Only once.
    EXPECT_EQ(admin.client.post_form("/admin/organisations/" + id_of(path) + "/publier", {}).status, 409);
    EXPECT_EQ(admin.client.post_form("/admin/organisations/999999/publier", {}).status, 404);

    HttpClient visitor(platform.port());
    auto page = visitor.get(path);
    ASSERT_EQ(page.status, 200);
    EXPECT_FALSE(contains(page.body, "Fiche en attente de validation"));
    EXPECT_FALSE(contains(page.body, "Modifier la fiche"));
    EXPECT_FALSE(contains(page.body, "Ruche </script>"));  // escaped in HTML
    auto json = json_ld_of(page.body);
    ASSERT_FALSE(json.empty()) << page.body.substr(0, 2000);
    EXPECT_EQ(json.at("@type"), "Organization");
    EXPECT_EQ(json.at("name"), "Ruche </script> des Monts");
    EXPECT_EQ(json.at("identifier").as_array()[1].as_object().at("value"), "55210055400013");
    EXPECT_EQ(json.at("address").as_object().at("addressLocality"), "Saint-Étienne");
    // The CSP stays strict: no inline script is allowed, and JSON-LD does not need to be.
    EXPECT_TRUE(contains(page.header("content-security-policy").value_or(""), "script-src 'self'"));

    auto mail = wait_for_mail_with(owner.email, "est désormais visible");
    EXPECT_TRUE(contains(mail, "Ruche </script> des Monts"));
    EXPECT_TRUE(contains(mail, path));
}

TEST(Organisations, OwnerEditsAndTheRevisionKeepsBeforeAndAfter)
{
    auto owner = signed_in_actor("editeur");
    auto path = create(owner, organisation_fields("Atelier Partagé", "443061841"));

    auto form = owner.client.get(path + "/modifier");
    ASSERT_EQ(form.status, 200);
    EXPECT_TRUE(contains(form.body, "value=\"Atelier Partagé\""));
    EXPECT_TRUE(contains(form.body, "Commune : Saint-Étienne (Loire)"));
    EXPECT_TRUE(contains(form.body, "value=\"incubateur\" checked"));

    auto fields = organisation_fields("Atelier Partagé des Pentes", "443061841");
    set_field(fields, "website", "www.atelier.exemple.fr");
    auto saved = owner.client.post_form(path + "/modifier", fields);
    ASSERT_EQ(saved.status, 303) << saved.body.substr(0, 3000);
    EXPECT_EQ(saved.header("location").value_or(""), path);
    auto page = owner.client.get(path);
    EXPECT_TRUE(contains(page.body, "Fiche mise à jour"));
    EXPECT_TRUE(contains(page.body, "https://www.atelier.exemple.fr"));

    // Saving again without change writes nothing.
    EXPECT_EQ(owner.client.post_form(path + "/modifier", fields).status, 303);
    EXPECT_TRUE(contains(owner.client.get(path).body, "Aucune modification"));

    auto history = owner.client.get(path + "/historique");
    ASSERT_EQ(history.status, 200);
    EXPECT_TRUE(contains(history.body, "<td>Nom</td><td>Atelier Partagé</td><td>Atelier Partagé des Pentes</td>"));
    EXPECT_TRUE(contains(history.body,
        "<td>Site web</td><td>https://abeilles.exemple.fr</td><td>https://www.atelier.exemple.fr</td>"));
    // The creation is the first revision, from nothing.
    EXPECT_TRUE(contains(history.body, "<td>SIREN</td><td>(vide)</td><td>443061841</td>"));
    std::size_t rows = 0;
    for (auto at = history.body.find("essaim-revision-change"); at != std::string::npos;
         at = history.body.find("essaim-revision-change", at + 1))
        ++rows;
    EXPECT_GT(rows, 2u);

    auto admin = signed_in_actor("admin-journal", {Role::Administrateur});
    auto journal = admin.client.get("/admin/journal?action=directory.organisation_updated");
    auto at = journal.body.find("directory.organisation_updated");
    ASSERT_NE(at, std::string::npos);
    EXPECT_TRUE(contains(journal.body, "Atelier Partagé des Pentes"));
}

TEST(Organisations, OnlyItsMembersAndAdministratorsMayEdit)
{
    auto& platform = TestPlatform::instance();
    auto owner = signed_in_actor("proprietaire");
    auto path = create(owner, organisation_fields("Coopérative du Vieux Port", "775672272"));
    auto admin = signed_in_actor("admin-edition", {Role::Administrateur});
    ASSERT_EQ(admin.client.post_form("/admin/organisations/" + id_of(path) + "/publier", {}).status, 303);

    auto other = signed_in_actor("autre-membre");
    EXPECT_EQ(other.client.get(path).status, 200);
    EXPECT_EQ(other.client.get(path + "/modifier").status, 403);
    auto refused = other.client.post_form(path + "/modifier", organisation_fields("Piratée", "775672272"));
    EXPECT_EQ(refused.status, 403);
    EXPECT_EQ(other.client.get(path + "/historique").status, 403);
    EXPECT_FALSE(contains(other.client.get(path).body, "Piratée"));

    HttpClient visitor(platform.port());
    EXPECT_EQ(visitor.get(path + "/modifier").status, 303);
    EXPECT_EQ(visitor.post_form(path + "/modifier", organisation_fields("Piratée", "775672272")).status, 303);

    // An administrator may edit any organisation, and see its history.
    auto edited = admin.client.post_form(path + "/modifier", organisation_fields("Coopérative du Vieux-Port", "775672272"));
    EXPECT_EQ(edited.status, 303);
    EXPECT_TRUE(contains(admin.client.get(path + "/historique").body, "Coopérative du Vieux-Port"));
    EXPECT_EQ(other.client.get("/organisations/abc").status, 404);
    EXPECT_EQ(other.client.get("/organisations/99999999").status, 404);
}

TEST(Organisations, OneOrganisationPerSiren)
{
    auto first = signed_in_actor("premier");
    create(first, organisation_fields("Première", "542065479"));

    auto second = signed_in_actor("second");
    auto fields = organisation_fields("Seconde inscription", "542 065 479");
    auto response = second.client.post_form("/organisations/nouvelle", fields);
    ASSERT_EQ(response.status, 422);
    EXPECT_TRUE(contains(response.body, "<p class=\"fr-error-text\" id=\"siren-erreur\">Une organisation portant ce SIREN "
                                        "est déjà inscrite sur Essaim"));
    EXPECT_TRUE(contains(response.body, "href=\"#siren\""));  // the summary links to the field
    EXPECT_TRUE(contains(response.body, "value=\"Seconde inscription\""));  // input kept
    EXPECT_TRUE(contains(response.body, "value=\"542065479\""));
    EXPECT_TRUE(contains(response.body, "value=\"porteur_de_projet\" checked"));

    // Through the SIRET too.
    set_field(fields, "siren", "");
    set_field(fields, "siret", "54206547900009");
    EXPECT_EQ(second.client.post_form("/organisations/nouvelle", fields).status, 422);

    // And an edit cannot take another organisation's SIREN.
    auto own = create(second, organisation_fields("Seconde", "552032534"));
    auto edit = second.client.post_form(own + "/modifier", organisation_fields("Seconde", "542065479"));
    EXPECT_EQ(edit.status, 422);
    EXPECT_TRUE(contains(edit.body, "déjà inscrite sur Essaim"));
}

TEST(Organisations, InvalidIdentifiersShowTheRuleBesideTheField)
{
    auto member = signed_in_actor("fautes");
    auto fields = organisation_fields("Association des Fautes de Frappe");
    set_field(fields, "siret", "73282932000075");
    set_field(fields, "rna", "751234567");
    set_field(fields, "commune_code", "42999");
    set_field(fields, "naf_code", "88.99X");
    set_field(fields, "website", "javascript:alert(1)");
    auto response = member.client.post_form("/organisations/nouvelle", fields);
    ASSERT_EQ(response.status, 422);
    EXPECT_TRUE(contains(response.body, "id=\"siret-erreur\">La clé de contrôle (algorithme de Luhn) du SIRET est fausse"));
    EXPECT_TRUE(contains(response.body, "id=\"rna-erreur\">Le numéro RNA commence par la lettre W"));
    EXPECT_TRUE(contains(response.body, "id=\"commune_code-erreur\">Aucune commune ne porte le code INSEE 42999"));
    EXPECT_TRUE(contains(response.body, "id=\"naf_code-erreur\">Le code NAF 88.99X n’existe pas"));
    EXPECT_TRUE(contains(response.body, "id=\"website-erreur\">"));
    EXPECT_TRUE(contains(response.body, "aria-describedby=\"siret-aide siret-erreur\""));
    EXPECT_TRUE(contains(response.body, "value=\"73282932000075\""));

    set_field(fields, "siret", "7328293200007");
    auto short_siret = member.client.post_form("/organisations/nouvelle", fields);
    EXPECT_TRUE(contains(short_siret.body, "Le SIRET doit compter 14 chiffres ; vous en avez saisi 13."));

    auto no_type = organisation_fields("Sans type");
    no_type.erase(std::remove_if(no_type.begin(), no_type.end(), [](const auto& f) { return f.first == "actor_types"; }),
        no_type.end());
    auto untyped = member.client.post_form("/organisations/nouvelle", no_type);
    EXPECT_EQ(untyped.status, 422);
    EXPECT_TRUE(contains(untyped.body, "Cochez au moins un type d’acteur."));
    EXPECT_TRUE(contains(untyped.body, "fr-fieldset--error"));

    // Nothing was created: the account lists no organisation.
    EXPECT_TRUE(contains(member.client.get("/compte").body, "Vous n’êtes membre d’aucune organisation"));
}

TEST(Organisations, RefusalWithAReasonIsMailedAndEditingResubmits)
{
    auto owner = signed_in_actor("refuse");
    auto path = create(owner, organisation_fields("Projet Mystère", "784671695"));
    auto admin = signed_in_actor("admin-refus", {Role::Administrateur});
    auto refuse_path = "/admin/organisations/" + id_of(path) + "/refuser";
    EXPECT_EQ(owner.client.get(refuse_path).status, 403);
    ASSERT_EQ(admin.client.get(refuse_path).status, 200);

    auto empty = admin.client.post_form(refuse_path, {{"refusal_reason", "   "}});
    EXPECT_EQ(empty.status, 422);
    EXPECT_TRUE(contains(empty.body, "id=\"refusal_reason-erreur\">Expliquez la raison du refus"));
    EXPECT_TRUE(contains(owner.client.get(path).body, "Fiche en attente de validation"));

    const std::string reason = "La présentation ne dit pas ce que fait l’organisation : décrivez son activité.";
    auto refused = admin.client.post_form(refuse_path, {{"refusal_reason", reason}});
    ASSERT_EQ(refused.status, 303);
    auto mail = wait_for_mail_with(owner.email, "n'a pas publié la fiche");
    EXPECT_TRUE(contains(mail, reason));
    EXPECT_TRUE(contains(mail, path + "/modifier"));
    EXPECT_EQ(admin.client.post_form(refuse_path, {{"refusal_reason", reason}}).status, 409);
    EXPECT_EQ(admin.client.post_form("/admin/organisations/" + id_of(path) + "/publier", {}).status, 409);

    auto page = owner.client.get(path);
    EXPECT_TRUE(contains(page.body, "Fiche refusée"));
    EXPECT_TRUE(contains(page.body, "La présentation ne dit pas ce que fait l’organisation"));

    auto fields = organisation_fields("Projet Mystère", "784671695");
    set_field(fields, "description", "Nous réparons des vélos avec des jeunes en insertion.");
    ASSERT_EQ(owner.client.post_form(path + "/modifier", fields).status, 303);
    page = owner.client.get(path);
    EXPECT_TRUE(contains(page.body, "Fiche soumise de nouveau"));
    EXPECT_TRUE(contains(page.body, "Fiche en attente de validation"));
    EXPECT_TRUE(contains(admin.client.get("/admin/organisations").body, "href=\"" + path + "\""));
    auto history = owner.client.get(path + "/historique");
    EXPECT_TRUE(contains(history.body, "<td>Statut</td><td>Refusée</td><td>En attente de validation</td>"));
    EXPECT_TRUE(contains(history.body, "<td>Statut</td><td>En attente de validation</td><td>Refusée</td>"));
}

TEST(Organisations, FormsRefuseRequestsWithoutTheCsrfToken)
{
    auto member = signed_in_actor("sans-jeton");
    auto response = member.client.post_form("/organisations/nouvelle", organisation_fields("Sans jeton"), false);
    EXPECT_EQ(response.status, 403);
}
