// `essaim import rna` against the backend of the test process: associations upserted by RNA
// number, dissolved ones marked ceased, damaged lines reported, re-import idempotent, and an
// association already imported from SIRENE found by its SIRET instead of duplicated.

#include "app/platform.hpp"
#include "core/clock.hpp"
#include "db/session.hpp"
#include "directory/import_rna.hpp"
#include "directory/import_sirene.hpp"
#include "directory/organisation_store.hpp"
#include "import_test_support.hpp"
#include "support/test_platform.hpp"
#include "web/context.hpp"

#include <gtest/gtest.h>

#include <cstdlib>

using essaim::test::TestPlatform;
namespace directory = essaim::directory;
namespace test = essaim::test;

namespace {

const std::string rna_header = "id;id_ex;siret;date_creat;titre;titre_court;objet;adrs_numvoie;adrs_typevoie;"
                               "adrs_libvoie;adrs_codeinsee;adrs_codepostal;adrs_libcommune;siteweb;position\n";

directory::ImportCounts run(const directory::RnaImportOptions& options)
{
    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    essaim::core::ManualClock clock(1'750'000'000);
    auto result = directory::import_rna(*lease, clock, options);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
    return result.ok() ? result.value() : directory::ImportCounts{};
}

std::optional<directory::Organisation> by_rna(const std::string& rna)
{
    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    auto id = directory::organisation_with_rna(*lease, rna);
    if (!id)
        return std::nullopt;
    return directory::find_organisation(*lease, *id);
}

} // namespace

TEST(ImportRna, ImportsAssociationsMarksDissolvedOnesAndReportsDamagedLines)
{
    auto folder = test::import_folder("rna-basic");
    std::string content = rna_header                                                                     // 1
        + "W421000011;;;1999-02-03;\"Amicale \"\"Les Tilleuls\"\"\";ALT;\"Loisirs ; entraide\nsur deux lignes\";4;RUE;"
          "DES ÉCOLES;42218;42000;SAINT-ÉTIENNE;www.tilleuls.fr;A\n"                                      // 2-3
        + "W421000012;;;2005-10-11;Club dissous;;Sport;;;;42218;42000;SAINT-ÉTIENNE;;D\n"                  // 4
        + "W42;;;2005-10-11;Numéro trop court;;;;;;42218;42000;SAINT-ÉTIENNE;;A\n"                        // 5
        + "W421000013;;;2005-10-11;Commune inconnue;;;;;;98799;98000;NULLE PART;;A\n"                    // 6
        + "W421000014;;;2005-10-11;Colonnes manquantes\n"                                                // 7
        + "W421000015;;;2005-10-11;\"Guillemet \"mal placé\";;;;;;42218;42000;X;;A\n"                     // 8
        + "W421000016;;;2010-01-01;Supprimée;;;;;;75056;75001;PARIS;;S\n";                               // 9
    directory::RnaImportOptions options;
    options.path = test::write_file(folder / "rna_waldec.csv", content);
    options.report_path = (folder / "rapport.csv").string();
    auto counts = run(options);
    EXPECT_EQ(counts.read, 7);
    EXPECT_EQ(counts.inserted, 3);
    EXPECT_EQ(counts.ceased, 2);
    EXPECT_EQ(counts.rejected, 4);

    auto report = test::read_report(options.report_path);
    ASSERT_EQ(report.size(), 4u);
    EXPECT_EQ(report[0].line, 5);
    EXPECT_EQ(report[0].reason.rfind("numéro RNA invalide", 0), 0u) << report[0].reason;
    EXPECT_EQ(report[1].line, 6);
    EXPECT_EQ(report[1].reason, "commune inconnue : 98799");
    EXPECT_EQ(report[2].line, 7);
    EXPECT_EQ(report[2].reason, "nombre de colonnes incorrect : 5 au lieu de 15");
    EXPECT_EQ(report[3].line, 8);
    EXPECT_EQ(report[3].reason, "caractère après un guillemet fermant");

    auto tilleuls = by_rna("W421000011");
    ASSERT_TRUE(tilleuls);
    EXPECT_EQ(tilleuls->profile.name, "Amicale \"Les Tilleuls\"");
    EXPECT_EQ(tilleuls->profile.acronym, "ALT");
    EXPECT_EQ(tilleuls->profile.description, "Loisirs ; entraide\nsur deux lignes");
    EXPECT_EQ(tilleuls->profile.address_line, "4 RUE DES ÉCOLES");
    EXPECT_EQ(tilleuls->profile.commune_code, "42218");
    EXPECT_EQ(tilleuls->profile.website, "https://www.tilleuls.fr");
    EXPECT_EQ(tilleuls->profile.ess_family, "association");
    EXPECT_EQ(tilleuls->source, directory::OrganisationSource::Rna);
    EXPECT_EQ(tilleuls->status, directory::OrganisationStatus::Publiee);
    EXPECT_FALSE(tilleuls->ceased);
    EXPECT_TRUE(by_rna("W421000012")->ceased);
    EXPECT_TRUE(by_rna("W421000016")->ceased);
    EXPECT_FALSE(by_rna("W421000013"));

    auto again = run(options);
    EXPECT_EQ(again.read, 7);
    EXPECT_EQ(again.inserted, 0);
    EXPECT_EQ(again.updated, 0);
    EXPECT_EQ(again.unchanged, 3);
    EXPECT_EQ(again.rejected, 4);
}

TEST(ImportRna, AssociationKnownFromSireneIsCompletedNotDuplicated)
{
    auto folder = test::import_folder("rna-sirene");
    const auto siren = test::siren_from("04000001");
    const auto siret = test::siret_of(siren);
    directory::SireneImportOptions sirene;
    sirene.unites_legales_path = test::write_file(folder / "ul.csv",
        "siren,denominationUniteLegale,categorieJuridiqueUniteLegale,etatAdministratifUniteLegale,nicSiegeUniteLegale\n"
            + siren + ",ASSOCIATION DU LAVOIR,9220,A," + siret.substr(9) + "\n");
    {
        auto lease = TestPlatform::instance().platform().services().pool.acquire();
        essaim::core::ManualClock clock(1'750'000'000);
        ASSERT_TRUE(directory::import_sirene(*lease, clock, sirene).ok());
    }
    directory::RnaImportOptions options;
    options.path = test::write_file(folder / "rna.csv",
        rna_header + "W421000099;;" + siret + ";1990-01-01;Association du lavoir;;Patrimoine;;;;42218;42000;X;;A\n");
    auto counts = run(options);
    EXPECT_EQ(counts.inserted, 0);
    EXPECT_EQ(counts.updated, 1);

    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    auto by_siren = directory::organisation_with_siren(*lease, siren);
    auto by_number = directory::organisation_with_rna(*lease, "W421000099");
    ASSERT_TRUE(by_siren && by_number);
    EXPECT_EQ(*by_siren, *by_number);
    auto organisation = directory::find_organisation(*lease, *by_number);
    EXPECT_EQ(organisation->profile.description, "Patrimoine");
    EXPECT_EQ(organisation->source, directory::OrganisationSource::Sirene);
}

TEST(ImportRna, GeneratedFileReportsEachDamagedLine)
{
    auto folder = test::import_folder("rna-generated");
    std::string command = "python3 scripts/generate-registers.py --rows 80 --seed 11 --damage-every 8 --out "
        + folder.string() + " 2>/dev/null";
    ASSERT_EQ(std::system(command.c_str()), 0);
    directory::RnaImportOptions options;
    options.path = (folder / "rna.csv").string();
    options.report_path = (folder / "rapport.csv").string();
    auto counts = run(options);
    std::set<long long> expected, reported;
    {
        std::ifstream input(folder / "damage.csv");
        essaim::core::CsvReader reader(input);
        essaim::core::CsvRecord record;
        reader.next(record);
        while (reader.next(record) == essaim::core::CsvStatus::Record) {
            if (record.fields[0] == "rna.csv")
                expected.insert(std::stoll(record.fields[1]));
        }
    }
    for (const auto& line : test::read_report(options.report_path))
        reported.insert(line.line);
    EXPECT_EQ(reported, expected);
    EXPECT_EQ(counts.read, 80);
    EXPECT_EQ(counts.rejected, 10);
    EXPECT_EQ(counts.inserted, 70);
}
