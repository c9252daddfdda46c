// Projects over HTTP: an owner presents one, the public page with its JSON-LD, strangers kept
// out of editing, essaimage lineage and family reach, qualification by instructeurs, and forms in
// error that keep what was typed.

#include "auth/auth_test_support.hpp"
#include "directory/project_store.hpp"

#include <boost/json.hpp>

using namespace essaim::test;
using namespace essaim::test::auth_support;
using essaim::auth::Role;

namespace {

std::string id_of(const std::string& path) { return path.substr(path.rfind('/') + 1); }

//! Creates an organisation owned by `owner` and, when `publish`, has an administrator publish it.
std::string organisation(Actor& owner, const std::string& name, bool publish = true)
{
    Fields fields{{"name", name}, {"ess_family", "association"}, {"commune_code", "42218"},
        {"actor_types", "porteur_de_projet"}};
    auto created = owner.client.post_form("/organisations/nouvelle", fields);
    EXPECT_EQ(created.status, 303) << created.body.substr(0, 2000);
    auto path = std::string(created.header("location").value_or(""));
    if (publish) {
        static Actor admin = signed_in_actor("moderation-projets", {Role::Administrateur});
        EXPECT_EQ(admin.client.post_form("/admin/organisations/" + id_of(path) + "/publier", {}).status, 303);
    }
    return path;
}

Fields project_fields(const std::string& title)
{
    return Fields{{"title", title}, {"summary", "Des cuisines ouvertes aux habitants.\r\n\r\nCuisiner ensemble."},
        {"social_need", "L’isolement des personnes âgées."}, {"beneficiaries", "Habitants du quartier"},
        {"stage", "experimentation"}, {"growth_mode", "croissance_organique"}, {"thematics", "alimentation_agriculture"},
        {"thematics", "vieillissement"}, {"sdgs", "2"}, {"sdgs", "10"}, {"territories", "42218, 42, R84"},
        {"beneficiaries_per_year", "1200"}, {"jobs_fte", "2,5"}, {"annual_budget_euros", "150000"},
        {"funding_sought_euros", "40000"}, {"needs_partners", "1"}, {"needs_details", ""}, {"replicates", ""},
        {"replication_started_on", ""}};
}

void set(Fields& fields, const std::string& name, const std::string& value)
{
    for (auto& field : fields) {
        if (field.first == name) {
            field.second = value;
            return;
        }
    }
    fields.emplace_back(name, value);
}

std::string create_project(Actor& owner, const std::string& organisation_path, const Fields& fields)
{
    auto response = owner.client.post_form(organisation_path + "/projets/nouveau", fields);
    EXPECT_EQ(response.status, 303) << response.body.substr(0, 4000);
    auto location = std::string(response.header("location").value_or(""));
    EXPECT_EQ(location.rfind("/projets/", 0), 0u) << location;
    return location;
}

boost::json::object json_ld_of(const std::string& page)
{
    const std::string open = "<script type=\"application/ld+json\">";
    auto start = page.find(open);
    if (start == std::string::npos)
        return {};
    start += open.size();
    auto value = boost::json::parse(page.substr(start, page.find("</script>", start) - start));
    return value.is_object() ? value.as_object() : boost::json::object{};
}

} // namespace

TEST(Projects, OwnerPresentsOneThatThePublicSeesWithJsonLd)
{
    auto& platform = TestPlatform::instance();
    auto owner = signed_in_actor("porteuse");
    auto org = organisation(owner, "Cuisines du Soleil");

    HttpClient visitor(platform.port());
    EXPECT_EQ(visitor.get(org + "/projets/nouveau").status, 303);  // to the sign-in page
    auto form = owner.client.get(org + "/projets/nouveau");
    ASSERT_EQ(form.status, 200);
    EXPECT_TRUE(contains(form.body, "<h1>Présenter un projet</h1>"));
    EXPECT_TRUE(contains(form.body, "name=\"thematics\" value=\"democratie_citoyennete\""));
    EXPECT_TRUE(contains(form.body, "ODD 17 — Partenariats pour la réalisation des objectifs"));

    auto path = create_project(owner, org, project_fields("Cuisines partagées"));
    auto page = visitor.get(path);
    ASSERT_EQ(page.status, 200) << page.body.substr(0, 2000);
    EXPECT_TRUE(contains(page.body, "<h1>Cuisines partagées</h1>"));
    EXPECT_TRUE(contains(page.body, "Cuisines du Soleil"));
    EXPECT_TRUE(contains(page.body, "<p>Cuisiner ensemble.</p>"));
    EXPECT_TRUE(contains(page.body, "Alimentation et agriculture"));
    EXPECT_TRUE(contains(page.body, "Vieillissement"));
    EXPECT_TRUE(contains(page.body, "ODD 2 — Faim « zéro »"));
    EXPECT_TRUE(contains(page.body, "ODD 10 — Inégalités réduites"));
    EXPECT_TRUE(contains(page.body, "Expérimentation"));
    EXPECT_TRUE(contains(page.body, "href=\"/territoires/departements/42\">Saint-Étienne</a> (commune, Loire)"));
    EXPECT_TRUE(contains(page.body, "href=\"/territoires/departements/42\">Loire</a> (département)"));
    EXPECT_TRUE(contains(page.body, "href=\"/territoires/regions/84\">Auvergne-Rhône-Alpes</a> (région)"));
    EXPECT_TRUE(contains(page.body, "1\u202f200"));
    EXPECT_TRUE(contains(page.body, "2,5"));
    EXPECT_TRUE(contains(page.body, "Financement recherché : 40\u202f000\u00A0€"));
    EXPECT_TRUE(contains(page.body, "Partenaires"));
    EXPECT_TRUE(contains(page.body, "Fiche complète à 100 %"));
    EXPECT_FALSE(contains(page.body, "Modifier le projet"));
    EXPECT_FALSE(contains(page.body, ">Qualifié<"));

    auto ld = json_ld_of(page.body);
    ASSERT_FALSE(ld.empty());
    EXPECT_EQ(ld["@type"].as_string(), "Project");
    EXPECT_EQ(ld["name"].as_string(), "Cuisines partagées");
    EXPECT_EQ(ld["parentOrganization"].as_object().at("name").as_string(), "Cuisines du Soleil");
    EXPECT_EQ(ld["areaServed"].as_array().size(), 3u);

    // The owner sees the edit button; the organisation may list it through project_summaries.
    auto own = owner.client.get(path);
    EXPECT_TRUE(contains(own.body, "Modifier le projet"));
    EXPECT_TRUE(contains(own.body, "Projet enregistré"));  // the flash
}

TEST(Projects, ProjectsOfAPendingOrganisationStayPrivateAndStrangersCannotEdit)
{
    auto& platform = TestPlatform::instance();
    auto owner = signed_in_actor("discrete");
    auto pending = organisation(owner, "Atelier en attente", false);
    auto hidden = create_project(owner, pending, project_fields("Projet discret"));
    HttpClient visitor(platform.port());
    EXPECT_EQ(visitor.get(hidden).status, 404);
    auto own = owner.client.get(hidden);
    EXPECT_EQ(own.status, 200);
    EXPECT_TRUE(contains(own.body, "Projet pas encore public"));

    auto org = organisation(owner, "Atelier publié");
    auto path = create_project(owner, org, project_fields("Projet ouvert"));
    auto stranger = signed_in_actor("intrus");
    EXPECT_EQ(stranger.client.get(path).status, 200);
    EXPECT_EQ(stranger.client.get(path + "/modifier").status, 403);
    auto fields = project_fields("Projet détourné");
    EXPECT_EQ(stranger.client.post_form(path + "/modifier", fields).status, 403);
    EXPECT_EQ(stranger.client.get(org + "/projets/nouveau").status, 403);
    EXPECT_EQ(stranger.client.post_form(org + "/projets/nouveau", fields).status, 403);
    EXPECT_EQ(stranger.client.get(hidden + "/modifier").status, 404);
    EXPECT_TRUE(contains(visitor.get(path).body, "Projet ouvert"));
    EXPECT_EQ(visitor.get("/projets/999999999").status, 404);

    // The owner edits: the page shows the change, an unchanged form says so.
    set(fields, "title", "Projet ouvert à tous");
    auto edited = owner.client.post_form(path + "/modifier", fields);
    EXPECT_EQ(edited.status, 303);
    EXPECT_TRUE(contains(owner.client.get(path).body, "Projet mis à jour"));
    EXPECT_EQ(owner.client.post_form(path + "/modifier", fields).status, 303);
    EXPECT_TRUE(contains(owner.client.get(path).body, "Aucune modification"));
    EXPECT_TRUE(contains(visitor.get(path).body, "<h1>Projet ouvert à tous</h1>"));
}

TEST(Projects, ReplicationsAppearOnTheOriginalWithTheFamilyReach)
{
    auto first_owner = signed_in_actor("origine");
    auto first_org = organisation(first_owner, "Réseau des Cuisines");
    auto original = create_project(first_owner, first_org, project_fields("Cuisines solidaires du Forez"));

    auto second_owner = signed_in_actor("essaimeuse");
    auto second_org = organisation(second_owner, "Cuisines de Lyon");
    auto fields = project_fields("Cuisines solidaires à Lyon");
    set(fields, "growth_mode", "essaimage");
    set(fields, "replicates", "cuisines solidaires du forez");  // by title, ignoring case
    set(fields, "replication_started_on", "2024-03-01");
    set(fields, "territories", "69123");
    set(fields, "beneficiaries_per_year", "300");
    auto replication = create_project(second_owner, second_org, fields);

    auto third = project_fields("Cuisines solidaires en Velay");
    set(third, "growth_mode", "essaimage");
    set(third, "replicates", id_of(replication));  // a replication of the replication, by number
    set(third, "territories", "43");
    set(third, "beneficiaries_per_year", "45");
    create_project(second_owner, second_org, third);

    HttpClient visitor(TestPlatform::instance().port());
    auto page = visitor.get(original);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "<h2>Essaimages</h2>"));
    EXPECT_TRUE(contains(page.body, "Cuisines solidaires à Lyon"));
    EXPECT_TRUE(contains(page.body, "Cuisines de Lyon"));
    EXPECT_TRUE(contains(page.body, "Lyon"));
    EXPECT_TRUE(contains(page.body, "1er mars 2024"));
    EXPECT_TRUE(contains(page.body, "Cuisines solidaires en Velay"));
    EXPECT_TRUE(contains(page.body, "1\u202f545 bénéficiaires par an")) << page.body.substr(page.body.find("Essaimages"), 600);

    auto copy = visitor.get(replication);
    EXPECT_TRUE(contains(copy.body, "Essaimage du projet <a class=\"fr-link\" href=\"" + original + "\">Cuisines solidaires du Forez</a>"));
    EXPECT_EQ(json_ld_of(copy.body)["isBasedOn"].as_string().subview().ends_with(original), true);

    // A project cannot replicate itself or its own replications.
    auto loop = project_fields("Cuisines solidaires du Forez");
    set(loop, "growth_mode", "essaimage");
    set(loop, "replicates", id_of(replication));
    auto refused = first_owner.client.post_form(original + "/modifier", loop);
    EXPECT_EQ(refused.status, 422);
    EXPECT_TRUE(contains(refused.body, "Un projet ne peut pas reprendre lui-même ni l’un de ses essaimages."));
}

TEST(Projects, InstructeursQualifyMembersCannot)
{
    auto owner = signed_in_actor("qualifiee");
    auto org = organisation(owner, "Ateliers à qualifier");
    auto path = create_project(owner, org, project_fields("Atelier vélo"));

    auto member = signed_in_actor("simple-membre", {Role::Membre});
    EXPECT_EQ(member.client.get(path + "/qualification").status, 403);
    Fields grid{{"social_need", "2"}, {"innovation", "2"}, {"impact_evidence", "2"}, {"scaling_potential", "2"},
        {"social_need_comment", "Besoin documenté."}, {"innovation_comment", ""}, {"impact_evidence_comment", ""},
        {"scaling_potential_comment", ""}};
    EXPECT_EQ(member.client.post_form(path + "/qualification", grid).status, 403);
    EXPECT_EQ(owner.client.post_form(path + "/qualification", grid).status, 403);

    auto instructeur = signed_in_actor("instructrice", {Role::Instructeur});
    auto form = instructeur.client.get(path + "/qualification");
    ASSERT_EQ(form.status, 200);
    EXPECT_TRUE(contains(form.body, "Potentiel de changement d’échelle"));
    EXPECT_TRUE(contains(instructeur.client.get(path).body, "Qualifier le projet"));

    auto bad = grid;
    set(bad, "innovation", "4");
    auto refused = instructeur.client.post_form(path + "/qualification", bad);
    EXPECT_EQ(refused.status, 422);
    EXPECT_TRUE(contains(refused.body, "Choisissez une note de 0 à 3."));
    EXPECT_TRUE(contains(refused.body, "Besoin documenté."));  // comment kept

    EXPECT_EQ(instructeur.client.post_form(path + "/qualification", grid).status, 303);
    HttpClient visitor(TestPlatform::instance().port());
    auto page = visitor.get(path);
    EXPECT_TRUE(contains(page.body, "<p class=\"fr-badge fr-badge--success\">Qualifié</p>"));

    // A later review with a criterion at 0 withdraws the mark.
    set(grid, "impact_evidence", "0");
    auto admin = signed_in_actor("admin-qualif", {Role::Administrateur});
    EXPECT_EQ(admin.client.post_form(path + "/qualification", grid).status, 303);
    EXPECT_FALSE(contains(visitor.get(path).body, ">Qualifié<"));
    auto latest = admin.client.get(path + "/qualification");
    EXPECT_TRUE(contains(latest.body, "6 sur 12, projet non qualifié"));
}

TEST(Projects, InvalidInputShowsFieldErrorsAndKeepsInput)
{
    auto owner = signed_in_actor("maladroite");
    auto org = organisation(owner, "Atelier des essais");
    auto fields = project_fields("");
    set(fields, "stage", "");
    set(fields, "beneficiaries_per_year", "beaucoup");
    set(fields, "jobs_fte", "2,55");
    set(fields, "territories", "42218, 99999");
    set(fields, "replicates", "12");
    set(fields, "summary", "Résumé à garder");
    auto response = owner.client.post_form(org + "/projets/nouveau", fields);
    ASSERT_EQ(response.status, 422);
    const auto& body = response.body;
    EXPECT_TRUE(contains(body, "id=\"title-erreur\">Donnez un titre au projet.</p>"));
    EXPECT_TRUE(contains(body, "id=\"stage-erreur\">Choisissez le stade de développement du projet.</p>"));
    EXPECT_TRUE(contains(body, "id=\"beneficiaries_per_year-erreur\">"));
    EXPECT_TRUE(contains(body, "value=\"beaucoup\""));
    EXPECT_TRUE(contains(body, "id=\"jobs_fte-erreur\">"));
    EXPECT_TRUE(contains(body, "value=\"2,55\""));
    EXPECT_TRUE(contains(body, "Seul un projet en essaimage peut reprendre un autre projet"));
    EXPECT_TRUE(contains(body, "Résumé à garder"));
    EXPECT_TRUE(contains(body, "value=\"vieillissement\" checked"));
    EXPECT_TRUE(contains(body, "id=\"sdgs-10\" name=\"sdgs\" value=\"10\" checked"));

    // Territories are checked against the reference tables once the syntax is right.
    auto unknown = project_fields("Projet mal placé");
    set(unknown, "territories", "42218, 99999");
    auto second = owner.client.post_form(org + "/projets/nouveau", unknown);
    ASSERT_EQ(second.status, 422);
    EXPECT_TRUE(contains(second.body, "Aucune commune n’a le code INSEE « 99999 »."));
    EXPECT_TRUE(contains(second.body, "value=\"42218, 99999\""));
    set(unknown, "territories", "Loire");
    EXPECT_TRUE(contains(owner.client.post_form(org + "/projets/nouveau", unknown).body, "« Loire » n’est ni un code de commune"));
}

TEST(Projects, EditsAreRevisionsAndAuditEntriesAndTheOrganisationListsItsProjects)
{
    auto owner = signed_in_actor("historienne");
    auto org = organisation(owner, "Ateliers de la mémoire");
    auto path = create_project(owner, org, project_fields("Mémoires de quartier"));
    auto fields = project_fields("Mémoires de quartier");
    set(fields, "stage", "consolidation");
    set(fields, "sdgs", "4");
    ASSERT_EQ(owner.client.post_form(path + "/modifier", fields).status, 303);
    auto instructeur = signed_in_actor("instructeur-journal", {Role::Instructeur});
    Fields grid{{"social_need", "3"}, {"innovation", "2"}, {"impact_evidence", "2"}, {"scaling_potential", "1"}};
    ASSERT_EQ(instructeur.client.post_form(path + "/qualification", grid).status, 303);

    auto& services = TestPlatform::instance().platform().services();
    auto lease = services.pool.acquire();
    auto project_id = std::stoll(id_of(path));
    auto revisions = essaim::directory::project_revision_changes(*lease, project_id, 10);
    ASSERT_EQ(revisions.size(), 2u);
    EXPECT_TRUE(contains(revisions[0], R"("stage":["experimentation","consolidation"])")) << revisions[0];
    EXPECT_TRUE(contains(revisions[0], R"("sdgs":[[2,10],[4,10]])")) << revisions[0];
    EXPECT_FALSE(contains(revisions[0], "\"title\""));
    EXPECT_TRUE(contains(revisions[1], R"("title":[null,"Mémoires de quartier"])"));

    auto summaries = essaim::directory::project_summaries_for_organisation(*lease, std::stoll(id_of(org)));
    ASSERT_EQ(summaries.size(), 1u);
    EXPECT_EQ(summaries[0].title, "Mémoires de quartier");
    EXPECT_EQ(summaries[0].stage, "consolidation");
    EXPECT_TRUE(summaries[0].qualified);
    EXPECT_EQ(summaries[0].completeness, 100);
    auto organisation_page = owner.client.get(org);
    EXPECT_TRUE(contains(organisation_page.body, "href=\"" + path + "\"")) << "the organisation page links its project";
    EXPECT_TRUE(contains(organisation_page.body, "Mémoires de quartier"));

    auto admin = signed_in_actor("admin-journal-projets", {Role::Administrateur});
    for (const char* action : {"directory.project_created", "directory.project_edited", "directory.project_qualified"}) {
        auto journal = admin.client.get(std::string("/admin/journal?action=") + action);
        EXPECT_TRUE(contains(journal.body, action)) << action;
        EXPECT_TRUE(contains(journal.body, id_of(path))) << action;
    }
}

TEST(Projects, TheOriginalIsFoundByNumberOrByTitleAmongPublicProjects)
{
    auto owner = signed_in_actor("potagere");
    auto org = organisation(owner, "Potagers partagés");
    auto north = create_project(owner, org, project_fields("Potagers Zephyrine Nord"));
    create_project(owner, org, project_fields("Potagers Zephyrine Sud"));
    auto secret_owner = signed_in_actor("secrete");
    auto secret_org = organisation(secret_owner, "Potagers cachés", false);
    auto secret = create_project(secret_owner, secret_org, project_fields("Potager Quetzalcoatl"));

    auto other = signed_in_actor("copieuse");
    auto other_org = organisation(other, "Potagers d’ailleurs");
    auto fields = project_fields("Potagers Zephyrine Ouest");
    set(fields, "growth_mode", "essaimage");

    set(fields, "replicates", "zephyrine");  // part of two titles
    auto ambiguous = other.client.post_form(other_org + "/projets/nouveau", fields);
    ASSERT_EQ(ambiguous.status, 422);
    EXPECT_TRUE(contains(ambiguous.body, "Plusieurs projets correspondent"));
    EXPECT_TRUE(contains(ambiguous.body, id_of(north) + " : Potagers Zephyrine Nord (Potagers partagés)"));

    set(fields, "replicates", "Quetzalcoatl");  // a project of an organisation not yet published
    EXPECT_TRUE(contains(other.client.post_form(other_org + "/projets/nouveau", fields).body, "Aucun projet publié ne s’intitule"));
    set(fields, "replicates", id_of(secret));
    EXPECT_TRUE(contains(other.client.post_form(other_org + "/projets/nouveau", fields).body,
        "Aucun projet publié ne porte le numéro " + id_of(secret)));

    set(fields, "replicates", "zephyrine nord");  // part of one title
    auto copy = create_project(other, other_org, fields);
    EXPECT_TRUE(contains(other.client.get(copy).body, "Essaimage du projet <a class=\"fr-link\" href=\"" + north + "\">"));
    // The edit form names the original by its number from now on.
    EXPECT_TRUE(contains(other.client.get(copy + "/modifier").body, "name=\"replicates\" value=\"" + id_of(north) + "\""));
}
