// Possible duplicates for administrators, on the test process's backend: similar names in one
// commune are flagged (not across communes), a dismissed pair stays hidden, and a merge moves
// projects, memberships, claims and revisions to the kept organisation, fills its empty fields,
// writes the audit entry and takes the absorbed one out of the directory without deleting it.

#include "auth/audit_log.hpp"
#include "auth/auth_test_support.hpp"
#include "directory/duplicate_detection.hpp"
#include "directory/duplicate_store.hpp"
#include "directory/organisation_store.hpp"
#include "directory/project_store.hpp"
#include "directory/search_index.hpp"

#include <algorithm>
#include <soci/soci.h>
#include <unistd.h>

using namespace essaim::test;
using namespace essaim::test::auth_support;
using essaim::auth::Role;
namespace directory = essaim::directory;
namespace db = essaim::db;

namespace {

db::Lease connection() { return TestPlatform::instance().platform().services().pool.acquire(); }

//! Letters found in no other record of this process's database.
std::string unique_word()
{
    static int counter = 0;
    long long value = static_cast<long long>(::getpid()) * 1000 + ++counter;
    std::string word = "dq";
    for (; value > 0; value /= 26)
        word += static_cast<char>('a' + value % 26);
    return word;
}

long long add_organisation(const std::string& name, const std::string& commune, const std::string& siren = "",
    const std::string& website = "")
{
    auto lease = connection();
    db::Transaction transaction(*lease);
    directory::Organisation organisation;
    organisation.profile.name = name;
    organisation.profile.commune_code = commune;
    organisation.profile.siren = siren;
    organisation.profile.website = website;
    organisation.status = directory::OrganisationStatus::Publiee;
    organisation.created_at = organisation.updated_at = 1'750'000'000;
    auto id = directory::insert_organisation(*lease, organisation);
    transaction.commit();
    EXPECT_TRUE(id.has_value());
    return id.value_or(0);
}

bool flagged(long long a, long long b)
{
    auto lease = connection();
    auto pairs = directory::find_duplicate_pairs(*lease, 100000);
    return std::any_of(pairs.begin(), pairs.end(), [&](const directory::DuplicatePair& pair) {
        return pair.first_id == std::min(a, b) && pair.second_id == std::max(a, b);
    });
}

std::string merge_button(long long kept, long long absorbed)
{
    return "Garder la fiche n° " + std::to_string(kept) + " et y fusionner la fiche n° " + std::to_string(absorbed);
}

HttpClient signed_in(const std::string& prefix, std::vector<Role> roles, long long* user_id = nullptr)
{
    auto& platform = TestPlatform::instance();
    auto email = platform.unique_email(prefix);
    HttpClient client(platform.port());
    auto id = create_account(email, std::move(roles));
    if (user_id)
        *user_id = id;
    EXPECT_EQ(sign_in(client, email).status, 303);
    return client;
}

std::vector<long long> search_ids(const std::string& text, directory::SearchKind kind)
{
    auto lease = connection();
    directory::SearchQuery query;
    query.text = text;
    query.kind = kind;
    query.limit = 50;
    std::vector<long long> ids;
    for (const auto& result : directory::search(*lease, query).results)
        ids.push_back(result.id);
    return ids;
}

bool has(const std::vector<long long>& ids, long long id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); }

} // namespace

TEST(Duplicates, SimilarNamesInTheSameCommuneAreFlaggedNotAcrossCommunes)
{
    auto word = unique_word();
    auto association = add_organisation("Association Les Jardins " + word, "42218");
    auto company = add_organisation("JARDINS " + word + " (SAS)", "42218");
    auto typo = add_organisation("Jardin " + word, "42218");
    auto elsewhere = add_organisation("Les Jardins " + word, "69123");
    auto unrelated = add_organisation("Fournil " + word, "42218");

    EXPECT_TRUE(flagged(association, company));
    EXPECT_TRUE(flagged(association, typo));
    EXPECT_FALSE(flagged(association, elsewhere));
    EXPECT_FALSE(flagged(company, elsewhere));
    EXPECT_FALSE(flagged(association, unrelated));

    auto admin = signed_in("admin-doublons", {Role::Administrateur});
    auto page = admin.get("/admin/doublons");
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, merge_button(association, company)));
    EXPECT_TRUE(contains(page.body, "Même nom (hors forme juridique) dans la même commune"));
    EXPECT_TRUE(contains(page.body, "Noms très proches dans la même commune"));
    EXPECT_FALSE(contains(page.body, merge_button(association, elsewhere)));
    EXPECT_TRUE(contains(admin.get("/admin").body, "/admin/doublons"));

    auto member = signed_in("membre-doublons", {});
    EXPECT_EQ(member.get("/admin/doublons").status, 403);
}

TEST(Duplicates, DismissingHidesThePair)
{
    auto word = unique_word();
    auto first = add_organisation("Le Fournil " + word, "42218");
    auto second = add_organisation("Fournil " + word + " SCOP", "42218");
    auto third = add_organisation("Fournil " + word, "42218");
    ASSERT_TRUE(flagged(first, second));

    auto member = signed_in("membre-ecarte", {});
    EXPECT_EQ(member.post_form("/admin/doublons/ecarter",
                        {{"first_id", std::to_string(first)}, {"second_id", std::to_string(second)}})
                  .status,
        403);
    EXPECT_TRUE(flagged(first, second));

    auto admin = signed_in("admin-ecarte", {Role::Administrateur});
    EXPECT_EQ(admin.post_form("/admin/doublons/ecarter", {{"first_id", std::to_string(first)}}).status, 400);
    EXPECT_EQ(admin.post_form("/admin/doublons/ecarter",
                       {{"first_id", std::to_string(first)}, {"second_id", std::to_string(first)}})
                  .status,
        422);
    // Given in the other order: the pair is the same.
    auto dismissed = admin.post_form("/admin/doublons/ecarter",
        {{"first_id", std::to_string(second)}, {"second_id", std::to_string(first)}});
    EXPECT_EQ(dismissed.status, 303);
    EXPECT_FALSE(flagged(first, second));
    EXPECT_TRUE(flagged(first, third));
    auto page = admin.get("/admin/doublons");
    EXPECT_FALSE(contains(page.body, merge_button(first, second)));
    EXPECT_TRUE(contains(page.body, merge_button(first, third)));
    // Twice is harmless.
    EXPECT_EQ(admin.post_form("/admin/doublons/ecarter",
                       {{"first_id", std::to_string(first)}, {"second_id", std::to_string(second)}})
                  .status,
        303);

    auto lease = connection();
    essaim::auth::AuditQuery query;
    query.action_prefix = "directory.duplicate_dismissed";
    query.limit = 200;
    auto entries = essaim::auth::list_entries(*lease, query);
    EXPECT_TRUE(std::any_of(entries.begin(), entries.end(),
        [&](const auto& entry) { return entry.target_id == std::to_string(std::min(first, second)); }));
}

TEST(Duplicates, MergingMovesEverythingKeepsHistoryAndUnlistsTheAbsorbed)
{
    auto word = unique_word();
    auto siren = std::to_string(100000000 + (::getpid() % 800000000));
    auto kept = add_organisation("Ressourcerie " + word, "42218");
    auto absorbed = add_organisation("Association Ressourcerie " + word, "42218", siren, "https://ressourcerie.exemple.fr");
    ASSERT_TRUE(flagged(kept, absorbed));

    long long both_user = 0;
    long long absorbed_owner = 0;
    auto both = signed_in("membre-des-deux", {}, &both_user);
    auto owner = signed_in("responsable-absorbee", {}, &absorbed_owner);
    execute_sql("INSERT INTO organisation_memberships (organisation_id, user_id, role) VALUES (" + std::to_string(kept)
        + ", " + std::to_string(both_user) + ", 'editor')");
    execute_sql("INSERT INTO organisation_memberships (organisation_id, user_id, role) VALUES ("
        + std::to_string(absorbed) + ", " + std::to_string(both_user) + ", 'owner')");
    execute_sql("INSERT INTO organisation_memberships (organisation_id, user_id, role) VALUES ("
        + std::to_string(absorbed) + ", " + std::to_string(absorbed_owner) + ", 'owner')");
    execute_sql("INSERT INTO projects (organisation_id, title, summary, stage, growth_mode, created_at, updated_at) VALUES ("
        + std::to_string(absorbed) + ", 'Atelier " + word + "', 'Réemploi', 'experimentation', 'essaimage', 1750000000, 1750000000)");
    {
        auto lease = connection();
        db::Transaction transaction(*lease);
        directory::insert_revision(*lease, absorbed, 1'750'000'100, 0, "{\"description\":[null,\"ancienne\"]}");
        transaction.commit();
    }
    ASSERT_TRUE(has(search_ids(word, directory::SearchKind::Organisation), absorbed));

    auto member = signed_in("membre-fusion", {});
    EXPECT_EQ(member.post_form("/admin/doublons/fusionner",
                        {{"kept_id", std::to_string(kept)}, {"absorbed_id", std::to_string(absorbed)}})
                  .status,
        403);

    auto admin = signed_in("admin-fusion", {Role::Administrateur});
    EXPECT_EQ(admin.post_form("/admin/doublons/fusionner",
                       {{"kept_id", std::to_string(kept)}, {"absorbed_id", std::to_string(kept)}})
                  .status,
        422);
    EXPECT_EQ(admin.post_form("/admin/doublons/fusionner",
                       {{"kept_id", std::to_string(kept)}, {"absorbed_id", "999999999"}})
                  .status,
        404);
    auto merged = admin.post_form("/admin/doublons/fusionner",
        {{"kept_id", std::to_string(kept)}, {"absorbed_id", std::to_string(absorbed)}});
    ASSERT_EQ(merged.status, 303);
    EXPECT_EQ(admin.post_form("/admin/doublons/fusionner",
                       {{"kept_id", std::to_string(kept)}, {"absorbed_id", std::to_string(absorbed)}})
                  .status,
        409);

    auto lease = connection();
    // Memberships: one row per member, the stronger role kept.
    EXPECT_EQ(directory::count_memberships(*lease, kept), 2);
    EXPECT_EQ(directory::count_memberships(*lease, absorbed), 0);
    EXPECT_EQ(directory::owner_emails(*lease, kept).size(), 2u);
    // Projects follow, and are found under the kept organisation.
    EXPECT_EQ(directory::count_projects(*lease, kept), 1);
    EXPECT_EQ(directory::count_projects(*lease, absorbed), 0);
    EXPECT_EQ(search_ids("Atelier " + word, directory::SearchKind::Project).size(), 1u);
    // The moved project's history says where it came from.
    long long moved_project = 0;
    lease->sql() << "SELECT id FROM projects WHERE organisation_id = :kept", soci::use(kept), soci::into(moved_project);
    auto project_changes = directory::project_revision_changes(*lease, moved_project, 10);
    ASSERT_EQ(project_changes.size(), 1u);
    EXPECT_EQ(project_changes.front(),
        "{\"organisation_id\":[" + std::to_string(absorbed) + "," + std::to_string(kept) + "]}");

    // Empty fields filled, identifiers taken over.
    auto kept_now = directory::find_organisation(*lease, kept);
    ASSERT_TRUE(kept_now.has_value());
    EXPECT_EQ(kept_now->profile.siren, siren);
    EXPECT_EQ(kept_now->profile.website, "https://ressourcerie.exemple.fr");
    EXPECT_EQ(kept_now->profile.name, "Ressourcerie " + word);

    // The absorbed one still exists, marked merged, out of search.
    auto absorbed_now = directory::find_organisation(*lease, absorbed);
    ASSERT_TRUE(absorbed_now.has_value());
    EXPECT_EQ(directory::merged_into(*lease, absorbed), kept);
    EXPECT_EQ(absorbed_now->status, directory::OrganisationStatus::Refusee);
    EXPECT_TRUE(absorbed_now->profile.siren.empty());
    auto found = search_ids(word, directory::SearchKind::Organisation);
    EXPECT_FALSE(has(found, absorbed));
    EXPECT_TRUE(has(found, kept));
    EXPECT_FALSE(flagged(kept, absorbed));
    HttpClient visitor(TestPlatform::instance().port());
    auto old_page = visitor.get("/organisations/" + std::to_string(absorbed));
    EXPECT_EQ(old_page.status, 301);
    EXPECT_EQ(old_page.header("location").value_or(""), "/organisations/" + std::to_string(kept));

    // History kept: the absorbed one's revision now belongs to the kept one, with the merge's own.
    auto revisions = directory::list_revisions(*lease, kept, 50);
    EXPECT_TRUE(std::any_of(revisions.begin(), revisions.end(),
        [](const auto& revision) { return contains(revision.changes_json, "ancienne"); }));
    EXPECT_TRUE(std::any_of(revisions.begin(), revisions.end(), [&](const auto& revision) {
        return contains(revision.changes_json, "merged_from")
            && contains(revision.changes_json, "\"absorbed_id\":" + std::to_string(absorbed))
            && contains(revision.changes_json, "website");
    }));
    auto absorbed_revisions = directory::list_revisions(*lease, absorbed, 50);
    ASSERT_EQ(absorbed_revisions.size(), 1u);
    EXPECT_TRUE(contains(absorbed_revisions.front().changes_json, "merged_into"));

    essaim::auth::AuditQuery query;
    query.action_prefix = "directory.organisations_merged";
    query.limit = 200;
    auto entries = essaim::auth::list_entries(*lease, query);
    auto entry = std::find_if(entries.begin(), entries.end(),
        [&](const auto& candidate) { return candidate.target_id == std::to_string(kept); });
    ASSERT_NE(entry, entries.end());
    EXPECT_TRUE(contains(entry->before_json, "Association Ressourcerie " + word));
    EXPECT_TRUE(contains(entry->before_json, siren));
    EXPECT_TRUE(contains(entry->after_json, "\"merged_into\":" + std::to_string(kept)));
    EXPECT_TRUE(contains(entry->after_json, "\"projects\":1"));
}
