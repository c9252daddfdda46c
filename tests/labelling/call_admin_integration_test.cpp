// Calls over HTTP on both backends: an administrator creates a call, builds its form with every
// kind of field and its evaluation grid, and publishes it; the public sees it; others are kept out
// of the admin pages; editing a published form makes a new version while dossiers keep theirs;
// illegal state moves answer 409 and change nothing; form errors keep the input.
// Dossiers and opinions are written with SQL (labelling fixtures): other parts' pages create them.

#include "labelling/labelling_fixtures.hpp"

#include <map>

using namespace essaim;
using namespace essaim::test;
using namespace essaim::test::auth_support;
using namespace essaim::test::labelling_fixtures;
using essaim::auth::Role;

namespace {

std::string text_of(const std::string& sql, long long parameter)
{
    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    std::string value;
    lease->sql() << sql, soci::use(parameter), soci::into(value);
    return value;
}

Actor& administrator()
{
    static Actor admin = signed_in_actor("appels-admin", {Role::Administrateur});
    return admin;
}

//! Creates a call through the page; answers its id.
long long create_call_page(HttpClient& client, const std::string& title, const std::string& duration = "permanent")
{
    auto response = client.post_form("/admin/appels/nouveau", {{"titre", title}, {"categorie", "ruche"},
        {"description", "Pour les ruches.\nDeuxième ligne."}, {"duree", duration}, {"ouvre_le", "01/01/2020"},
        {"ferme_le", "31/12/2099"}, {"annees_label", "3"}});
    EXPECT_EQ(response.status, 303) << response.body;
    auto location = response.header("location").value_or("");
    EXPECT_EQ(location.rfind("/admin/appels/", 0), 0u) << location;
    return location.size() > 14 ? std::stoll(location.substr(14)) : 0;
}

std::string href(long long call_id, const std::string& tail = "") { return "/admin/appels/" + std::to_string(call_id) + tail; }

void add_field(HttpClient& client, long long call_id, const std::string& place, const std::string& label,
    const std::string& kind, const std::string& choices = "", bool required = false)
{
    Fields fields{{"place", place}, {"libelle", label}, {"type", kind}, {"aide", "Aide pour " + label}, {"choix", choices}};
    if (required)
        fields.emplace_back("obligatoire", "oui");
    auto response = client.post_form(href(call_id, "/formulaire/champs"), fields);
    EXPECT_EQ(response.status, 303) << label << " " << response.body.substr(0, 3000);
}

Fields criterion_fields(const std::string& title, const std::string& weight)
{
    return {{"titre", title}, {"description", "Ce que mesure " + title}, {"poids", weight}, {"niveau_0", "Rien"},
        {"niveau_1", "Très peu"}, {"niveau_2", "Peu"}, {"niveau_3", "Assez"}, {"niveau_4", "Bien"},
        {"niveau_5", "Remarquable"}};
}

//! The id attributes of the page that appear more than once (an accessibility error).
std::vector<std::string> duplicate_ids(const std::string& html)
{
    std::map<std::string, int> seen;
    std::vector<std::string> duplicates;
    for (auto at = html.find(" id=\""); at != std::string::npos; at = html.find(" id=\"", at + 1)) {
        const auto start = at + 5;
        const auto id = html.substr(start, html.find('"', start) - start);
        if (++seen[id] == 2)
            duplicates.push_back(id);
    }
    return duplicates;
}

long long count_where_call(const std::string& sql, long long call_id) { return query_number(sql, call_id); }

} // namespace

TEST(CallAdmin, AdministratorBuildsAFormOfEveryKindAndAGridThenPublishes)
{
    auto& admin = administrator();
    auto& client = admin.client;
    const long long call = create_call_page(client, "Appel ruches complet");
    ASSERT_GT(call, 0);
    EXPECT_EQ(text_of("SELECT state FROM calls WHERE id = :id", call), "brouillon");
    EXPECT_EQ(count_where_call("SELECT COUNT(*) FROM call_forms WHERE call_id = :id AND version = 1", call), 1);

    // A draft is for administrators only.
    HttpClient visitor(TestPlatform::instance().port());
    EXPECT_EQ(visitor.get("/appels/" + std::to_string(call)).status, 404);
    EXPECT_EQ(client.get("/appels/" + std::to_string(call)).status, 200);

    ASSERT_EQ(client.post_form(href(call, "/formulaire/sections"), {{"titre", "Présentation"}}).status, 303);
    ASSERT_EQ(client.post_form(href(call, "/formulaire/sections"), {{"titre", "Équipe et moyens"}}).status, 303);
    add_field(client, call, "partie:0", "Nom court", "short_text", "", true);
    add_field(client, call, "partie:0", "Présentation détaillée", "long_text");
    add_field(client, call, "partie:0", "Nombre de salariés", "number");
    add_field(client, call, "partie:0", "Budget annuel", "amount");
    add_field(client, call, "partie:0", "Date de création", "date");
    add_field(client, call, "partie:0", "Activité principale", "single_choice", "Accompagnement\nFinancement\n\nAccompagnement");
    add_field(client, call, "partie:0", "Publics", "multiple_choice", "Jeunes\nSeniors");
    add_field(client, call, "partie:0", "Êtes-vous une association ?", "yes_no");
    add_field(client, call, "partie:1", "SIRET du siège", "siret");
    add_field(client, call, "partie:1", "Commune du siège", "commune");
    add_field(client, call, "partie:1", "Statuts", "file", "", true);
    add_field(client, call, "partie:1", "Équipe", "repeatable");
    add_field(client, call, "bloc:equipe", "Nom", "short_text", "", true);
    add_field(client, call, "bloc:equipe", "Rôle", "single_choice", "Salarié\nBénévole");

    auto builder = client.get(href(call, "/formulaire"));
    ASSERT_EQ(builder.status, 200);
    EXPECT_TRUE(contains(builder.body, "Version 1, modifiable"));
    EXPECT_TRUE(contains(builder.body, "name=\"champ_nom_court\""));            // the preview
    EXPECT_TRUE(contains(builder.body, "name=\"champ_equipe__0__nom\""));
    EXPECT_TRUE(contains(builder.body, "name=\"fichier_statuts\""));
    EXPECT_TRUE(contains(builder.body, "Dans le bloc répétable « Équipe »"));
    EXPECT_EQ(duplicate_ids(builder.body), std::vector<std::string>{});
    EXPECT_EQ(duplicate_ids(client.get(href(call)).body), std::vector<std::string>{});
    EXPECT_EQ(duplicate_ids(client.get(href(call, "/grille")).body), std::vector<std::string>{});

    const auto json = text_of("SELECT definition_json FROM call_forms WHERE call_id = :id", call);
    for (const auto& kind : {"short_text", "long_text", "\"number\"", "amount", "\"date\"", "single_choice",
             "multiple_choice", "yes_no", "siret", "commune", "\"file\"", "repeatable"})
        EXPECT_TRUE(contains(json, kind)) << kind << " in " << json;
    EXPECT_TRUE(contains(json, R"("choices":["Accompagnement","Financement"])")) << json;  // deduplicated

    // Not publishable without a grid: 409, still a draft.
    EXPECT_EQ(client.post_form(href(call, "/publier"), {}).status, 409);
    EXPECT_EQ(text_of("SELECT state FROM calls WHERE id = :id", call), "brouillon");

    ASSERT_EQ(client.post_form(href(call, "/grille"), criterion_fields("Ancrage territorial", "3")).status, 303);
    ASSERT_EQ(client.post_form(href(call, "/grille"), criterion_fields("Qualité de l’accompagnement", "2")).status, 303);
    auto ids = criteria_ids(call);
    ASSERT_EQ(ids.size(), 2u);
    ASSERT_EQ(client.post_form(href(call, "/grille/" + std::to_string(ids[1]) + "/monter"), {}).status, 303);
    EXPECT_EQ(criteria_ids(call).front(), ids[1]);

    ASSERT_EQ(client.post_form(href(call, "/publier"), {}).status, 303);
    EXPECT_EQ(text_of("SELECT state FROM calls WHERE id = :id", call), "publie");
    EXPECT_EQ(count_where_call("SELECT frozen FROM call_forms WHERE call_id = :id AND version = 1", call), 1);
    EXPECT_GE(count_where_call("SELECT COUNT(*) FROM audit_log WHERE action = 'labelling.call_published' AND target_id = "
                               "CAST(:id AS TEXT)",
                  call),
        1);

    auto list = visitor.get("/appels");
    ASSERT_EQ(list.status, 200);
    EXPECT_TRUE(contains(list.body, "Appel ruches complet"));
    auto page = visitor.get("/appels/" + std::to_string(call));
    ASSERT_EQ(page.status, 200);
    for (const auto& text : {"Ruche", "Appel permanent", "3 ans", "Présentation détaillée", "Réponses proposées : Jeunes ; Seniors",
             "Ancrage territorial", "Remarquable", "Déposer un dossier", "/candidater"})
        EXPECT_TRUE(contains(page.body, text)) << text;
    EXPECT_FALSE(contains(page.body, "Gérer cet appel"));
    EXPECT_EQ(duplicate_ids(page.body), std::vector<std::string>{});
    EXPECT_EQ(duplicate_ids(list.body), std::vector<std::string>{});
    auto edit = client.get(href(call, "/formulaire/champs/nom/modifier?bloc=equipe"));
    ASSERT_EQ(edit.status, 200);
    EXPECT_TRUE(contains(edit.body, "value=\"Nom\""));
    EXPECT_EQ(duplicate_ids(edit.body), std::vector<std::string>{});
}

TEST(CallAdmin, VisitorsAndMembersAreKeptOutOfAdminPages)
{
    const long long call = call_with_form("Appel accès admin", "incubateur", "brouillon");
    HttpClient visitor(TestPlatform::instance().port());
    auto member = signed_in_actor("appels-membre");
    auto instructor = signed_in_actor("appels-instructeur-acces", {Role::Instructeur});
    for (const auto& path : {std::string("/admin/appels"), std::string("/admin/appels/nouveau"), href(call),
             href(call, "/formulaire"), href(call, "/grille")}) {
        // Visitors are sent to the sign-in page (the platform answers 303 See Other).
        auto redirected = visitor.get(path);
        EXPECT_EQ(redirected.status, 303) << path;
        EXPECT_EQ(redirected.header("location").value_or("").rfind("/connexion?retour=", 0), 0u) << path;
        EXPECT_EQ(member.client.get(path).status, 403) << path;
        EXPECT_EQ(instructor.client.get(path).status, 403) << path;
    }
    EXPECT_EQ(member.client.post_form(href(call, "/publier"), {}).status, 403);
    EXPECT_EQ(member.client.post_form(href(call, "/formulaire/sections"), {{"titre", "Intrus"}}).status, 403);
    EXPECT_EQ(text_of("SELECT state FROM calls WHERE id = :id", call), "brouillon");
    EXPECT_EQ(member.client.get("/appels/" + std::to_string(call)).status, 404);
    EXPECT_EQ(visitor.get("/appels/999999999").status, 404);
}

TEST(CallAdmin, EditingAPublishedFormMakesVersionTwoAndDossiersKeepTheirs)
{
    auto& client = administrator().client;
    const long long call = call_with_form("Appel versions");  // published, version 1 frozen
    const long long version_one = current_form_id(call);
    auto applicant = signed_in_actor("appels-candidat");
    const long long organisation = published_organisation(applicant, "Ruche des versions appels");
    const long long dossier = dossier_in_state(call, organisation, applicant.user_id, "brouillon");

    add_field(client, call, "partie:0", "Site internet", "short_text");
    const long long version_two = current_form_id(call);
    EXPECT_NE(version_two, version_one);
    EXPECT_EQ(query_number("SELECT version FROM call_forms WHERE id = :id", version_two), 2);
    EXPECT_EQ(query_number("SELECT form_id FROM dossiers WHERE id = :id", dossier), version_one);
    EXPECT_FALSE(contains(text_of("SELECT definition_json FROM call_forms WHERE id = :id", version_one), "site_internet"));
    EXPECT_TRUE(contains(text_of("SELECT definition_json FROM call_forms WHERE id = :id", version_two), "site_internet"));

    // Version 2 is not frozen yet: further edits stay in it.
    ASSERT_EQ(client.post_form(href(call, "/formulaire/champs/site_internet/modifier"),
                        {{"libelle", "Site web"}, {"type", "short_text"}, {"obligatoire", "oui"}})
                  .status,
        303);
    ASSERT_EQ(client.post_form(href(call, "/formulaire/champs/budget/monter"), {}).status, 303);
    EXPECT_EQ(current_form_id(call), version_two);
    EXPECT_EQ(query_number("SELECT COUNT(*) FROM call_forms WHERE call_id = :id", call), 2);
    EXPECT_TRUE(contains(text_of("SELECT definition_json FROM call_forms WHERE id = :id", version_two), "Site web"));

    // Once frozen (as a dossier starting on it does), the next edit makes version 3.
    auth_support::execute_sql("UPDATE call_forms SET frozen = 1 WHERE id = " + std::to_string(version_two));
    ASSERT_EQ(client.post_form(href(call, "/formulaire/champs/site_internet/supprimer"), {}).status, 303);
    EXPECT_EQ(query_number("SELECT MAX(version) FROM call_forms WHERE call_id = :id", call), 3);
    EXPECT_TRUE(contains(client.get(href(call, "/formulaire")).body, "Version 3, modifiable"));
}

TEST(CallAdmin, IllegalStateMovesAnswer409AndChangeNothing)
{
    auto& client = administrator().client;
    const long long draft = call_with_form("Appel états brouillon", "ptce", "brouillon");
    EXPECT_EQ(client.post_form(href(draft, "/clore"), {}).status, 409);
    EXPECT_EQ(text_of("SELECT state FROM calls WHERE id = :id", draft), "brouillon");

    const long long published = call_with_form("Appel états publié", "ptce", "publie");
    EXPECT_EQ(client.post_form(href(published, "/publier"), {}).status, 409);
    EXPECT_EQ(text_of("SELECT state FROM calls WHERE id = :id", published), "publie");
    ASSERT_EQ(client.post_form(href(published, "/clore"), {}).status, 303);
    EXPECT_EQ(text_of("SELECT state FROM calls WHERE id = :id", published), "clos");
    EXPECT_EQ(client.post_form(href(published, "/clore"), {}).status, 409);
    EXPECT_EQ(text_of("SELECT state FROM calls WHERE id = :id", published), "clos");

    // Closed calls stay public, under "Appels clos", without the apply button.
    HttpClient visitor(TestPlatform::instance().port());
    auto page = visitor.get("/appels/" + std::to_string(published));
    ASSERT_EQ(page.status, 200);
    EXPECT_FALSE(contains(page.body, "Déposer un dossier"));
    auto list = visitor.get("/appels");
    auto closed_heading = list.body.find("Appels clos");
    ASSERT_NE(closed_heading, std::string::npos);
    EXPECT_GT(list.body.find("Appel états publié"), closed_heading);

    ASSERT_EQ(client.post_form(href(published, "/publier"), {}).status, 303);  // clos → publié
    EXPECT_EQ(text_of("SELECT state FROM calls WHERE id = :id", published), "publie");
}

TEST(CallAdmin, FormErrorsKeepTheInput)
{
    auto& client = administrator().client;
    auto created = client.post_form("/admin/appels/nouveau", {{"titre", "Appel <b>gardé</b>"}, {"categorie", "inconnue"},
        {"description", "Texte gardé"}, {"duree", "dates"}, {"ouvre_le", "31/06/2026"}, {"ferme_le", "01/01/2026"},
        {"annees_label", "99"}});
    EXPECT_EQ(created.status, 422);
    EXPECT_TRUE(contains(created.body, "value=\"Appel &lt;b&gt;gardé&lt;/b&gt;\""));
    EXPECT_TRUE(contains(created.body, "Texte gardé"));
    EXPECT_TRUE(contains(created.body, "value=\"99\""));
    EXPECT_TRUE(contains(created.body, "id=\"annees_label-erreur\""));
    EXPECT_TRUE(contains(created.body, "id=\"ouvre_le-erreur\""));
    EXPECT_TRUE(contains(created.body, "id=\"categorie-erreur\""));

    const long long call = call_with_form("Appel erreurs", "financeur", "brouillon");
    auto field = client.post_form(href(call, "/formulaire/champs"),
        {{"place", "partie:0"}, {"libelle", ""}, {"type", "single_choice"}, {"aide", "Aide gardée"}, {"choix", ""}});
    EXPECT_EQ(field.status, 422);
    EXPECT_TRUE(contains(field.body, "value=\"Aide gardée\""));
    EXPECT_TRUE(contains(field.body, "id=\"libelle-erreur\""));
    EXPECT_TRUE(contains(field.body, "id=\"choix-erreur\""));
    auto duplicate = client.post_form(href(call, "/formulaire/champs"),
        {{"place", "partie:0"}, {"libelle", "Autre budget"}, {"type", "amount"}, {"cle", "budget"}});
    EXPECT_EQ(duplicate.status, 422);
    EXPECT_TRUE(contains(duplicate.body, "id=\"cle-erreur\""));
    auto file_in_block = client.post_form(href(call, "/formulaire/champs"),
        {{"place", "bloc:absent"}, {"libelle", "Pièce"}, {"type", "file"}});
    EXPECT_EQ(file_in_block.status, 404);

    auto criterion_fields_bad = criterion_fields("Critère gardé", "0");
    criterion_fields_bad[4].second = "";  // niveau_1
    auto criterion = client.post_form(href(call, "/grille"), criterion_fields_bad);
    EXPECT_EQ(criterion.status, 422);
    EXPECT_TRUE(contains(criterion.body, "value=\"Critère gardé\""));
    EXPECT_TRUE(contains(criterion.body, "id=\"poids-erreur\""));
    EXPECT_TRUE(contains(criterion.body, "id=\"niveau_1-erreur\""));
    EXPECT_EQ(criteria_ids(call).size(), 2u);
}

TEST(CallAdmin, ScoredCriteriaCannotBeDeletedAndTheTeamTakesInstructeursOnly)
{
    auto& client = administrator().client;
    const long long call = call_with_form("Appel grille notée", "evaluateur");
    auto applicant = signed_in_actor("appels-candidat-grille");
    auto expert = signed_in_actor("appels-expert", {Role::Expert});
    const long long organisation = published_organisation(applicant, "Structure grille notée appels");
    const long long dossier = dossier_in_state(call, organisation, applicant.user_id, "en_instruction");
    const auto ids = criteria_ids(call);
    give_scores(review_request(dossier, expert.user_id), {{ids[0], 4}, {ids[1], 3}}, "favorable");
    EXPECT_EQ(client.post_form(href(call, "/grille/" + std::to_string(ids[0]) + "/supprimer"), {}).status, 409);
    EXPECT_EQ(criteria_ids(call).size(), 2u);
    // A criterion of another call is not found through this one.
    const long long other = call_with_form("Appel grille autre", "evaluateur", "brouillon");
    EXPECT_EQ(client.post_form(href(other, "/grille/" + std::to_string(ids[1]) + "/supprimer"), {}).status, 404);
    auto other_ids = criteria_ids(other);
    ASSERT_EQ(client.post_form(href(other, "/grille/" + std::to_string(other_ids[1]) + "/supprimer"), {}).status, 303);
    EXPECT_EQ(criteria_ids(other).size(), 1u);

    auto instructor = signed_in_actor("appels-instructeur", {Role::Instructeur});
    auto not_instructor = signed_in_actor("appels-pas-instructeur");
    auto refused = client.post_form(href(call, "/equipe"), {{"email", not_instructor.email}});
    EXPECT_EQ(refused.status, 422);
    EXPECT_TRUE(contains(refused.body, "value=\"" + not_instructor.email + "\""));
    ASSERT_EQ(client.post_form(href(call, "/equipe"), {{"email", instructor.email}}).status, 303);
    EXPECT_EQ(query_number("SELECT COUNT(*) FROM call_instructors WHERE call_id = :id", call), 1);
    EXPECT_TRUE(contains(client.get(href(call)).body, instructor.email));
    ASSERT_EQ(client.post_form(href(call, "/equipe/" + std::to_string(instructor.user_id) + "/retirer"), {}).status, 303);
    EXPECT_EQ(query_number("SELECT COUNT(*) FROM call_instructors WHERE call_id = :id", call), 0);
}

TEST(CallAdmin, EditingTheCallKeepsItsStateAndIsAudited)
{
    auto& client = administrator().client;
    const long long call = create_call_page(client, "Appel daté à modifier", "dates");
    auto page = client.get(href(call));
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "value=\"01/01/2020\""));
    auto edited = client.post_form(href(call), {{"titre", "Appel daté modifié"}, {"categorie", "territoire"},
        {"description", ""}, {"duree", "permanent"}, {"annees_label", "5"}});
    ASSERT_EQ(edited.status, 303) << edited.body.substr(0, 2000);
    EXPECT_EQ(text_of("SELECT title FROM calls WHERE id = :id", call), "Appel daté modifié");
    EXPECT_EQ(text_of("SELECT category FROM calls WHERE id = :id", call), "territoire");
    EXPECT_EQ(query_number("SELECT label_years FROM calls WHERE id = :id", call), 5);
    EXPECT_EQ(text_of("SELECT state FROM calls WHERE id = :id", call), "brouillon");
    EXPECT_GE(query_number("SELECT COUNT(*) FROM audit_log WHERE action = 'labelling.call_updated' AND actor_user_id = :id",
                  administrator().user_id),
        1);
    auto list = client.get("/admin/appels");
    EXPECT_EQ(list.status, 200);
    EXPECT_TRUE(contains(list.body, "Appel daté modifié"));
}

TEST(CallAdmin, CommuneAutocompleteScriptAndApiAreServed)
{
    HttpClient visitor(TestPlatform::instance().port());
    auto script = visitor.get("/static/js/commune-autocomplete.js");
    EXPECT_EQ(script.status, 200);
    EXPECT_TRUE(contains(script.header("content-type").value_or(""), "javascript"));
    auto suggestions = visitor.get("/api/v1/communes?q=saint-eti");
    EXPECT_EQ(suggestions.status, 200);
    EXPECT_TRUE(contains(suggestions.body, "42218")) << suggestions.body.substr(0, 500);
}

TEST(CallAdmin, BuilderRenamesMovesAndDeletesSectionsAndFields)
{
    auto& client = administrator().client;
    const long long call = call_with_form("Appel constructeur", "accelerateur", "brouillon");
    const long long form = current_form_id(call);
    auto definition = [&] { return text_of("SELECT definition_json FROM call_forms WHERE id = :id", current_form_id(call)); };
    ASSERT_EQ(client.post_form(href(call, "/formulaire/sections"), {{"titre", "Moyens"}}).status, 303);
    ASSERT_EQ(client.post_form(href(call, "/formulaire/sections/1/renommer"), {{"titre", "Moyens humains"}}).status, 303);
    add_field(client, call, "partie:1", "Équipe", "repeatable");
    add_field(client, call, "bloc:equipe", "Nom", "short_text");
    add_field(client, call, "bloc:equipe", "Fonction", "short_text");
    ASSERT_EQ(client.post_form(href(call, "/formulaire/champs/fonction/monter"), {{"bloc", "equipe"}}).status, 303);
    auto json = definition();
    EXPECT_LT(json.find("\"fonction\""), json.find("\"nom\"")) << json;
    // The first field of a section moves up into the end of the previous section.
    ASSERT_EQ(client.post_form(href(call, "/formulaire/champs/equipe/monter"), {}).status, 303);
    json = definition();
    EXPECT_LT(json.find("\"equipe\""), json.find("Moyens humains")) << json;
    ASSERT_EQ(client.post_form(href(call, "/formulaire/sections/1/monter"), {}).status, 303);
    json = definition();
    EXPECT_LT(json.find("Moyens humains"), json.find("Présentation")) << json;
    ASSERT_EQ(client.post_form(href(call, "/formulaire/champs/nom/supprimer"), {{"bloc", "equipe"}}).status, 303);
    EXPECT_FALSE(contains(definition(), "\"nom\""));
    ASSERT_EQ(client.post_form(href(call, "/formulaire/sections/0/supprimer"), {}).status, 303);
    EXPECT_FALSE(contains(definition(), "Moyens humains"));
    // A draft's version is not frozen: every change stayed in version 1.
    EXPECT_EQ(current_form_id(call), form);

    EXPECT_EQ(client.post_form(href(call, "/formulaire/sections/9/supprimer"), {}).status, 404);
    EXPECT_EQ(client.post_form(href(call, "/formulaire/champs/absent/supprimer"), {}).status, 404);
    EXPECT_EQ(client.get(href(call, "/formulaire/champs/absent/modifier")).status, 404);
    auto bad_edit = client.post_form(href(call, "/formulaire/champs/budget/modifier"),
        {{"libelle", "Budget gardé"}, {"type", "inconnu"}});
    EXPECT_EQ(bad_edit.status, 422);
    EXPECT_TRUE(contains(bad_edit.body, "value=\"Budget gardé\""));
    EXPECT_TRUE(contains(bad_edit.body, "id=\"type-erreur\""));
    EXPECT_EQ(client.post_form(href(call, "/formulaire/sections"), {{"titre", "  "}}).status, 422);
    EXPECT_GE(query_number("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'labelling.call_form_%' AND target_id = "
                           "CAST(:id AS TEXT)",
                  call),
        9);
}
