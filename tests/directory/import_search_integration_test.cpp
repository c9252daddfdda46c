// The search documents a register import writes in bulk, once per batch (migration 060 holds the
// per-row triggers back inside the import's transactions), against those the triggers of 040
// write: the same documents, so the same search results, on both backends.

#include "app/platform.hpp"
#include "db/session.hpp"
#include "directory/import_sirene.hpp"
#include "directory/organisation_store.hpp"
#include "directory/search_index.hpp"
#include "import_test_support.hpp"
#include "support/test_platform.hpp"
#include "web/context.hpp"

#include <gtest/gtest.h>
#include <soci/soci.h>

#include <set>
#include <string>
#include <tuple>
#include <unistd.h>
#include <vector>

using essaim::test::TestPlatform;
namespace db = essaim::db;
namespace directory = essaim::directory;
namespace test = essaim::test;

namespace {

const std::string unite_legale_header
    = "siren,dateCreationUniteLegale,sigleUniteLegale,identifiantAssociationUniteLegale,trancheEffectifsUniteLegale,"
      "etatAdministratifUniteLegale,denominationUniteLegale,categorieJuridiqueUniteLegale,"
      "activitePrincipaleUniteLegale,nicSiegeUniteLegale,economieSocialeSolidaireUniteLegale\n";
const std::string etablissement_header
    = "siren,siret,etablissementSiege,numeroVoieEtablissement,typeVoieEtablissement,libelleVoieEtablissement,"
      "codePostalEtablissement,codeCommuneEtablissement\n";

db::Lease connection() { return TestPlatform::instance().platform().services().pool.acquire(); }

//! Letters found in no other record of this process's database.
std::string unique_word(const std::string& tag)
{
    static int counter = 0;
    long long value = static_cast<long long>(::getpid()) * 100 + ++counter;
    std::string word = "zx" + tag;
    for (; value > 0; value /= 26)
        word += static_cast<char>('a' + value % 26);
    return word;
}

std::string unit_line(const std::string& siren, const std::string& name, const std::string& etat,
    const std::string& sigle = "", const std::string& rna = "")
{
    auto nic = test::siret_of(siren).substr(9);
    return siren + ",2001-05-17," + sigle + "," + rna + ",11," + etat + "," + name + ",9220,88.99B," + nic + ",O\n";
}

directory::SireneImportResult import(const std::string& units, const std::string& establishments = "", int batch = 2)
{
    directory::SireneImportOptions options;
    options.unites_legales_path = units;
    options.etablissements_path = establishments;
    options.batch_size = batch;
    auto lease = connection();
    essaim::core::ManualClock clock(1'750'000'000);
    auto result = directory::import_sirene(*lease, clock, options);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
    return result.ok() ? result.value() : directory::SireneImportResult{};
}

long long id_of(const std::string& siren)
{
    auto lease = connection();
    return directory::organisation_with_siren(*lease, siren).value_or(0);
}

using Document = std::tuple<std::string, long long, std::string, std::string>;

//! The documents of the organisations `ids` and of their projects: kind, record, title, body.
std::set<Document> documents_of(const std::vector<long long>& ids)
{
    auto lease = connection();
    std::set<Document> documents;
    for (long long id : ids) {
        std::string kind, title, body;
        long long record = 0;
        soci::statement statement = (lease->sql().prepare
                << "SELECT kind, record_id, title, body FROM search_documents"
                   " WHERE (kind = 'organisation' AND record_id = :id)"
                   " OR (kind = 'project' AND record_id IN (SELECT p.id FROM projects p WHERE p.organisation_id = :id))",
            soci::into(kind), soci::into(record), soci::into(title), soci::into(body), soci::use(id, "id"));
        statement.execute();
        while (statement.fetch())
            documents.emplace(kind, record, title, body);
    }
    return documents;
}

//! Makes the triggers of 040 rewrite the documents of `ids` and of their projects: each change of
//! `ceased` fires them, and two changes leave the rows as they were.
void rewrite_by_triggers(const std::vector<long long>& ids)
{
    auto lease = connection();
    db::Transaction transaction(*lease);
    for (long long id : ids) {
        for (int round = 0; round < 2; ++round)
            lease->sql() << "UPDATE organisations SET ceased = 1 - ceased WHERE id = :id", soci::use(id, "id");
    }
    transaction.commit();
}

//! The titles found for `text`, organisations and projects.
std::multiset<std::string> found(const std::string& text)
{
    auto lease = connection();
    directory::SearchQuery query;
    query.text = text;
    query.limit = 100;
    std::multiset<std::string> titles;
    for (const auto& result : directory::search(*lease, query).results)
        titles.insert(result.title);
    return titles;
}

long long paused_rows()
{
    auto lease = connection();
    long long rows = -1;
    lease->sql() << "SELECT count(*) FROM search_indexing_paused", soci::into(rows);
    return rows;
}

long long add_project(long long organisation, const std::string& title)
{
    auto lease = connection();
    db::Transaction transaction(*lease);
    long long id = 0;
    lease->sql() << "INSERT INTO projects (organisation_id, title, summary, stage, growth_mode, status, created_at,"
                    " updated_at) VALUES (:organisation, :title, 'Jardins partagés', 'ideation',"
                    " 'croissance_organique', 'publiee', 1750000000, 1750000000) RETURNING id",
        soci::use(organisation, "organisation"), soci::use(title, "title"), soci::into(id);
    transaction.commit();
    return id;
}

} // namespace

TEST(ImportSearch, BulkDocumentsAreThoseTheTriggersWrite)
{
    auto folder = test::import_folder("search-same");
    const std::string word = unique_word("a");
    const auto first = test::siren_from("02100001");
    const auto second = test::siren_from("02100002");
    const auto ceased = test::siren_from("02100003");
    const auto fourth = test::siren_from("02100004");
    std::string rna = std::to_string(::getpid() % 100'000'000);
    rna = "W9" + std::string(8 - rna.size(), '0') + rna;
    auto units = test::write_file(folder / "units.csv",
        unite_legale_header + unit_line(first, "\"Économie solidaire " + word + ", Pilat\"", "A", "ÉSP", rna)
            + unit_line(second, "Coopérative " + word, "A", "COOP") + unit_line(ceased, "Cessée " + word, "C")
            + unit_line(fourth, "Atelier " + word, "A"));
    auto establishments = test::write_file(folder / "etablissements.csv",
        etablissement_header + first + "," + test::siret_of(first) + ",true,3,PL,DU MARCHÉ,42410,42218\n");
    // Batches of 2: documents are written by several batches, and one batch holds an update.
    auto result = import(units, establishments, 2);
    EXPECT_EQ(result.unites_legales.inserted, 4);
    EXPECT_EQ(result.etablissements.updated, 1);
    EXPECT_EQ(result.etablissements.rejected, 0);

    const std::vector<long long> ids{id_of(first), id_of(second), id_of(ceased), id_of(fourth)};
    for (long long id : ids)
        ASSERT_NE(id, 0);
    EXPECT_EQ(paused_rows(), 0);
    const auto bulk = documents_of(ids);
    ASSERT_EQ(bulk.size(), 3u);  // the ceased unit is not searchable
    const auto bulk_found = found(word);
    EXPECT_EQ(bulk_found.size(), 3u);
    EXPECT_EQ(found("economie " + word).size(), 1u);  // accents ignored
    EXPECT_EQ(found("etienne " + word).size(), 1u);  // the commune (Saint-Étienne), from the head office

    rewrite_by_triggers(ids);
    EXPECT_EQ(documents_of(ids), bulk);
    EXPECT_EQ(found(word), bulk_found);
}

TEST(ImportSearch, ReimportReindexesChangedOrganisationsAndTheirProjects)
{
    auto folder = test::import_folder("search-reimport");
    const std::string before = unique_word("b");
    const std::string after = unique_word("c");
    const std::string project_word = unique_word("d");
    const auto siren = test::siren_from("02200001");
    const auto closing = test::siren_from("02200002");
    import(test::write_file(folder / "first.csv",
        unite_legale_header + unit_line(siren, "Avant " + before, "A") + unit_line(closing, "Fermeture " + before, "A")));
    const long long id = id_of(siren);
    const long long closing_id = id_of(closing);
    add_project(id, "Projet " + project_word);
    add_project(closing_id, "Projet fermé " + project_word);
    EXPECT_EQ(found(project_word).size(), 2u);

    // Renamed, and the other unit has ceased: the project follows its organisation.
    import(test::write_file(folder / "second.csv",
        unite_legale_header + unit_line(siren, "Après " + after, "A") + unit_line(closing, "Fermeture " + before, "C")));
    EXPECT_EQ(paused_rows(), 0);
    EXPECT_TRUE(found(before).empty());
    // The project's document carries its organisation's new name.
    EXPECT_EQ(found(after), (std::multiset<std::string>{"Après " + after, "Projet " + project_word}));
    EXPECT_EQ(found(project_word), std::multiset<std::string>{"Projet " + project_word});
    const auto bulk = documents_of({id, closing_id});
    EXPECT_EQ(bulk.size(), 2u);

    rewrite_by_triggers({id, closing_id});
    EXPECT_EQ(documents_of({id, closing_id}), bulk);
}

TEST(ImportSearch, OtherConnectionsKeepIndexingDuringAnImportBatch)
{
    // The pause is a row the import's transaction never commits: a write on another connection
    // while a batch is open is indexed by the triggers as usual.
    const std::string word = unique_word("e");
    auto import_lease = connection();
    auto other_lease = connection();
    const auto siren = test::siren_from("02300001");
    {
        db::Transaction batch(*import_lease);
        import_lease->sql() << "INSERT INTO search_indexing_paused (paused) VALUES (1)";
        long long paused = 0;
        other_lease->sql() << "SELECT count(*) FROM search_indexing_paused", soci::into(paused);
        EXPECT_EQ(paused, 0);
        // The batch is rolled back, as a stopped import's would be.
    }
    directory::Organisation organisation;
    organisation.profile.name = "Vivante " + word;
    organisation.profile.siren = siren;
    organisation.status = directory::OrganisationStatus::Publiee;
    organisation.created_at = organisation.updated_at = 1'750'000'000;
    {
        db::Transaction transaction(*other_lease);
        directory::insert_organisation(*other_lease, organisation);
        transaction.commit();
    }
    EXPECT_EQ(paused_rows(), 0);
    EXPECT_EQ(found(word).size(), 1u);
}
