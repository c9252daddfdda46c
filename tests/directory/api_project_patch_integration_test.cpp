// PATCH /api/v1/projects/{id} over HTTP: owners and editors of the carrying organisation change a
// project through the form's use case (revision and audit entry), with the answers of the
// organisations' PATCH for wrong uses (401, 403, 404, 415, 400, 422 naming the field).

#include "auth/auth_test_support.hpp"
#include "db/session.hpp"

#include <boost/json.hpp>
#include <map>
#include <soci/soci.h>

using namespace essaim::test;
using namespace essaim::test::auth_support;
using essaim::auth::Role;

namespace {

std::string last_part(const std::string& path) { return path.substr(path.rfind('/') + 1); }

long long scalar(const std::string& sql_text)
{
    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    long long value = 0;
    lease->sql() << sql_text, soci::into(value);
    return value;
}

struct Carried {
    std::string organisation_id;
    std::string project_id;
};

//! A published organisation owned by `owner`, carrying one project.
Carried carried_project(Actor& owner, const std::string& name)
{
    static Actor admin = signed_in_actor("api-projets-admin", {Role::Administrateur});
    auto created = owner.client.post_form("/organisations/nouvelle",
        {{"name", name}, {"ess_family", "association"}, {"commune_code", "42218"}, {"actor_types", "porteur_de_projet"}});
    EXPECT_EQ(created.status, 303) << created.body.substr(0, 2000);
    auto organisation = std::string(created.header("location").value_or(""));
    EXPECT_EQ(admin.client.post_form("/admin/organisations/" + last_part(organisation) + "/publier", {}).status, 303);
    auto project = owner.client.post_form(organisation + "/projets/nouveau",
        {{"title", "Jardin " + name}, {"summary", "Des potagers partagés."}, {"stage", "ideation"},
            {"growth_mode", "croissance_organique"}, {"thematics", "alimentation_agriculture"}, {"sdgs", "2"},
            {"territories", "42218"}, {"beneficiaries_per_year", "80"}});
    EXPECT_EQ(project.status, 303) << project.body.substr(0, 3000);
    return {last_part(organisation), last_part(std::string(project.header("location").value_or("")))};
}

HttpResponse patch_json(HttpClient& client, const std::string& target, const std::string& body, bool with_csrf = true,
    const std::string& type = "application/json")
{
    Fields headers{{"Content-Type", type}};
    if (with_csrf)
        headers.emplace_back("X-CSRF-Token", client.csrf_token());
    return client.request("PATCH", target, body, headers);
}

bool answers_problem(const HttpResponse& response, int status)
{
    EXPECT_EQ(response.status, status) << response.body;
    EXPECT_EQ(response.header("content-type").value_or(""), "application/problem+json") << response.body;
    return response.status == status;
}

boost::json::object object_of(const HttpResponse& response)
{
    boost::system::error_code error;
    auto value = boost::json::parse(response.body, error);
    EXPECT_FALSE(error) << response.body;
    return !error && value.is_object() ? value.as_object() : boost::json::object{};
}

long long project_revisions(const std::string& id)
{
    return scalar("SELECT COUNT(*) FROM project_revisions WHERE project_id = " + id);
}

} // namespace

TEST(ProjectApiPatch, OwnerAndEditorChangeAProjectThroughTheUseCase)
{
    auto owner = signed_in_actor("api-projet-proprio");
    auto carried = carried_project(owner, "Les Potagers du Pilat");
    auto target = "/api/v1/projects/" + carried.project_id;
    auto revisions = project_revisions(carried.project_id);

    auto response = patch_json(owner.client, target,
        R"({"summary": "Des potagers partagés et une grainothèque.", "stage": "consolidation", "sdgs": [15, 2, 2],
            "thematics": ["environnement_transition", "alimentation_agriculture"],
            "territories": [{"kind": "departement", "code": "42"}, {"kind": "region", "code": "84"}],
            "national_scope": false, "jobs_fte_tenths": 25, "needs_partners": true})");
    ASSERT_EQ(response.status, 200) << response.body;
    auto body = object_of(response);
    EXPECT_EQ(body.at("summary").as_string(), "Des potagers partagés et une grainothèque.");
    EXPECT_EQ(body.at("stage").as_string(), "consolidation");
    EXPECT_EQ(boost::json::serialize(body.at("sdgs")), "[2,15]");
    EXPECT_EQ(boost::json::serialize(body.at("thematics")), R"(["alimentation_agriculture","environnement_transition"])");
    EXPECT_EQ(body.at("territories").as_array().size(), 2u);
    EXPECT_EQ(body.at("title").as_string(), "Jardin Les Potagers du Pilat");  // absent members are kept
    EXPECT_EQ(project_revisions(carried.project_id), revisions + 1);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'directory.project_edited' AND target_id = '"
                  + carried.project_id + "'"),
        1);
    HttpClient visitor(TestPlatform::instance().port());
    auto page = visitor.get("/projets/" + carried.project_id);
    EXPECT_TRUE(contains(page.body, "2,5"));
    EXPECT_TRUE(contains(page.body, "Partenaires"));

    // The same body again changes nothing and writes no revision.
    EXPECT_EQ(patch_json(owner.client, target, R"({"stage": "consolidation"})").status, 200);
    EXPECT_EQ(project_revisions(carried.project_id), revisions + 1);

    // An editor (not owner) of the organisation may patch too.
    auto editor = signed_in_actor("api-projet-contributrice");
    TestPlatform::instance().platform().services().pool.acquire()->execute(
        "INSERT INTO organisation_memberships (organisation_id, user_id, role) VALUES (" + carried.organisation_id + ", "
        + std::to_string(editor.user_id) + ", 'editor')");
    auto edited = patch_json(editor.client, target, R"({"title": "Potagers partagés du Pilat", "beneficiaries_per_year": null})");
    ASSERT_EQ(edited.status, 200) << edited.body;
    EXPECT_EQ(object_of(edited).at("title").as_string(), "Potagers partagés du Pilat");
    EXPECT_EQ(project_revisions(carried.project_id), revisions + 2);
}

TEST(ProjectApiPatch, WrongUsesAreRefusedAsProblems)
{
    auto owner = signed_in_actor("api-projet-refus");
    auto carried = carried_project(owner, "La Grange Solidaire");
    auto target = "/api/v1/projects/" + carried.project_id;
    auto revisions = project_revisions(carried.project_id);

    auto stranger = signed_in_actor("api-projet-etranger");
    answers_problem(patch_json(stranger.client, target, R"({"title": "Détourné"})"), 403);
    HttpClient visitor(TestPlatform::instance().port());
    answers_problem(patch_json(visitor, target, R"({"title": "Anonyme"})"), 401);
    answers_problem(patch_json(owner.client, target, R"({"title": "Sans jeton"})", false), 403);
    answers_problem(patch_json(owner.client, target, "title=Formulaire", true, "application/x-www-form-urlencoded"), 415);
    answers_problem(patch_json(owner.client, target, R"({"title": "Tronqué")"), 400);
    answers_problem(patch_json(owner.client, target, R"([1, 2])"), 400);
    answers_problem(patch_json(owner.client, "/api/v1/projects/999999999", R"({"title": "Nulle part"})"), 404);

    // Validation by the use case names the fields, with the API's names.
    auto invalid = patch_json(owner.client, target,
        R"({"title": "", "stage": "lancement", "jobs_fte_tenths": 123456789, "territories": [{"kind": "commune", "code": "99999"}]})");
    if (answers_problem(invalid, 422)) {
        auto errors = object_of(invalid).at("errors").as_object();
        EXPECT_TRUE(errors.contains("title"));
        EXPECT_TRUE(errors.contains("stage"));
        EXPECT_TRUE(errors.contains("jobs_fte_tenths"));
        EXPECT_TRUE(errors.contains("territories"));
        EXPECT_FALSE(errors.contains("summary"));
    }
    // Wrong shapes are named before the use case runs.
    auto shapes = patch_json(owner.client, target,
        R"({"title": 3, "sdgs": [18], "needs_support": "oui", "territories": "42", "replicates_project_id": -1, "couleur": "vert"})");
    if (answers_problem(shapes, 422)) {
        auto errors = object_of(shapes).at("errors").as_object();
        for (const char* field : {"title", "sdgs", "needs_support", "territories", "replicates_project_id", "couleur"})
            EXPECT_TRUE(errors.contains(field)) << field;
    }
    auto unknown_original = patch_json(owner.client, target, R"({"growth_mode": "essaimage", "replicates_project_id": 999999999})");
    if (answers_problem(unknown_original, 422)) {
        EXPECT_TRUE(object_of(unknown_original).at("errors").as_object().contains("replicates_project_id"));
    }
    EXPECT_EQ(project_revisions(carried.project_id), revisions);

    // A hidden project is not found by strangers; its owner may still correct it.
    static Actor admin = signed_in_actor("api-projet-moderatrice", {Role::Administrateur});
    ASSERT_EQ(admin.client.post_form("/admin/projets/" + carried.project_id + "/masquer", {{"hidden_reason", "À revoir."}}).status, 303);
    answers_problem(patch_json(stranger.client, target, R"({"title": "Détourné"})"), 404);
    EXPECT_EQ(patch_json(owner.client, target, R"({"summary": "Corrigé."})").status, 200);
    answers_problem(visitor.get(target), 404);
}

// The lists load a page's records and sub-lists in batches: each item must be exactly what the
// single-record endpoint answers (actor types, commune, thematics, SDGs, territories included).
TEST(ProjectApiPatch, ListItemsAreTheSingleRecordsLoadedInBatches)
{
    auto owner = signed_in_actor("api-lots");
    std::vector<Carried> records;
    for (const char* name : {"Lot Alpha Zéphyr", "Lot Bêta Zéphyr", "Lot Gamma Zéphyr"})
        records.push_back(carried_project(owner, name));
    // Different sub-lists per record, so a mix-up between records would show.
    EXPECT_EQ(patch_json(owner.client, "/api/v1/projects/" + records[1].project_id,
                  R"({"sdgs": [1, 17], "thematics": ["sante"], "territories": [{"kind": "region", "code": "84"}], "national_scope": true})")
                  .status,
        200);
    EXPECT_EQ(patch_json(owner.client, "/api/v1/organisations/" + records[2].organisation_id,
                  R"({"actor_types": ["ruche", "reseau"], "commune_code": "69123", "postal_code": "69001"})")
                  .status,
        200);

    HttpClient visitor(TestPlatform::instance().port());
    auto check = [&](const std::string& list_path, const std::string& single_path, const std::vector<std::string>& ids) {
        auto list = visitor.get(list_path);
        ASSERT_EQ(list.status, 200) << list.body;
        std::map<std::string, std::string> items;
        auto body = object_of(list);
        for (const auto& item : body.at("data").as_array())
            items[std::to_string(item.at("id").as_int64())] = boost::json::serialize(item);
        for (const auto& id : ids) {
            auto single = visitor.get(single_path + id);
            ASSERT_EQ(single.status, 200);
            ASSERT_TRUE(items.count(id)) << id << " missing from " << list.body;
            EXPECT_EQ(items[id], boost::json::serialize(boost::json::parse(single.body)));
        }
    };
    std::vector<std::string> organisation_ids, project_ids;
    for (const auto& record : records) {
        organisation_ids.push_back(record.organisation_id);
        project_ids.push_back(record.project_id);
    }
    check("/api/v1/organisations?q=zephyr&limit=100", "/api/v1/organisations/", organisation_ids);
    check("/api/v1/projects?q=zephyr&limit=100", "/api/v1/projects/", project_ids);
}
