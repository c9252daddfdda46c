// Where the directory places its records: an organisation by its commune, a project where it acts
// (its territories of action), never where its organisation sits. /annuaire filtered by a
// department or a region counts what the territory's page counts, for every territory of the demo
// data; and no facet's count exceeds the number of records that match.

#include "app/commands.hpp"
#include "app/platform.hpp"
#include "db/session.hpp"
#include "directory/directory_page_store.hpp"
#include "directory/territory_section_store.hpp"
#include "support/http_client.hpp"
#include "support/test_platform.hpp"
#include "web/context.hpp"

#include <gtest/gtest.h>
#include <soci/soci.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

using essaim::test::HttpClient;
using essaim::test::TestPlatform;
namespace directory = essaim::directory;
namespace db = essaim::db;

namespace {

directory::DirectoryListing listing(db::Session& session, const std::string& department, const std::string& region)
{
    directory::DirectoryFilters filters;
    if (!department.empty())
        filters.departments = {department};
    if (!region.empty())
        filters.regions = {region};
    filters.today = "2026-01-01";
    return directory::list_directory(session, filters, directory::DirectorySort::Name, 20, 0);
}

//! Every value of every facet counts at most the records that match its own set, which is the
//! listing's for the facets without a filter of their own.
void expect_facets_within(const directory::DirectoryListing& listing, const std::string& where)
{
    for (const auto& [name, values] : listing.facets) {
        for (const auto& value : values) {
            if (name != "departement" && name != "region") {
                EXPECT_LE(value.count, listing.total) << where << ": " << name << "=" << value.code;
            }
            EXPECT_GT(value.count, 0) << where << ": " << name << "=" << value.code;
        }
    }
    for (const auto& value : listing.per_department)
        EXPECT_LE(value.count, listing.total) << where << ": map " << value.code;
}

std::vector<std::string> codes(db::Session& session, const std::string& sql)
{
    std::vector<std::string> found;
    std::string code;
    soci::statement statement = (session.sql().prepare << sql, soci::into(code));
    statement.execute();
    while (statement.fetch())
        found.push_back(code);
    return found;
}

long long add_published_organisation(db::Session& session, const std::string& name, const std::string& commune)
{
    long long id = 0;
    session.sql() << "INSERT INTO organisations (name, created_at, updated_at, commune_code, status, source, ess_family) "
                     "VALUES (:name, 0, 1750000000, :commune, 'publiee', 'membre', 'association') RETURNING id",
        soci::use(name), soci::use(commune), soci::into(id);
    return id;
}

long long add_project_acting_in(
    db::Session& session, long long organisation, const std::string& title, const std::vector<std::pair<std::string, std::string>>& places)
{
    long long id = 0;
    session.sql() << "INSERT INTO projects (organisation_id, title, summary, stage, growth_mode, created_at, updated_at) "
                     "VALUES (:organisation, :title, '', 'experimentation', 'essaimage', 0, 1750000000) RETURNING id",
        soci::use(organisation), soci::use(title), soci::into(id);
    for (const auto& [kind, code] : places)
        session.sql() << "INSERT INTO project_territories (project_id, kind, code) VALUES (:id, :kind, :code)",
            soci::use(id), soci::use(kind), soci::use(code);
    return id;
}

} // namespace

TEST(Places, EveryDepartmentAndRegionOfTheDemoDataCountsWhatItsPageCounts)
{
    // Its own SQLite database with the demo data, whatever the backend under test.
    auto config = TestPlatform::instance().config();
    auto folder = std::filesystem::temp_directory_path() / ("essaim-places-" + std::to_string(::getpid()));
    std::filesystem::remove_all(folder);
    config.var_dir = folder;
    config.mail_dir = folder / "mail";
    config.database_url = "sqlite:" + (folder / "demo.db").string();
    ASSERT_EQ(essaim::app::run_seed_demo(config), 0);
    auto session = db::connect(config);

    int departments_with_records = 0;
    for (const auto& department : codes(*session, "SELECT code FROM departments ORDER BY code")) {
        auto page = directory::territory_actors(*session, directory::TerritoryLevel::Department, department, 10);
        auto found = listing(*session, department, "");
        EXPECT_FALSE(found.total_capped);
        EXPECT_EQ(found.total, page.organisation_count + page.project_count) << "département " << department;
        expect_facets_within(found, "département " + department);
        departments_with_records += found.total > 0 ? 1 : 0;
    }
    // Saint-Étienne, Rennes, Lille, Lyon (where the essaimage acts), and Brittany's other
    // departments (a project acts across the region).
    EXPECT_GE(departments_with_records, 7);
    for (const auto& region : codes(*session, "SELECT code FROM regions ORDER BY code")) {
        auto page = directory::territory_actors(*session, directory::TerritoryLevel::Region, region, 10);
        auto found = listing(*session, "", region);
        EXPECT_EQ(found.total, page.organisation_count + page.project_count) << "région " << region;
        expect_facets_within(found, "région " + region);
    }

    // The essaimage of the Saint-Étienne project acts in Lyon: it is in the Rhône, not in the Loire.
    auto rhone = listing(*session, "69", "");
    ASSERT_EQ(rhone.rows.size(), 1u);
    EXPECT_EQ(rhone.rows[0].kind, "project");
    for (const auto& row : listing(*session, "42", "").rows)
        EXPECT_FALSE(row.kind == "project" && row.id == rhone.rows[0].id) << "the essaimage is not in the Loire";
    session.reset();
    std::filesystem::remove_all(folder);
}

TEST(Places, AProjectIsListedWhereItActsAndCountedOncePerPlace)
{
    auto& platform = TestPlatform::instance();
    long long organisation = 0, in_mende = 0, across_region = 0, twice = 0;
    {
        auto lease = platform.platform().services().pool.acquire();
        db::Transaction transaction(*lease);
        organisation = add_published_organisation(*lease, "Organisation Placesxq de Saint-Étienne", "42218");
        in_mende = add_project_acting_in(*lease, organisation, "Projet Placesxq lozérien", {{"commune", "48095"}});
        across_region = add_project_acting_in(*lease, organisation, "Projet Placesxq régional", {{"region", "84"}});
        // Named twice in the same department: still one record there.
        twice = add_project_acting_in(
            *lease, organisation, "Projet Placesxq doublé", {{"commune", "63113"}, {"departement", "63"}});
        transaction.commit();
    }
    auto lease = platform.platform().services().pool.acquire();
    // What each department's listing holds of these records.
    auto ids_in = [&](const std::string& department) {
        directory::DirectoryFilters filters;
        filters.text = "placesxq";
        filters.departments = {department};
        filters.today = "2026-01-01";
        auto found = directory::list_directory(*lease, filters, directory::DirectorySort::Name, 20, 0);
        std::vector<std::string> ids;
        for (const auto& row : found.rows)
            ids.push_back(row.kind + std::to_string(row.id));
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    auto project = [](long long id) { return "project" + std::to_string(id); };
    auto organisation_row = "organisation" + std::to_string(organisation);
    auto loire = ids_in("42");
    std::vector<std::string> expected_loire{organisation_row, project(across_region)};
    std::sort(expected_loire.begin(), expected_loire.end());
    EXPECT_EQ(loire, expected_loire);
    EXPECT_EQ(ids_in("48"), (std::vector<std::string>{project(in_mende)}));
    std::vector<std::string> expected_puy_de_dome{project(across_region), project(twice)};
    std::sort(expected_puy_de_dome.begin(), expected_puy_de_dome.end());
    EXPECT_EQ(ids_in("63"), expected_puy_de_dome);

    // Over HTTP: the Lozère filter lists the project acting in Mende and not its organisation; the
    // Lozère page lists it too, and the Loire page does not.
    HttpClient client(platform.port());
    auto annuaire = client.get("/annuaire?q=placesxq&departement=48");
    ASSERT_EQ(annuaire.status, 200);
    EXPECT_NE(annuaire.body.find("Projet Placesxq lozérien"), std::string::npos);
    EXPECT_EQ(annuaire.body.find("Organisation Placesxq"), std::string::npos);
    auto page = client.get("/territoires/departements/48");
    ASSERT_EQ(page.status, 200);
    EXPECT_NE(page.body.find("Projet Placesxq lozérien"), std::string::npos);
    EXPECT_EQ(client.get("/annuaire?q=placesxq&departement=42").body.find("Projet Placesxq lozérien"), std::string::npos);

    // Facets: each place counts a record once, never more than the records that match.
    directory::DirectoryFilters all;
    all.text = "placesxq";
    all.today = "2026-01-01";
    auto found = directory::list_directory(*lease, all, directory::DirectorySort::Name, 20, 0);
    EXPECT_EQ(found.total, 4);
    std::map<std::string, long long> departments;
    for (const auto& value : found.facets["departement"])
        departments[value.code] = value.count;
    EXPECT_EQ(departments["42"], 2);  // the organisation, the regional project
    EXPECT_EQ(departments["48"], 1);
    EXPECT_EQ(departments["63"], 2);  // the regional project, the project named twice
    std::map<std::string, long long> regions;
    for (const auto& value : found.facets["region"])
        regions[value.code] = value.count;
    EXPECT_EQ(regions["84"], 3);  // all but the project acting in Mende (Occitanie)
    EXPECT_EQ(regions["76"], 1);
    EXPECT_EQ(regions.size(), 2u);
    expect_facets_within(found, "placesxq");
    for (const auto& [name, values] : found.facets)
        for (const auto& value : values)
            EXPECT_LE(value.count, found.total) << name << "=" << value.code;
}
