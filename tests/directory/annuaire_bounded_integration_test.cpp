// GET /annuaire past the bound of exact counting (directory_count_limit): with more matching
// records than that, the page says "Plus de 1 000 résultats", shows the values of the facets it
// could not count without numbers, still counts the facets whose own set is small, and cuts its
// page of rows in the right order (name or date) without sorting the whole directory.

#include "app/platform.hpp"
#include "db/session.hpp"
#include "directory/directory_page_store.hpp"
#include "directory/organisation_store.hpp"
#include "support/http_client.hpp"
#include "support/test_platform.hpp"
#include "web/context.hpp"

#include <soci/soci.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <regex>
#include <string>
#include <unistd.h>
#include <vector>

using essaim::test::HttpClient;
using essaim::test::TestPlatform;
namespace directory = essaim::directory;
namespace db = essaim::db;

namespace {

std::string unique_word()
{
    long long value = static_cast<long long>(::getpid()) * 1000 + 977;
    std::string word = "zb";
    for (; value > 0; value /= 26)
        word += static_cast<char>('a' + value % 26);
    return word;
}

std::string numbered(const std::string& word, int number)
{
    char digits[8];
    std::snprintf(digits, sizeof digits, "%04d", number);
    return word + " " + digits;
}

std::vector<std::string> result_titles(const std::string& body)
{
    std::vector<std::string> titles;
    std::regex title(R"(class="fr-card__title"><a href="[^"]+">([^<]+)</a>)");
    for (auto it = std::sregex_iterator(body.begin(), body.end(), title); it != std::sregex_iterator(); ++it)
        titles.push_back((*it)[1].str());
    return titles;
}

long long facet_count(const std::string& body, const std::string& name, const std::string& code)
{
    std::smatch match;
    if (std::regex_search(body, match, std::regex("for=\"filtre-" + name + "-" + code + "\">[^<]*\\(([0-9]+)\\)</label>")))
        return std::stoll(match[1].str());
    return -1;
}

bool has_uncounted_option(const std::string& body, const std::string& name, const std::string& code)
{
    return std::regex_search(body, std::regex("for=\"filtre-" + name + "-" + code + "\">[^<(]*</label>"));
}

//! 1,005 published organisations in Corse-du-Sud (Ajaccio), five of them foundations, removed at the end.
class ManyOrganisations : public ::testing::Test {
protected:
    static constexpr int count = 1005;

    void SetUp() override
    {
        word = unique_word();
        auto lease = TestPlatform::instance().platform().services().pool.acquire();
        db::Transaction transaction(*lease);
        for (int i = 0; i < count; ++i) {
            directory::Organisation organisation;
            organisation.profile.name = numbered(word, i);
            organisation.profile.commune_code = "2A004";
            organisation.profile.ess_family = i < 5 ? "fondation" : "association";
            organisation.status = directory::OrganisationStatus::Publiee;
            organisation.created_at = 1'750'000'000;
            // Far in the future: the most recent of the directory, newest last.
            organisation.updated_at = 4'000'000'000LL + i;
            ASSERT_TRUE(directory::insert_organisation(*lease, organisation).has_value());
        }
        transaction.commit();
    }

    void TearDown() override
    {
        auto lease = TestPlatform::instance().platform().services().pool.acquire();
        std::string pattern = word + " %";
        lease->sql() << "DELETE FROM organisation_revisions WHERE organisation_id IN "
                        "(SELECT id FROM organisations WHERE name LIKE :pattern)",
            soci::use(pattern);
        lease->sql() << "DELETE FROM organisations WHERE name LIKE :pattern", soci::use(pattern);
    }

    std::string word;
};

TEST_F(ManyOrganisations, SaysMoreThanTheBoundAndShowsNoGuessedNumber)
{
    ASSERT_EQ(directory::directory_count_limit, 1000);
    HttpClient client(TestPlatform::instance().port());
    auto response = client.get("/annuaire?departement=2A");
    ASSERT_EQ(response.status, 200);
    const auto& body = response.body;
    EXPECT_NE(body.find(">Plus de 1\u202F000 résultats</h2>"), std::string::npos);
    // The set of the ESS family facet is the 1,005: listed without numbers, and said so.
    EXPECT_TRUE(has_uncounted_option(body, "famille_ess", "association"));
    EXPECT_EQ(facet_count(body, "famille_ess", "association"), -1);
    EXPECT_NE(body.find("Sans nombres : plus de 1\u202F000 fiches à compter"), std::string::npos);
    // The map's table does not guess either.
    EXPECT_NE(body.find("le décompte par département s’affiche quand la recherche en donne 1\u202F000 ou moins"),
        std::string::npos);
    EXPECT_EQ(body.find("<th scope=\"row\">Corse-du-Sud (2A)</th>"), std::string::npos);
    // Fifty pages at most, as for words.
    EXPECT_NE(body.find("title=\"Page 50\""), std::string::npos);
}

TEST_F(ManyOrganisations, CountsExactlyWhatStaysWithinTheBound)
{
    HttpClient client(TestPlatform::instance().port());
    auto response = client.get("/annuaire?departement=2A&famille_ess=fondation");
    ASSERT_EQ(response.status, 200);
    const auto& body = response.body;
    EXPECT_NE(body.find(">5 résultats</h2>"), std::string::npos);
    // Departments among the foundations (every filter but the department's): few, counted.
    EXPECT_EQ(facet_count(body, "departement", "2A"), 5);
    // ESS families among Corse-du-Sud (every filter but the family's): past the bound.
    EXPECT_TRUE(has_uncounted_option(body, "famille_ess", "fondation"));
    EXPECT_NE(body.find("<th scope=\"row\">Corse-du-Sud (2A)</th>"), std::string::npos);
}

TEST_F(ManyOrganisations, CutsPagesInNameAndDateOrder)
{
    HttpClient client(TestPlatform::instance().port());
    // Most recent first: the last five created here, newest first.
    auto recent = result_titles(client.get("/annuaire?departement=2A&tri=recent").body);
    ASSERT_GE(recent.size(), 5u);
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(recent[i], numbered(word, count - 1 - i));
    auto second = result_titles(client.get("/annuaire?departement=2A&tri=recent&page=2").body);
    ASSERT_FALSE(second.empty());
    EXPECT_EQ(second[0], numbered(word, count - 21));

    // By name: each page in order, and page 2 after page 1.
    auto first_page = result_titles(client.get("/annuaire?departement=2A&famille_ess=association&tri=nom").body);
    auto second_page = result_titles(client.get("/annuaire?departement=2A&famille_ess=association&tri=nom&page=2").body);
    ASSERT_EQ(first_page.size(), 20u);
    ASSERT_EQ(second_page.size(), 20u);
    std::vector<std::string> mine;
    for (const auto& list : {first_page, second_page})
        for (const auto& title : list)
            if (title.rfind(word + " ", 0) == 0)
                mine.push_back(title);
    ASSERT_FALSE(mine.empty());
    EXPECT_TRUE(std::is_sorted(mine.begin(), mine.end()));
    EXPECT_TRUE(std::find(mine.begin(), mine.end(), numbered(word, 0)) == mine.end()) << "a foundation";
}

} // namespace
