// The directory's JSON API over HTTP on the test backend: lists with filters and cursor pages,
// single records hidden unless public, and PATCH by owners through the edit use case, with the
// wrong uses (strangers, no CSRF header, no session, not JSON, malformed JSON, invalid fields).

#include "auth/auth_test_support.hpp"
#include "db/session.hpp"
#include "directory/organisation_store.hpp"
#include "directory/project_store.hpp"

#include <boost/json.hpp>

#include <set>
#include <unistd.h>

using namespace essaim::test;
using namespace essaim::test::auth_support;
namespace directory = essaim::directory;
namespace db = essaim::db;
using directory::OrganisationStatus;

namespace {

db::Lease connection() { return TestPlatform::instance().platform().services().pool.acquire(); }

//! A word of letters no other record of this process's database holds.
std::string unique_word()
{
    static int counter = 0;
    long long value = static_cast<long long>(::getpid()) * 1000 + ++counter;
    std::string word = "zapi";
    for (; value > 0; value /= 26)
        word += static_cast<char>('a' + value % 26);
    return word;
}

directory::OrganisationProfile valid_profile(const std::string& name)
{
    directory::OrganisationProfile profile;
    profile.name = name;
    profile.ess_family = "association";
    profile.legal_form_code = "9220";
    profile.naf_code = "88.99B";
    profile.headcount_band = "03";
    profile.creation_date = "2015-07-14";
    profile.address_line = "12 rue de la République";
    profile.postal_code = "42000";
    profile.commune_code = "42218";
    profile.website = "https://ruche.exemple.fr";
    profile.description = "Nous accompagnons les porteurs de projets.";
    profile.actor_types = {"incubateur", "porteur_de_projet"};
    return profile;
}

long long add_organisation(directory::OrganisationProfile profile, OrganisationStatus status, long long owner = 0)
{
    auto lease = connection();
    db::Transaction transaction(*lease);
    directory::Organisation organisation;
    organisation.profile = std::move(profile);
    organisation.status = status;
    organisation.created_at = organisation.updated_at = 1'750'000'000;
    auto id = directory::insert_organisation(*lease, organisation);
    EXPECT_TRUE(id.has_value());
    if (id && owner != 0)
        directory::add_owner(*lease, *id, owner);
    transaction.commit();
    return id.value_or(0);
}

long long add_project(long long organisation_id, const std::string& title, std::vector<std::string> thematics,
    std::vector<directory::TerritoryRef> territories, OrganisationStatus status = OrganisationStatus::Publiee)
{
    auto lease = connection();
    db::Transaction transaction(*lease);
    directory::Project project;
    project.organisation_id = organisation_id;
    project.profile.title = title;
    project.profile.summary = "Un projet d’essaimage.";
    project.profile.stage = "experimentation";
    project.profile.growth_mode = "essaimage";
    project.profile.thematics = std::move(thematics);
    project.profile.sdgs = {3, 10};
    project.profile.territories = std::move(territories);
    project.status = status;
    project.created_at = project.updated_at = 1'750'000'000;
    auto id = directory::insert_project(*lease, project);
    transaction.commit();
    return id;
}

boost::json::object json_of(const HttpResponse& response)
{
    boost::system::error_code error;
    auto value = boost::json::parse(response.body, error);
    EXPECT_FALSE(error) << response.body;
    return !error && value.is_object() ? value.as_object() : boost::json::object{};
}

//! Every id of a list, following next_cursor page by page; fails on a duplicate.
std::vector<long long> all_ids(HttpClient& client, const std::string& path_and_query, int limit, int& pages)
{
    std::vector<long long> ids;
    std::set<long long> seen;
    std::string cursor;
    pages = 0;
    while (pages < 50) {
        auto target = path_and_query + "&limit=" + std::to_string(limit) + (cursor.empty() ? "" : "&cursor=" + cursor);
        auto response = client.get(target);
        EXPECT_EQ(response.status, 200) << target << " " << response.body;
        if (response.status != 200)
            break;
        EXPECT_EQ(response.header("content-type").value_or("").rfind("application/json", 0), 0u);
        auto body = json_of(response);
        ++pages;
        const auto& data = body.at("data").as_array();
        EXPECT_LE(static_cast<int>(data.size()), limit);
        for (const auto& item : data) {
            auto id = item.at("id").as_int64();
            EXPECT_TRUE(seen.insert(id).second) << "duplicate " << id;
            ids.push_back(id);
        }
        if (body.at("next_cursor").is_null())
            break;
        cursor = std::string(body.at("next_cursor").as_string());
    }
    return ids;
}

HttpResponse patch(HttpClient& client, const std::string& target, const std::string& body, bool with_csrf = true,
    const std::string& type = "application/json")
{
    Fields headers{{"Content-Type", type}};
    if (with_csrf)
        headers.emplace_back("X-CSRF-Token", client.csrf_token());
    return client.request("PATCH", target, body, headers);
}

bool is_problem(const HttpResponse& response, int status)
{
    EXPECT_EQ(response.status, status) << response.body;
    EXPECT_EQ(response.header("content-type").value_or(""), "application/problem+json") << response.body;
    return response.status == status;
}

std::size_t revision_count(long long organisation_id)
{
    auto lease = connection();
    return directory::list_revisions(*lease, organisation_id, 100).size();
}

} // namespace

TEST(DirectoryApi, OrganisationListPagesThroughEveryPublishedMatchOnce)
{
    auto word = unique_word();
    std::set<long long> published;
    for (int i = 0; i < 5; ++i) {
        auto profile = valid_profile("Ruche " + word + " " + std::to_string(i));
        if (i % 2 == 1)
            profile.ess_family = "cooperative";
        published.insert(add_organisation(profile, OrganisationStatus::Publiee));
    }
    auto pending = add_organisation(valid_profile("Ruche " + word + " en attente"), OrganisationStatus::EnAttente);

    HttpClient client(TestPlatform::instance().port());
    int pages = 0;
    auto ids = all_ids(client, "/api/v1/organisations?q=" + word, 2, pages);
    EXPECT_EQ(std::set<long long>(ids.begin(), ids.end()), published);
    EXPECT_EQ(pages, 3);
    EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
    EXPECT_EQ(std::count(ids.begin(), ids.end(), pending), 0);

    auto cooperatives = all_ids(client, "/api/v1/organisations?q=" + word + "&ess_family=cooperative", 20, pages);
    EXPECT_EQ(cooperatives.size(), 2u);
    EXPECT_EQ(pages, 1);
    EXPECT_EQ(all_ids(client, "/api/v1/organisations?q=" + word + "&departement=42&actor_type=incubateur", 1, pages).size(), 5u);
    EXPECT_EQ(pages, 5);
    EXPECT_EQ(all_ids(client, "/api/v1/organisations?q=" + word + "&region=84&commune=42218", 10, pages).size(), 5u);
    EXPECT_TRUE(all_ids(client, "/api/v1/organisations?q=" + word + "&departement=75", 10, pages).empty());
    EXPECT_TRUE(all_ids(client, "/api/v1/organisations?q=" + word + "&actor_type=financeur_prive", 10, pages).empty());

    // Without q, the published ones are there and the pending one is not.
    auto everything = all_ids(client, "/api/v1/organisations?departement=42", 100, pages);
    for (auto id : published)
        EXPECT_EQ(std::count(everything.begin(), everything.end(), id), 1);
    EXPECT_EQ(std::count(everything.begin(), everything.end(), pending), 0);
}

TEST(DirectoryApi, OrganisationItemHasSchemaFieldsAndHidesUnpublished)
{
    auto word = unique_word();
    auto profile = valid_profile("Coopérative " + word);
    profile.siren = "356000000";
    auto id = add_organisation(profile, OrganisationStatus::Publiee);
    auto pending = add_organisation(valid_profile("Attente " + word), OrganisationStatus::EnAttente);
    auto refused = add_organisation(valid_profile("Refus " + word), OrganisationStatus::Refusee);

    HttpClient client(TestPlatform::instance().port());
    auto response = client.get("/api/v1/organisations/" + std::to_string(id));
    ASSERT_EQ(response.status, 200) << response.body;
    auto body = json_of(response);
    EXPECT_EQ(body.at("id").as_int64(), id);
    EXPECT_EQ(body.at("name").as_string(), "Coopérative " + word);
    EXPECT_EQ(body.at("siren").as_string(), "356000000");
    EXPECT_TRUE(body.at("siret").is_null());
    EXPECT_TRUE(body.at("acronym").is_null());
    EXPECT_EQ(body.at("ess_family").as_string(), "association");
    EXPECT_EQ(body.at("actor_types").as_array().size(), 2u);
    EXPECT_EQ(body.at("commune").at("code").as_string(), "42218");
    EXPECT_EQ(body.at("commune").at("name").as_string(), "Saint-Étienne");
    EXPECT_EQ(body.at("updated_at").as_string(), "2025-06-15T15:06:40Z");

    for (auto hidden : {pending, refused, 999'999'999LL})
        is_problem(client.get("/api/v1/organisations/" + std::to_string(hidden)), 404);
    is_problem(client.get("/api/v1/organisations/abc"), 404);
    // Even its owner does not get it from the public API.
    auto owner = signed_in_actor("api-proprio-attente");
    auto owned = add_organisation(valid_profile("Possédée " + word), OrganisationStatus::EnAttente, owner.user_id);
    is_problem(owner.client.get("/api/v1/organisations/" + std::to_string(owned)), 404);
}

TEST(DirectoryApi, MalformedParametersAre400ProblemsInFrench)
{
    HttpClient client(TestPlatform::instance().port());
    for (std::string target : {"/api/v1/organisations?limit=0", "/api/v1/organisations?limit=101",
             "/api/v1/organisations?limit=dix", "/api/v1/organisations?cursor=%21%21",
             "/api/v1/organisations?actor_type=pirate", "/api/v1/organisations?ess_family=secte",
             "/api/v1/organisations?departement=999", "/api/v1/organisations?commune=00000",
             "/api/v1/projects?thematique=inconnue", "/api/v1/projects?odd=18", "/api/v1/projects?qualifie=peut-etre",
             "/api/v1/projects?region=99", "/api/v1/projects?cursor=MA"}) {
        auto response = client.get(target);
        if (is_problem(response, 400)) {
            auto body = json_of(response);
            EXPECT_FALSE(std::string(body.at("detail").as_string()).empty()) << target;
            EXPECT_NE(std::string(body.at("detail").as_string()).find("paramètre"), std::string::npos) << target;
        }
    }
}

TEST(DirectoryApi, ProjectListFiltersPagesAndHidesUnpublished)
{
    auto word = unique_word();
    auto organisation = add_organisation(valid_profile("Porteur " + word), OrganisationStatus::Publiee);
    auto hidden_organisation = add_organisation(valid_profile("Caché " + word), OrganisationStatus::EnAttente);
    using directory::TerritoryKind;
    std::set<long long> visible;
    visible.insert(add_project(organisation, "Projet " + word + " un", {"sante"}, {{TerritoryKind::Commune, "42218"}}));
    visible.insert(add_project(organisation, "Projet " + word + " deux", {"sante", "logement"}, {{TerritoryKind::Departement, "42"}}));
    visible.insert(add_project(organisation, "Projet " + word + " trois", {"energie"}, {{TerritoryKind::Region, "84"}}));
    auto unpublished = add_project(organisation, "Projet " + word + " brouillon", {"sante"}, {}, OrganisationStatus::EnAttente);
    auto orphan = add_project(hidden_organisation, "Projet " + word + " caché", {"sante"}, {});

    HttpClient client(TestPlatform::instance().port());
    int pages = 0;
    auto ids = all_ids(client, "/api/v1/projects?q=" + word, 1, pages);
    EXPECT_EQ(std::set<long long>(ids.begin(), ids.end()), visible);
    EXPECT_EQ(pages, 3);
    EXPECT_EQ(all_ids(client, "/api/v1/projects?q=" + word + "&thematique=sante", 10, pages).size(), 2u);
    // The project acting across the region acts in the Loire too, as the Loire page counts it.
    EXPECT_EQ(all_ids(client, "/api/v1/projects?q=" + word + "&departement=42", 10, pages).size(), 3u);
    EXPECT_EQ(all_ids(client, "/api/v1/projects?q=" + word + "&departement=69", 10, pages).size(), 1u);
    EXPECT_EQ(all_ids(client, "/api/v1/projects?q=" + word + "&region=84", 10, pages).size(), 3u);
    EXPECT_EQ(all_ids(client, "/api/v1/projects?q=" + word + "&odd=3&etape=experimentation&qualifie=false", 10, pages).size(), 3u);
    EXPECT_TRUE(all_ids(client, "/api/v1/projects?q=" + word + "&qualifie=true", 10, pages).empty());
    EXPECT_TRUE(all_ids(client, "/api/v1/projects?q=" + word + "&odd=17", 10, pages).empty());

    auto first = *visible.begin();
    auto response = client.get("/api/v1/projects/" + std::to_string(first));
    ASSERT_EQ(response.status, 200) << response.body;
    auto body = json_of(response);
    EXPECT_EQ(body.at("organisation_id").as_int64(), organisation);
    EXPECT_EQ(body.at("stage").as_string(), "experimentation");
    EXPECT_EQ(body.at("sdgs").as_array().size(), 2u);
    EXPECT_EQ(body.at("territories").as_array().at(0).at("kind").as_string(), "commune");
    EXPECT_FALSE(body.at("qualified").as_bool());
    EXPECT_TRUE(body.at("replicates_project_id").is_null());
    is_problem(client.get("/api/v1/projects/" + std::to_string(unpublished)), 404);
    is_problem(client.get("/api/v1/projects/" + std::to_string(orphan)), 404);
}

TEST(DirectoryApi, OwnerPatchesThroughTheEditUseCase)
{
    auto owner = signed_in_actor("api-proprio");
    auto word = unique_word();
    auto id = add_organisation(valid_profile("Atelier " + word), OrganisationStatus::Publiee, owner.user_id);
    auto target = "/api/v1/organisations/" + std::to_string(id);
    auto before = revision_count(id);

    auto response = patch(owner.client, target,
        R"({"description": "Nouvelle présentation.", "acronym": "ATL", "actor_types": ["ruche", "incubateur"]})");
    ASSERT_EQ(response.status, 200) << response.body;
    auto body = json_of(response);
    EXPECT_EQ(body.at("description").as_string(), "Nouvelle présentation.");
    EXPECT_EQ(body.at("acronym").as_string(), "ATL");
    EXPECT_EQ(body.at("actor_types").as_array().size(), 2u);
    EXPECT_EQ(body.at("name").as_string(), "Atelier " + word);  // absent fields are kept
    EXPECT_EQ(revision_count(id), before + 1);
    auto lease = connection();
    auto stored = directory::find_organisation(*lease, id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->profile.description, "Nouvelle présentation.");
    EXPECT_EQ(stored->profile.actor_types, (std::vector<std::string>{"incubateur", "ruche"}));
    auto public_view = json_of(HttpClient(TestPlatform::instance().port()).get(target));
    EXPECT_EQ(public_view.at("acronym").as_string(), "ATL");
}

TEST(DirectoryApi, PatchWrongUsesAreRefused)
{
    auto owner = signed_in_actor("api-proprio-refus");
    auto word = unique_word();
    auto id = add_organisation(valid_profile("Fabrique " + word), OrganisationStatus::Publiee, owner.user_id);
    auto target = "/api/v1/organisations/" + std::to_string(id);
    auto before = revision_count(id);

    auto stranger = signed_in_actor("api-etranger");
    is_problem(patch(stranger.client, target, R"({"name": "Détournée"})"), 403);
    HttpClient visitor(TestPlatform::instance().port());
    is_problem(patch(visitor, target, R"({"name": "Anonyme"})"), 401);
    is_problem(patch(owner.client, target, R"({"name": "Sans jeton"})", false), 403);
    is_problem(patch(owner.client, target, "name=Formulaire", true, "application/x-www-form-urlencoded"), 415);
    is_problem(patch(owner.client, target, R"({"name": "Tronqué")"), 400);
    is_problem(patch(owner.client, target, R"(["name"])"), 400);
    is_problem(patch(owner.client, "/api/v1/organisations/999999999", R"({"name": "Nulle part"})"), 404);

    auto invalid = patch(owner.client, target, R"({"name": "", "website": "pas une adresse", "siren": "123"})");
    if (is_problem(invalid, 422)) {
        auto errors = json_of(invalid).at("errors").as_object();
        EXPECT_TRUE(errors.contains("name"));
        EXPECT_TRUE(errors.contains("website"));
        EXPECT_TRUE(errors.contains("siren"));
        EXPECT_FALSE(errors.contains("description"));
    }
    auto wrong_types = patch(owner.client, target, R"({"name": 12, "actor_types": "ruche", "couleur": "bleu"})");
    if (is_problem(wrong_types, 422)) {
        auto errors = json_of(wrong_types).at("errors").as_object();
        EXPECT_TRUE(errors.contains("name"));
        EXPECT_TRUE(errors.contains("actor_types"));
        EXPECT_TRUE(errors.contains("couleur"));
    }
    EXPECT_EQ(revision_count(id), before);
    auto lease = connection();
    EXPECT_EQ(directory::find_organisation(*lease, id)->profile.name, "Fabrique " + word);
}

TEST(DirectoryApi, BroadWordReadsBoundedMatchesAndTheCursorWalksPastTheBound)
{
    // More matches than one request reads (1,000): the filtered page stops at the bound with a
    // cursor, and the next page resumes after it, so no match is lost or seen twice.
    auto word = unique_word();
    std::set<long long> cooperatives;
    std::set<long long> all;
    // A project matching before the organisations and one after: the bound counts matches of both
    // kinds, and the project list must still find both.
    auto carrier = add_organisation(valid_profile("Porteuse sans le mot"), OrganisationStatus::Publiee);
    auto first_project = add_project(carrier, "Projet " + word + " premier", {"sante"}, {});
    {
        auto lease = connection();
        db::Transaction transaction(*lease);
        for (int i = 0; i < 1003; ++i) {
            directory::Organisation organisation;
            organisation.profile = valid_profile("Ruche " + word + " " + std::to_string(i));
            // No commune: a thousand near-identical names in one commune would be a thousand
            // squared possible duplicates for the duplicate tests sharing this database.
            organisation.profile.commune_code.clear();
            if (i == 0 || i >= 1001)
                organisation.profile.ess_family = "cooperative";
            organisation.status = OrganisationStatus::Publiee;
            organisation.created_at = organisation.updated_at = 1'750'000'000;
            auto id = directory::insert_organisation(*lease, organisation);
            ASSERT_TRUE(id.has_value());
            all.insert(*id);
            if (i == 0 || i >= 1001)
                cooperatives.insert(*id);
        }
        transaction.commit();
    }

    auto last_project = add_project(carrier, "Projet " + word + " dernier", {"sante"}, {});

    HttpClient client(TestPlatform::instance().port());
    auto first = client.get("/api/v1/organisations?q=" + word + "&ess_family=cooperative&limit=20");
    ASSERT_EQ(first.status, 200) << first.body;
    auto body = json_of(first);
    ASSERT_EQ(body.at("data").as_array().size(), 1u);  // only the first 1,000 matches were read
    EXPECT_EQ(body.at("data").as_array()[0].at("id").as_int64(), *cooperatives.begin());
    ASSERT_TRUE(body.at("next_cursor").is_string());

    int pages = 0;
    auto ids = all_ids(client, "/api/v1/organisations?q=" + word + "&ess_family=cooperative", 20, pages);
    EXPECT_EQ(std::set<long long>(ids.begin(), ids.end()), cooperatives);
    EXPECT_EQ(pages, 2);
    ids = all_ids(client, "/api/v1/organisations?q=" + word, 100, pages);
    EXPECT_EQ(std::set<long long>(ids.begin(), ids.end()), all);
    EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
    EXPECT_EQ(pages, 11);
    auto projects = all_ids(client, "/api/v1/projects?q=" + word, 20, pages);
    EXPECT_EQ(projects, (std::vector<long long>{first_project, last_project}));
}
