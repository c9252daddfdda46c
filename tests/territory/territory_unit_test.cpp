// Territory logic without a database: reading the reference package, the autocompletion query,
// pagination.

#include "territory/commune_search.hpp"
#include "territory/pagination.hpp"
#include "territory/reference_data.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace essaim::territory;

namespace {

const char* const regions_json = R"([
  {"code": "84", "nom": "Auvergne-Rhône-Alpes", "zone": "metro"},
  {"code": "01", "nom": "Guadeloupe", "zone": "drom"}
])";

const char* const departments_json = R"([
  {"code": "42", "region": "84", "nom": "Loire", "zone": "metro"},
  {"code": "971", "region": "01", "nom": "Guadeloupe", "zone": "drom"},
  {"code": "99", "region": "nowhere", "nom": "Orphelin", "zone": "metro"}
])";

const char* const communes_json = R"([
  {"code": "42218", "nom": "Saint-Étienne", "departement": "42", "region": "84", "type": "commune-actuelle",
   "codesPostaux": ["42000", "42100", "42230"], "population": 173136},
  {"code": "42095", "nom": "Firminy", "departement": "42", "region": "84", "type": "commune-actuelle",
   "codesPostaux": ["42700"], "population": 16904, "anciensCodes": ["42190", "42096"]},
  {"code": "42201", "nom": "Firminy 1er Arrondissement", "departement": "42", "region": "84",
   "type": "arrondissement-municipal", "commune": "42095", "population": 900},
  {"code": "42190", "nom": "Saint-Victor-sur-Loire", "departement": "42", "region": "84", "type": "commune-associee",
   "chefLieu": "42218", "population": 2000},
  {"code": "42218", "nom": "Saint-Étienne", "departement": "42", "region": "84", "type": "commune-deleguee",
   "chefLieu": "42218"},
  {"code": "42900", "nom": "Arrondissement sans commune", "departement": "42", "region": "84",
   "type": "arrondissement-municipal", "commune": "42999"},
  {"code": "97105", "nom": "Basse-Terre", "departement": "971", "region": "01", "type": "commune-actuelle",
   "codesPostaux": ["97100"], "population": 9933},
  {"code": "55039", "nom": "Sans habitants", "departement": "42", "region": "84", "type": "commune-actuelle"},
  {"code": "99999", "nom": "Perdue", "departement": "99", "region": "84", "type": "commune-actuelle", "population": 5}
])";

} // namespace

TEST(ReferenceData, KeepsCurrentCommunesAndSumsPopulations)
{
    auto data = parse_reference_data("6.0.0", regions_json, departments_json, communes_json);
    ASSERT_TRUE(data.ok()) << data.error().message;
    EXPECT_EQ(data->version, "6.0.0");
    ASSERT_EQ(data->regions.size(), 2u);
    ASSERT_EQ(data->departments.size(), 2u); // the department of an unknown region is left out
    ASSERT_EQ(data->communes.size(), 4u); // not the associated commune, not the one of the unknown department
    EXPECT_EQ(data->skipped, 3u);  // and the arrondissement of an unknown commune

    const auto& saint_etienne = data->communes[0];
    EXPECT_EQ(saint_etienne.name_key, "saint etienne");
    EXPECT_EQ(saint_etienne.postal_codes, (std::vector<std::string>{"42000", "42100", "42230"}));
    EXPECT_EQ(saint_etienne.population, 173136);
    EXPECT_EQ(data->communes[3].population, 0); // no population given
    EXPECT_TRUE(data->communes[3].postal_codes.empty());

    EXPECT_EQ(data->departments[0].population, 173136 + 16904);
    EXPECT_EQ(data->regions[0].population, 173136 + 16904);
    EXPECT_EQ(data->regions[1].population, 9933);
    EXPECT_EQ(data->regions[1].zone, "drom");
}

TEST(ReferenceData, ListsThePartsOfCommunesWithTheCommuneTheyLieIn)
{
    auto data = parse_reference_data("6.0.0", regions_json, departments_json, communes_json);
    ASSERT_TRUE(data.ok()) << data.error().message;
    // The associated commune is a part of Saint-Étienne by its chef-lieu, and a former code of
    // Firminy: two communes, two records. The commune déléguée that kept Saint-Étienne's code is
    // Saint-Étienne itself; the arrondissement of an unknown commune is left out.
    EXPECT_EQ(data->commune_parts,
        (std::vector<CommunePartRecord>{
            {"42201", "42095", CommunePartKind::ArrondissementMunicipal, "Firminy 1er Arrondissement"},
            {"42190", "42218", CommunePartKind::CommuneAssociee, "Saint-Victor-sur-Loire"},
            {"42190", "42095", CommunePartKind::AncienCode, "Firminy"},
            {"42096", "42095", CommunePartKind::AncienCode, "Firminy"},
        }));
    EXPECT_EQ(commune_part_kind_code(CommunePartKind::ArrondissementMunicipal), "arrondissement_municipal");
}

TEST(ReferenceData, RefusesDocumentsOfTheWrongShape)
{
    EXPECT_FALSE(parse_reference_data("1", "not json", departments_json, communes_json).ok());
    EXPECT_FALSE(parse_reference_data("1", "{}", departments_json, communes_json).ok());
    EXPECT_FALSE(parse_reference_data("1", regions_json, "[1, 2]", communes_json).ok());
    EXPECT_FALSE(parse_reference_data("1", regions_json, departments_json, "[").ok());
}

TEST(ReferenceData, MissingPackageIsNotFound)
{
    auto version = read_package_version("/nonexistent/@etalab/decoupage-administratif");
    ASSERT_FALSE(version.ok());
    EXPECT_EQ(version.error().kind, essaim::core::ErrorKind::NotFound);
}

TEST(ReferenceData, TheInstalledPackageLoads)
{
    auto data = read_reference_data(reference_package_directory("web/node_modules"));
    ASSERT_TRUE(data.ok()) << data.error().message << " (run from the repository root after npm ci)";
    EXPECT_FALSE(data->version.empty());
    EXPECT_EQ(data->skipped, 0u);
    std::size_t regions = 0;
    for (const auto& region : data->regions)
        regions += region.zone != "com";
    EXPECT_EQ(regions, 18u);
    EXPECT_GT(data->communes.size(), 34000u);
}

TEST(CommuneQuery, ClassifiesNamesAndCodes)
{
    struct Case {
        std::optional<std::string> q;
        CommuneQuery::Kind kind;
        std::string key;
    };
    const std::vector<Case> cases = {
        {std::nullopt, CommuneQuery::Kind::Empty, ""},
        {"", CommuneQuery::Kind::Empty, ""},
        {"s", CommuneQuery::Kind::Empty, ""},
        {"é", CommuneQuery::Kind::Empty, ""},
        {"  -' ", CommuneQuery::Kind::Empty, ""},
        {"4", CommuneQuery::Kind::Empty, ""},
        {"sa", CommuneQuery::Kind::Name, "sa"},
        {"saint etienne", CommuneQuery::Kind::Name, "saint etienne"},
        {"SAINT-ÉTIENNE", CommuneQuery::Kind::Name, "saint etienne"},
        {"Saint-Étienne ", CommuneQuery::Kind::Name, "saint etienne"},
        {"42000", CommuneQuery::Kind::Code, "42000"},
        {"42", CommuneQuery::Kind::Code, "42"},
        {"2a004", CommuneQuery::Kind::Code, "2A004"},
        {"2B", CommuneQuery::Kind::Code, "2B"},
        {"42 000", CommuneQuery::Kind::Code, "42000"},
        {"75 paris", CommuneQuery::Kind::Name, "75 paris"},
        {"4a", CommuneQuery::Kind::Name, "4a"},
    };
    for (const auto& test : cases) {
        auto query = parse_commune_query(test.q);
        ASSERT_TRUE(query.ok()) << test.q.value_or("(absent)");
        EXPECT_EQ(query->kind, test.kind) << test.q.value_or("(absent)");
        EXPECT_EQ(query->key, test.key) << test.q.value_or("(absent)");
    }
}

TEST(CommuneQuery, RefusesOverlongOrInvalidText)
{
    auto too_long = parse_commune_query(std::string(101, 'a'));
    ASSERT_FALSE(too_long.ok());
    EXPECT_EQ(too_long.error().kind, essaim::core::ErrorKind::BadRequest);
    EXPECT_TRUE(parse_commune_query(std::string(100, 'a')).ok());
    // 100 accented letters are 200 bytes but 100 characters.
    std::string accented;
    for (int i = 0; i < 100; ++i)
        accented += "é";
    EXPECT_TRUE(parse_commune_query(accented).ok());
    auto invalid = parse_commune_query(std::string("sa\xFF\xFE"));
    ASSERT_FALSE(invalid.ok());
    EXPECT_EQ(invalid.error().kind, essaim::core::ErrorKind::BadRequest);
}

TEST(CommuneQuery, UpperBoundFollowsEveryKeyWithThePrefix)
{
    auto high = prefix_upper_bound("saint");
    EXPECT_LT(std::string("saint"), high);
    EXPECT_LT(std::string("saint etienne"), high);
    EXPECT_LT(std::string("sainte marie"), high);
    EXPECT_LT(std::string("saint\xCE\xB1"), high); // a non-Latin letter after the prefix
    EXPECT_GT(std::string("sainu"), high);
    EXPECT_GT(std::string("saio"), high);
}

TEST(CommuneQuery, SuggestionsSerialiseAsJson)
{
    std::vector<CommuneSuggestion> suggestions = {
        {"42218", "Saint-Étienne", {"42000", "42100"}, "42", "Loire", 173136},
        {"2A004", "Ajaccio \"quoted\"", {}, "2A", "Corse-du-Sud", 0},
    };
    EXPECT_EQ(suggestions_to_json(suggestions),
        R"([{"code":"42218","name":"Saint-Étienne","postal_codes":["42000","42100"],"department_code":"42",)"
        R"("department_name":"Loire","population":173136},)"
        R"({"code":"2A004","name":"Ajaccio \"quoted\"","postal_codes":[],"department_code":"2A",)"
        R"("department_name":"Corse-du-Sud","population":0}])");
    EXPECT_EQ(suggestions_to_json({}), "[]");
}

TEST(Pagination, ShowsEndsAndNeighboursWithGaps)
{
    auto render = [](int current, int total) {
        std::string text;
        for (const auto& item : pagination_items(current, total))
            text += (text.empty() ? "" : " ")
                + (item.kind == PaginationItem::Kind::Gap ? std::string("…") : std::to_string(item.number));
        return text;
    };
    EXPECT_EQ(render(1, 1), "");
    EXPECT_EQ(render(1, 2), "1 2");
    EXPECT_EQ(render(1, 7), "1 2 3 … 7");
    EXPECT_EQ(render(4, 7), "1 2 3 4 5 6 7");
    EXPECT_EQ(render(10, 18), "1 … 8 9 10 11 12 … 18");
    EXPECT_EQ(render(18, 18), "1 … 16 17 18");
    EXPECT_EQ(render(99, 5), "1 2 3 4 5"); // clamped, and no gap of a single page
    EXPECT_EQ(render(4, 8), "1 2 3 4 5 6 7 8");
    EXPECT_EQ(render(5, 9), "1 2 3 4 5 6 7 8 9");
    EXPECT_EQ(render(6, 12), "1 … 4 5 6 7 8 … 12");
}

TEST(Pagination, CountsPagesAndReadsThePageParameter)
{
    EXPECT_EQ(page_count(0, 50), 1);
    EXPECT_EQ(page_count(50, 50), 1);
    EXPECT_EQ(page_count(51, 50), 2);
    EXPECT_EQ(page_count(323, 50), 7);
    EXPECT_EQ(parse_page_number(std::nullopt, 7), 1);
    EXPECT_EQ(parse_page_number(std::string("3"), 7), 3);
    EXPECT_EQ(parse_page_number(std::string("7"), 7), 7);
    for (const char* wrong : {"0", "8", "-1", "", "abc", "2.5", "1e3", "99999999999"})
        EXPECT_FALSE(parse_page_number(std::string(wrong), 7).has_value()) << wrong;
}
