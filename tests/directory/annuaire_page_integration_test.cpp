// GET /annuaire over real HTTP: accent-insensitive search, facets that narrow the results with
// matching counts, sorting, pagination, the map of departments, stale or hostile filters.
// Each test names its records with a word of its own, so tests sharing the database stay apart.

#include "app/platform.hpp"
#include "db/session.hpp"
#include "directory/organisation_store.hpp"
#include "http/form.hpp"
#include "support/http_client.hpp"
#include "support/test_platform.hpp"
#include "web/context.hpp"

#include <soci/soci.h>

#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>
#include <unistd.h>

using essaim::test::HttpClient;
using essaim::test::TestPlatform;
namespace directory = essaim::directory;
namespace db = essaim::db;

namespace {

db::Lease connection() { return TestPlatform::instance().platform().services().pool.acquire(); }

std::string unique_word()
{
    static int counter = 0;
    long long value = static_cast<long long>(::getpid()) * 1000 + ++counter;
    std::string word = "zw";
    for (; value > 0; value /= 26)
        word += static_cast<char>('a' + value % 26);
    return word;
}

struct OrganisationSpec {
    std::string name;
    std::string description;
    std::string commune_code;
    std::string ess_family;
    std::vector<std::string> actor_types;
    long long updated_at = 1'750'000'000;
};

long long add_organisation(const OrganisationSpec& spec)
{
    auto lease = connection();
    db::Transaction transaction(*lease);
    directory::Organisation organisation;
    organisation.profile.name = spec.name;
    organisation.profile.description = spec.description;
    organisation.profile.commune_code = spec.commune_code;
    organisation.profile.ess_family = spec.ess_family;
    organisation.profile.actor_types = spec.actor_types;
    organisation.status = directory::OrganisationStatus::Publiee;
    organisation.created_at = 1'750'000'000;
    organisation.updated_at = spec.updated_at;
    auto id = directory::insert_organisation(*lease, organisation);
    transaction.commit();
    EXPECT_TRUE(id.has_value());
    return id.value_or(0);
}

//! A published project; `commune` is where it acts ("" for none named).
long long add_project(long long organisation_id, const std::string& title, const std::string& stage,
    const std::string& thematic, const std::string& commune = "")
{
    auto lease = connection();
    // Fixtures of known words only: plain literals are safe here.
    lease->execute("INSERT INTO projects (organisation_id, title, summary, stage, growth_mode, created_at, updated_at) VALUES ("
        + std::to_string(organisation_id) + ", '" + title + "', '', '" + stage + "', 'essaimage', 1750000000, 1750000000)");
    long long id = 0;
    lease->sql() << "SELECT max(id) FROM projects", soci::into(id);
    lease->execute("INSERT INTO project_thematics (project_id, thematic) VALUES (" + std::to_string(id) + ", '" + thematic + "')");
    if (!commune.empty())
        lease->execute("INSERT INTO project_territories (project_id, kind, code) VALUES (" + std::to_string(id)
            + ", 'commune', '" + commune + "')");
    return id;
}

std::string annuaire(const std::string& query) { return "/annuaire?" + query; }

//! The number announced in the results heading ("3 résultats"), -1 when absent; 0 for "Aucun résultat".
long long announced_count(const std::string& body)
{
    std::smatch match;
    if (std::regex_search(body, match, std::regex(R"(id="resultats"[^>]*>([0-9 \xC2\xA0\xE2\x80\xAF]+) résultat)")))
        return std::stoll(std::regex_replace(match[1].str(), std::regex("[^0-9]"), ""));
    if (body.find("Aucun résultat</h2>") != std::string::npos)
        return 0;
    return -1;
}

//! The label count of a facet checkbox ("Incubateur (2)"), -1 when the checkbox is absent.
long long facet_count(const std::string& body, const std::string& name, const std::string& code)
{
    std::smatch match;
    std::string id = "filtre-" + name + "-" + code;
    if (std::regex_search(body, match, std::regex("for=\"" + id + "\">[^<]*\\(([0-9]+)\\)</label>")))
        return std::stoll(match[1].str());
    return -1;
}

std::vector<std::string> result_titles(const std::string& body)
{
    std::vector<std::string> titles;
    std::regex title(R"(class="fr-card__title"><a href="[^"]+">([^<]+)</a>)");
    for (auto it = std::sregex_iterator(body.begin(), body.end(), title); it != std::sregex_iterator(); ++it)
        titles.push_back((*it)[1].str());
    return titles;
}

} // namespace

TEST(AnnuairePage, IsOneAccessibleDsfrPageWithSecurityHeaders)
{
    HttpClient client(TestPlatform::instance().port());
    auto response = client.get("/annuaire");
    ASSERT_EQ(response.status, 200);
    auto csp = response.header("content-security-policy");
    ASSERT_TRUE(csp);
    EXPECT_EQ(csp->find("unsafe-inline"), std::string::npos);
    EXPECT_EQ(response.header("x-content-type-options").value_or(""), "nosniff");
    const auto& body = response.body;
    EXPECT_NE(body.find("<html lang=\"fr\""), std::string::npos);
    std::size_t h1 = 0;
    for (auto at = body.find("<h1"); at != std::string::npos; at = body.find("<h1", at + 1))
        ++h1;
    EXPECT_EQ(h1, 1u);
    EXPECT_NE(body.find("<label class=\"fr-label\" for=\"annuaire-q\">"), std::string::npos);
    EXPECT_NE(body.find("<form method=\"get\" action=\"/annuaire\""), std::string::npos);
    EXPECT_NE(body.find("type=\"submit\""), std::string::npos);
    EXPECT_NE(body.find("<legend class=\"fr-fieldset__legend fr-text--regular\">Type d’acteur</legend>"), std::string::npos);
    EXPECT_NE(body.find("Labellisé"), std::string::npos);
    EXPECT_EQ(body.find("style=\""), std::string::npos);
    EXPECT_EQ(body.find("<script>"), std::string::npos);
    EXPECT_NE(body.find("href=\"/annuaire\""), std::string::npos) << "navigation entry";
    std::set<std::string> ids;
    std::regex id_attribute(R"re( id="([^"]+)")re");
    for (auto it = std::sregex_iterator(body.begin(), body.end(), id_attribute); it != std::sregex_iterator(); ++it)
        EXPECT_TRUE(ids.insert((*it)[1].str()).second) << "duplicate id " << (*it)[1].str();
}

TEST(AnnuairePage, FindsAccentedNamesWithoutAccents)
{
    auto word = unique_word();
    auto id = add_organisation({"Économie " + word + " solidaire", "", "35238", "association", {}});
    HttpClient client(TestPlatform::instance().port());
    auto response = client.get(annuaire("q=economie+" + word));
    ASSERT_EQ(response.status, 200);
    EXPECT_EQ(announced_count(response.body), 1);
    EXPECT_NE(response.body.find("href=\"/organisations/" + std::to_string(id) + "\""), std::string::npos);
    EXPECT_NE(response.body.find("Économie " + word + " solidaire"), std::string::npos);
    EXPECT_NE(response.body.find("value=\"pertinence\" selected"), std::string::npos);

    auto other = client.get(annuaire("q=economie+" + word + "x"));
    ASSERT_EQ(other.status, 200);
    EXPECT_EQ(announced_count(other.body), 0);
}

TEST(AnnuairePage, FacetFiltersNarrowTheResultsAndCountsMatch)
{
    auto word = unique_word();
    add_organisation({"Alpha " + word, "", "35238", "association", {"incubateur"}});
    add_organisation({"Beta " + word, "", "69123", "cooperative", {"incubateur", "reseau"}});
    auto gamma = add_organisation({"Gamma " + word, "", "69123", "association", {"financeur_prive"}});
    add_project(gamma, "Projet " + word, "experimentation", "sante", "69123");
    HttpClient client(TestPlatform::instance().port());

    auto all = client.get(annuaire("q=" + word));
    ASSERT_EQ(all.status, 200);
    EXPECT_EQ(announced_count(all.body), 4);
    EXPECT_EQ(facet_count(all.body, "actor_type", "incubateur"), 2);
    EXPECT_EQ(facet_count(all.body, "famille_ess", "association"), 3);  // Alpha, Gamma, Gamma's project
    EXPECT_EQ(facet_count(all.body, "type", "projet"), 1);
    EXPECT_EQ(facet_count(all.body, "thematique", "sante"), 1);
    EXPECT_EQ(facet_count(all.body, "departement", "69"), 3);

    auto incubators = client.get(annuaire("q=" + word + "&actor_type=incubateur"));
    ASSERT_EQ(incubators.status, 200);
    EXPECT_EQ(announced_count(incubators.body), 2);
    EXPECT_NE(incubators.body.find("id=\"filtre-actor_type-incubateur\" name=\"actor_type\" value=\"incubateur\" checked"),
        std::string::npos);
    EXPECT_EQ(facet_count(incubators.body, "departement", "69"), 1);
    EXPECT_EQ(facet_count(incubators.body, "departement", "35"), 1);

    // Two facets AND-ed, values of one facet OR-ed.
    auto lyon = client.get(annuaire("q=" + word + "&departement=69&actor_type=incubateur&actor_type=financeur_prive"));
    EXPECT_EQ(announced_count(lyon.body), 3);
    auto projects = client.get(annuaire("q=" + word + "&type=projet&thematique=sante&etape=experimentation"));
    EXPECT_EQ(announced_count(projects.body), 1);
    EXPECT_EQ(result_titles(projects.body), std::vector<std::string>{"Projet " + word});
    auto none = client.get(annuaire("q=" + word + "&type=projet&qualifie=1"));
    EXPECT_EQ(announced_count(none.body), 0);
}

TEST(AnnuairePage, SortsByNameAndByRecentUpdate)
{
    auto word = unique_word();
    add_organisation({"Charlie " + word, "", "", "", {}, 1'750'000'300});
    add_organisation({"Alice " + word, "", "", "", {}, 1'750'000'100});
    add_organisation({"Bruno " + word, "", "", "", {}, 1'750'000'200});
    HttpClient client(TestPlatform::instance().port());
    auto by_name = client.get(annuaire("q=" + word + "&tri=nom"));
    ASSERT_EQ(by_name.status, 200);
    EXPECT_EQ(result_titles(by_name.body),
        (std::vector<std::string>{"Alice " + word, "Bruno " + word, "Charlie " + word}));
    auto recent = client.get(annuaire("q=" + word + "&tri=recent"));
    EXPECT_EQ(result_titles(recent.body),
        (std::vector<std::string>{"Charlie " + word, "Bruno " + word, "Alice " + word}));
}

TEST(AnnuairePage, PaginatesTwentyAPage)
{
    auto word = unique_word();
    for (int i = 0; i < 23; ++i) {
        char name[64];
        std::snprintf(name, sizeof name, "Structure %02d ", i);
        add_organisation({name + word, "", "", "", {}});
    }
    HttpClient client(TestPlatform::instance().port());
    auto first = client.get(annuaire("q=" + word + "&tri=nom"));
    ASSERT_EQ(first.status, 200);
    EXPECT_EQ(announced_count(first.body), 23);
    EXPECT_EQ(result_titles(first.body).size(), 20u);
    EXPECT_NE(first.body.find("aria-label=\"Pagination des résultats\""), std::string::npos);
    EXPECT_NE(first.body.find("&amp;tri=nom&amp;page=2\" title=\"Page suivante\""), std::string::npos);

    auto second = client.get(annuaire("q=" + word + "&tri=nom&page=2"));
    ASSERT_EQ(second.status, 200);
    auto titles = result_titles(second.body);
    ASSERT_EQ(titles.size(), 3u);
    EXPECT_EQ(titles[0], "Structure 20 " + word);
    EXPECT_NE(second.body.find("aria-current=\"page\" title=\"Page 2\""), std::string::npos);

    // Past the last page: an empty page, not an error; a malformed number is a bad request.
    EXPECT_EQ(client.get(annuaire("q=" + word + "&page=9")).status, 200);
    EXPECT_EQ(client.get(annuaire("q=" + word + "&page=deux")).status, 400);
    EXPECT_EQ(client.get(annuaire("q=" + word + "&page=-1")).status, 400);
}

TEST(AnnuairePage, MapGradesDepartmentsWithATableBeside)
{
    auto word = unique_word();
    add_organisation({"Carte un " + word, "", "35238", "", {}});
    add_organisation({"Carte deux " + word, "", "35238", "", {}});
    HttpClient client(TestPlatform::instance().port());
    auto response = client.get(annuaire("q=" + word));
    ASSERT_EQ(response.status, 200);
    const auto& body = response.body;
    EXPECT_NE(body.find("<svg"), std::string::npos);
    EXPECT_NE(body.find("<path class=\"essaim-map__level-2\" data-territoire=\"35\""), std::string::npos)
        << "Ille-et-Vilaine graded";
    EXPECT_NE(body.find("essaim-map-legend"), std::string::npos);
    EXPECT_NE(body.find("<th scope=\"row\">Ille-et-Vilaine (35)</th>"), std::string::npos);
    // No other department of these results: a single graded shape.
    std::size_t graded = 0;
    for (auto at = body.find("<path class=\"essaim-map__level-"); at != std::string::npos;
         at = body.find("<path class=\"essaim-map__level-", at + 1))
        ++graded;
    EXPECT_EQ(graded, 1u);
}

TEST(AnnuairePage, UnknownOrHostileFiltersDoNotBreakThePage)
{
    auto word = unique_word();
    add_organisation({"Robuste " + word, "", "35238", "association", {"incubateur"}});
    HttpClient client(TestPlatform::instance().port());
    auto unknown = client.get(annuaire("q=" + word + "&actor_type=licorne&odd=99&departement=XX&famille_ess=%27%3B--&tri=hasard"
                                                     "&type=autre&thematique=&region=%3Cscript%3E"));
    ASSERT_EQ(unknown.status, 200);
    EXPECT_EQ(announced_count(unknown.body), 1);
    EXPECT_EQ(unknown.body.find("<script>"), std::string::npos);
    auto quotes = client.get(annuaire("q=%22%27%2A%28OR%29+NEAR+" + word));
    EXPECT_EQ(quotes.status, 200);
    auto bytes = client.get(annuaire("q=%FF%FE"));
    EXPECT_EQ(bytes.status, 400);
    // Without words: published records of the facets, by name.
    auto listing = client.get(annuaire("actor_type=incubateur&departement=35"));
    ASSERT_EQ(listing.status, 200);
    EXPECT_GE(announced_count(listing.body), 1);
    EXPECT_NE(listing.body.find("value=\"nom\" selected"), std::string::npos);
    EXPECT_EQ(listing.body.find("value=\"pertinence\""), std::string::npos);
}
