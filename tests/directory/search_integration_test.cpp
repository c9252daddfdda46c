// Full-text search against the backend of the test process: accents and case ignored, words as
// prefixes, only published non-ceased records found (the triggers follow moderation, edits and
// cessation), projects with their organisation, bounded counts, and hostile queries that never
// reach the engine as syntax.

#include "app/platform.hpp"
#include "db/session.hpp"
#include "directory/organisation_store.hpp"
#include "directory/search_index.hpp"
#include "support/test_platform.hpp"
#include "web/context.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <unistd.h>

using essaim::test::TestPlatform;
namespace directory = essaim::directory;
namespace db = essaim::db;
using directory::OrganisationStatus;
using directory::SearchKind;
using directory::SearchQuery;

namespace {

db::Lease connection() { return TestPlatform::instance().platform().services().pool.acquire(); }

//! A word of letters found in no other record of this process's database ("zqbcdfg…").
std::string unique_word()
{
    static int counter = 0;
    long long value = static_cast<long long>(::getpid()) * 1000 + ++counter;
    std::string word = "zq";
    for (; value > 0; value /= 26)
        word += static_cast<char>('a' + value % 26);
    return word;
}

long long add_organisation(const std::string& name, OrganisationStatus status, const std::string& description = "")
{
    auto lease = connection();
    db::Transaction transaction(*lease);
    directory::Organisation organisation;
    organisation.profile.name = name;
    organisation.profile.description = description;
    organisation.status = status;
    organisation.created_at = organisation.updated_at = 1'750'000'000;
    auto id = directory::insert_organisation(*lease, organisation);
    transaction.commit();
    EXPECT_TRUE(id.has_value());
    return id.value_or(0);
}

//! Rewrites the organisation through the store, as the edit and moderation use cases do.
template <typename Change>
void change_organisation(long long id, Change change)
{
    auto lease = connection();
    db::Transaction transaction(*lease);
    auto organisation = directory::find_organisation(*lease, id);
    ASSERT_TRUE(organisation.has_value());
    change(*organisation);
    directory::update_organisation(*lease, *organisation);
    transaction.commit();
}

void execute(const std::string& statement)
{
    auto lease = connection();
    lease->execute(statement);
}

void add_project(long long organisation_id, const std::string& title, const std::string& summary)
{
    // Fixtures of known words only: plain literals are safe here.
    execute("INSERT INTO projects (organisation_id, title, summary, stage, growth_mode, created_at, updated_at) VALUES ("
        + std::to_string(organisation_id) + ", '" + title + "', '" + summary
        + "', 'experimentation', 'essaimage', 1750000000, 1750000000)");
}

directory::SearchPage search(const std::string& text, SearchKind kind = SearchKind::Any, int limit = 20, int offset = 0)
{
    auto lease = connection();
    SearchQuery query;
    query.text = text;
    query.kind = kind;
    query.limit = limit;
    query.offset = offset;
    return directory::search(*lease, query);
}

std::vector<long long> ids_of(const directory::SearchPage& page)
{
    std::vector<long long> ids;
    for (const auto& result : page.results)
        ids.push_back(result.id);
    return ids;
}

} // namespace

TEST(Search, IgnoresAccentsAndCase)
{
    auto word = unique_word();
    auto id = add_organisation("Économie sociale " + word, OrganisationStatus::Publiee);
    for (const auto& text : {"economie " + word, "ÉCONOMIE " + word, "Économie " + word, word + " SOCIALE"}) {
        auto page = search(text);
        ASSERT_EQ(page.results.size(), 1u) << text;
        EXPECT_EQ(page.results[0].id, id);
        EXPECT_EQ(page.results[0].kind, SearchKind::Organisation);
        EXPECT_EQ(page.results[0].title, "Économie sociale " + word);
        EXPECT_EQ(page.total, 1);
    }
    EXPECT_TRUE(search("economies " + word).results.empty());  // a longer word is no prefix of the title's
}

TEST(Search, EveryWordIsAPrefixAndAllMustMatch)
{
    auto word = unique_word();
    auto solidaire = add_organisation("Économie solidaire " + word, OrganisationStatus::Publiee);
    auto sociale = add_organisation("Économie sociale " + word, OrganisationStatus::Publiee);
    EXPECT_EQ(ids_of(search("econ soli " + word)), std::vector<long long>{solidaire});
    auto both = ids_of(search("econ " + word.substr(0, word.size() - 1)));
    EXPECT_NE(std::find(both.begin(), both.end(), solidaire), both.end());
    EXPECT_NE(std::find(both.begin(), both.end(), sociale), both.end());
    EXPECT_TRUE(search("econ logement " + word).results.empty());
}

TEST(Search, FindsOnlyPublishedNonCeasedOrganisations)
{
    auto word = unique_word();
    auto pending = add_organisation("Ruche en attente " + word, OrganisationStatus::EnAttente);
    auto refused = add_organisation("Ruche refusée " + word, OrganisationStatus::Refusee);
    EXPECT_TRUE(search(word).results.empty());
    EXPECT_EQ(search(word).total, 0);

    change_organisation(pending, [](auto& organisation) { organisation.status = OrganisationStatus::Publiee; });
    EXPECT_EQ(ids_of(search(word)), std::vector<long long>{pending});

    // Refused again (e.g. after a merge): gone.
    change_organisation(pending, [](auto& organisation) { organisation.status = OrganisationStatus::Refusee; });
    EXPECT_TRUE(search(word).results.empty());

    change_organisation(refused, [](auto& organisation) { organisation.status = OrganisationStatus::Publiee; });
    EXPECT_EQ(ids_of(search(word)), std::vector<long long>{refused});

    // Ceased by a register import: gone, and back when reactivated.
    execute("UPDATE organisations SET ceased = 1 WHERE id = " + std::to_string(refused));
    EXPECT_TRUE(search(word).results.empty());
    execute("UPDATE organisations SET ceased = 0 WHERE id = " + std::to_string(refused));
    EXPECT_EQ(ids_of(search(word)), std::vector<long long>{refused});

    execute("DELETE FROM organisations WHERE id = " + std::to_string(refused));
    EXPECT_TRUE(search(word).results.empty());
}

TEST(Search, FollowsEditsOfTheProfile)
{
    auto word = unique_word();
    auto other = unique_word();
    auto id = add_organisation("Atelier vélo " + word, OrganisationStatus::Publiee);
    change_organisation(id, [&](auto& organisation) {
        organisation.profile.name = "Recyclerie " + other;
        organisation.profile.description = "Nous réparons les vélos du quartier.";
    });
    EXPECT_TRUE(search(word).results.empty());
    auto page = search("recyclerie " + other);
    ASSERT_EQ(ids_of(page), std::vector<long long>{id});
    EXPECT_EQ(page.results[0].title, "Recyclerie " + other);
    // The body is searched too, and gives the snippet.
    page = search(other + " reparons");
    ASSERT_EQ(ids_of(page), std::vector<long long>{id});
    EXPECT_EQ(page.results[0].snippet, "Nous réparons les vélos du quartier.");
}

TEST(Search, RanksTitleMatchesFirstThenByName)
{
    auto word = unique_word();
    auto in_body = add_organisation("Association Alpha", OrganisationStatus::Publiee, "Partenaire de " + word + ".");
    auto in_title_b = add_organisation("Bravo " + word, OrganisationStatus::Publiee);
    auto in_title_a = add_organisation("Aaron " + word, OrganisationStatus::Publiee);
    auto page = search(word);
    ASSERT_EQ(page.results.size(), 3u);
    EXPECT_EQ(page.results[2].id, in_body);
    EXPECT_GE(page.results[0].rank, page.results[2].rank);
    // Equal titles' ranks are equal, so the name decides; bm25 and ts_rank may differ by length, so
    // only check both title matches come before the body match.
    std::vector<long long> first_two{page.results[0].id, page.results[1].id};
    EXPECT_NE(std::find(first_two.begin(), first_two.end(), in_title_a), first_two.end());
    EXPECT_NE(std::find(first_two.begin(), first_two.end(), in_title_b), first_two.end());
}

TEST(Search, CountsPagesAndBoundsTheCount)
{
    auto word = unique_word();
    std::vector<long long> ids;
    for (int i = 0; i < 5; ++i)
        ids.push_back(add_organisation("Coopérative " + std::to_string(i) + " " + word, OrganisationStatus::Publiee));
    add_organisation("Coopérative cachée " + word, OrganisationStatus::EnAttente);

    auto lease = connection();
    SearchQuery query;
    query.text = word;
    EXPECT_EQ(directory::count(*lease, query), 5);
    auto page = directory::search(*lease, query);
    EXPECT_EQ(page.total, 5);
    EXPECT_FALSE(page.total_capped);
    EXPECT_EQ(page.results.size(), 5u);

    query.limit = 2;
    query.offset = 4;
    page = directory::search(*lease, query);
    EXPECT_EQ(page.results.size(), 1u);
    EXPECT_EQ(page.total, 5);

    // Pages do not overlap and together give every match.
    std::vector<long long> seen;
    for (int offset = 0; offset < 6; offset += 2) {
        query.offset = offset;
        for (auto id : ids_of(directory::search(*lease, query)))
            seen.push_back(id);
    }
    std::sort(seen.begin(), seen.end());
    EXPECT_EQ(seen, ids);

    query.count_limit = 3;
    query.offset = 0;
    page = directory::search(*lease, query);
    EXPECT_EQ(page.total, 3);
    EXPECT_TRUE(page.total_capped);
    EXPECT_EQ(directory::count(*lease, query), 4);  // count_limit + 1: "more than 3"

    // A candidate bound below the matches still fills the page.
    query.count_limit = 10000;
    query.candidate_limit = 2;
    query.limit = 3;
    EXPECT_EQ(directory::search(*lease, query).results.size(), 3u);

    query.kind = SearchKind::Project;
    EXPECT_EQ(directory::count(*lease, query), 0);
}

TEST(Search, FindsPublishedProjectsOfPublishedOrganisations)
{
    auto word = unique_word();
    auto organisation = add_organisation("Porteuse " + word, OrganisationStatus::EnAttente);
    add_project(organisation, "Jardin partagé " + word, "Des potagers au pied des immeubles");
    EXPECT_TRUE(search("jardin " + word).results.empty());  // its organisation awaits moderation

    change_organisation(organisation, [](auto& o) { o.status = OrganisationStatus::Publiee; });
    auto projects = search(word, SearchKind::Project);
    ASSERT_EQ(projects.results.size(), 1u);
    EXPECT_EQ(projects.results[0].kind, SearchKind::Project);
    EXPECT_EQ(projects.results[0].title, "Jardin partagé " + word);
    EXPECT_EQ(projects.results[0].snippet, "Des potagers au pied des immeubles");
    EXPECT_EQ(ids_of(search(word, SearchKind::Organisation)), std::vector<long long>{organisation});
    EXPECT_EQ(search(word).total, 2);
    // The project is found by its organisation's name too.
    EXPECT_EQ(search("porteuse potagers " + word, SearchKind::Project).results.size(), 1u);

    execute("UPDATE projects SET status = 'refusee' WHERE organisation_id = " + std::to_string(organisation));
    EXPECT_TRUE(search(word, SearchKind::Project).results.empty());
    execute("UPDATE projects SET status = 'publiee', title = 'Verger " + word + "' WHERE organisation_id = "
        + std::to_string(organisation));
    EXPECT_EQ(search("verger " + word, SearchKind::Project).results.size(), 1u);
    execute("UPDATE organisations SET ceased = 1 WHERE id = " + std::to_string(organisation));
    EXPECT_TRUE(search(word).results.empty());
}

TEST(Search, HostileQueriesNeverFail)
{
    auto word = unique_word();
    auto id = add_organisation("Fondation " + word, OrganisationStatus::Publiee);
    std::vector<std::string> hostile = {"\"", "*", "NEAR(", "-", "OR", "AND", "NOT", "^", ":", "'", "''", "\\",
        "()", "a:*", "x & | !", "title:abc", "NEAR(a b, 3)", "\"" + word, word + "\"", word + "*", "-" + word,
        word + " OR", "OR " + word, "'" + word + "':*", std::string(500, 'a'), std::string(500, '"'),
        std::string("\xff\xfe\xc3"), std::string("a\0b", 3), "😀", "\xcc\x81\xcc\x81", "€€", "ǅǅ", "",
        "   ", std::string(5000, ' ') + word};
    for (const auto& text : hostile) {
        SCOPED_TRACE(text);
        auto lease = connection();
        SearchQuery query;
        query.text = text;
        EXPECT_NO_THROW({
            auto page = directory::search(*lease, query);
            EXPECT_EQ(static_cast<long long>(page.results.size()), std::min<long long>(page.total, 20));
            EXPECT_EQ(directory::count(*lease, query), page.total);
        });
    }
    // Operators around the word are separators: the word is still found.
    for (const auto& text : {"\"" + word, word + "*", "-" + word, "(" + word + ")", word + ":"}) {
        EXPECT_EQ(ids_of(search(text)), std::vector<long long>{id}) << text;
    }
    EXPECT_TRUE(search("").results.empty());
    EXPECT_FALSE(search("").has_words);
    EXPECT_TRUE(search(std::string(500, 'z') + " " + word).query_truncated);

    // Random bytes, biased towards syntax characters.
    std::mt19937 random(20261128);
    const std::string alphabet = "\"'*()-:^&|!<>\\ abcNEAROT\xc3\xa9\xff\x80";
    for (int i = 0; i < 200; ++i) {
        std::string text;
        auto length = random() % 40;
        for (unsigned j = 0; j < length; ++j)
            text += alphabet[random() % alphabet.size()];
        auto lease = connection();
        SearchQuery query;
        query.text = text;
        EXPECT_NO_THROW(directory::search(*lease, query)) << text;
    }
}
