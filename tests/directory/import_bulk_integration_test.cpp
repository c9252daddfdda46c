// The bulk paths of the register imports: new organisations written many rows per INSERT and
// the organisations of a chunk of rows loaded at once. A row naming an identifier that an earlier
// row of the same batch introduced must still find that organisation (updated, never duplicated),
// and re-importing a large file changes nothing.

#include "app/platform.hpp"
#include "core/clock.hpp"
#include "db/session.hpp"
#include "directory/import_sirene.hpp"
#include "directory/organisation_store.hpp"
#include "import_test_support.hpp"
#include "support/test_platform.hpp"
#include "web/context.hpp"

#include <gtest/gtest.h>

#include <string>

using essaim::test::TestPlatform;
namespace directory = essaim::directory;
namespace test = essaim::test;

namespace {

const std::string header = "siren,denominationUniteLegale,categorieJuridiqueUniteLegale,etatAdministratifUniteLegale,"
                           "identifiantAssociationUniteLegale\n";

directory::SireneImportResult run(const std::string& path, int batch)
{
    directory::SireneImportOptions options;
    options.unites_legales_path = path;
    options.batch_size = batch;
    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    essaim::core::ManualClock clock(1'750'000'000);
    auto result = directory::import_sirene(*lease, clock, options);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
    return result.ok() ? result.value() : directory::SireneImportResult{};
}

std::optional<directory::Organisation> by_siren(const std::string& siren)
{
    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    auto id = directory::organisation_with_siren(*lease, siren);
    return id ? directory::find_organisation(*lease, *id) : std::nullopt;
}

//! A unique RNA number per test process and index.
std::string rna_number(int index)
{
    std::string digits = std::to_string((::getpid() % 100'000) * 1000 + index);
    return "W8" + std::string(8 - digits.size(), '0') + digits;
}

} // namespace

TEST(ImportBulk, RowsNamingAnOrganisationOfTheSameBatchFindIt)
{
    auto folder = test::import_folder("bulk-same-batch");
    // 250 new units (two and a half multi-row INSERTs), then, in the same batch, the first unit
    // again under a new name, and a unit naming the RNA number of the tenth.
    std::string units = header;
    std::vector<std::string> sirens;
    for (int i = 0; i < 250; ++i) {
        char prefix[9];
        std::snprintf(prefix, sizeof prefix, "06%06d", i);
        sirens.push_back(test::siren_from(prefix));
        units += sirens.back() + ",Unité " + std::to_string(i) + ",9220,A," + rna_number(i) + "\n";
    }
    units += sirens[0] + ",Unité zéro renommée,9220,A," + rna_number(0) + "\n";
    const auto other = test::siren_from("06900001");
    units += other + ",Autre unité,9220,A," + rna_number(10) + "\n";
    const auto path = test::write_file(folder / "units.csv", units);

    auto first = run(path, 5000);
    EXPECT_EQ(first.unites_legales.read, 252);
    EXPECT_EQ(first.unites_legales.inserted, 251);
    EXPECT_EQ(first.unites_legales.updated, 1);
    EXPECT_EQ(first.unites_legales.rejected, 0);
    auto renamed = by_siren(sirens[0]);
    ASSERT_TRUE(renamed);
    EXPECT_EQ(renamed->profile.name, "Unité zéro renommée");
    EXPECT_EQ(renamed->profile.rna, rna_number(0));
    // The RNA number (UNIQUE) stays with the unit that holds it; the other unit is kept without it.
    auto tenth = by_siren(sirens[10]);
    ASSERT_TRUE(tenth);
    EXPECT_EQ(tenth->profile.rna, rna_number(10));
    auto second = by_siren(other);
    ASSERT_TRUE(second);
    EXPECT_EQ(second->profile.rna, "");
    EXPECT_EQ(by_siren(sirens[249])->profile.name, "Unité 249");

    // Again, in batches that cut the multi-row INSERTs: nothing new, nothing changed but the
    // first unit, renamed back and forth within the file.
    auto again = run(path, 70);
    EXPECT_EQ(again.unites_legales.inserted, 0);
    EXPECT_EQ(again.unites_legales.updated, 2);
    EXPECT_EQ(again.unites_legales.unchanged, 250);
    EXPECT_EQ(by_siren(sirens[0])->profile.name, "Unité zéro renommée");
}
