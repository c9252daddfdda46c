// `essaim import sirene` against the backend of the test process: units and head offices
// imported, damaged lines reported with their line and reason, re-import idempotent, members'
// edits kept, ceased units marked, --ess-only, and a generated file with damage of every kind.

#include "app/platform.hpp"
#include "core/clock.hpp"
#include "db/session.hpp"
#include "directory/changes.hpp"
#include "directory/import_sirene.hpp"
#include "directory/organisation_store.hpp"
#include "import_test_support.hpp"
#include "support/test_platform.hpp"
#include "web/context.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <map>
#include <sstream>

using essaim::test::TestPlatform;
namespace directory = essaim::directory;
namespace test = essaim::test;

namespace {

const std::string unite_legale_header
    = "siren,statutDiffusionUniteLegale,dateCreationUniteLegale,sigleUniteLegale,prenom1UniteLegale,"
      "identifiantAssociationUniteLegale,trancheEffectifsUniteLegale,etatAdministratifUniteLegale,nomUniteLegale,"
      "denominationUniteLegale,categorieJuridiqueUniteLegale,activitePrincipaleUniteLegale,nicSiegeUniteLegale,"
      "economieSocialeSolidaireUniteLegale,societeMissionUniteLegale\n";
const std::string etablissement_header
    = "siren,nic,siret,etablissementSiege,numeroVoieEtablissement,typeVoieEtablissement,libelleVoieEtablissement,"
      "codePostalEtablissement,libelleCommuneEtablissement,codeCommuneEtablissement\n";

std::string unit_line(const std::string& siren, const std::string& name, const std::string& category,
    const std::string& etat = "A", const std::string& ess = "O", const std::string& sigle = "")
{
    auto nic = test::siret_of(siren).substr(9);
    return siren + ",O,2001-05-17," + sigle + ",,,11," + etat + ",," + name + "," + category + ",88.99B," + nic + ","
        + ess + ",N\n";
}

directory::SireneImportResult run(const directory::SireneImportOptions& options, long long now = 1'750'000'000)
{
    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    essaim::core::ManualClock clock(now);
    auto result = directory::import_sirene(*lease, clock, options);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
    return result.ok() ? result.value() : directory::SireneImportResult{};
}

std::optional<directory::Organisation> by_siren(const std::string& siren)
{
    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    auto id = directory::organisation_with_siren(*lease, siren);
    if (!id)
        return std::nullopt;
    return directory::find_organisation(*lease, *id);
}

} // namespace

TEST(ImportSirene, ImportsUnitsAndHeadOfficesAndReportsEachDamagedLine)
{
    auto folder = test::import_folder("sirene-basic");
    const auto association = test::siren_from("01000001");
    const auto cooperative = test::siren_from("01000002");
    const auto person = test::siren_from("01000003");
    const auto bad_siren = test::complete_luhn("01000004").substr(0, 8) + "x";
    std::string units = unite_legale_header                                                  // line 1
        + unit_line(association, "\"Les Jardins \"\"partagés\"\", Saint-Étienne\"", "9220")  // 2
        + unit_line(cooperative, "Coopérative du Pilat", "5458", "C", "O", "CDP")            // 3
        + association + ",O,2001-05-17,x\"y,,,11,A,,Mauvais,9220,88.99B,00011,O,N\n"          // 4: stray quote
        + association + ",O,2001-05-17,,,\n"                                                  // 5: too few columns
        + unit_line(bad_siren, "SIREN faux", "9220")                                          // 6
        + person + ",O,2001-05-17,,Élodie,,NN,A,LEFÈVRE,,1000,96.02A,,N,N\n";                // 7
    const auto head = test::siret_of(association);
    auto broken_siret = test::siret_of(person);
    broken_siret.back() = broken_siret.back() == '9' ? '0' : static_cast<char>(broken_siret.back() + 1);
    std::string establishments = etablissement_header                                                   // 1
        + association + "," + head.substr(9) + "," + head + ",true,12,RUE,DE LA PAIX,42000,SAINT-ETIENNE,42218\n"  // 2
        + association + ",00029," + test::complete_luhn(association + "0002") + ",false,1,AV,FOCH,42000,X,42218\n"  // 3
        + cooperative + "," + test::siret_of(cooperative).substr(9) + "," + test::siret_of(cooperative)
        + ",true,3,PL,DU MARCHÉ,42410,PÉLUSSIN,98799\n"                                                 // 4: unknown commune
        + person + ",00012," + broken_siret + ",true,5,RUE,HAUTE,75001,PARIS,75056\n";                   // 5: bad SIRET

    directory::SireneImportOptions options;
    options.unites_legales_path = test::write_file(folder / "StockUniteLegale.csv", units);
    options.etablissements_path = test::write_file(folder / "StockEtablissement.csv", establishments);
    options.report_path = (folder / "rapport.csv").string();
    options.batch_size = 2;
    std::ostringstream progress;
    options.progress = &progress;
    auto result = run(options);

    EXPECT_EQ(result.unites_legales.read, 6);
    EXPECT_EQ(result.unites_legales.inserted, 3);
    EXPECT_EQ(result.unites_legales.ceased, 1);
    EXPECT_EQ(result.unites_legales.rejected, 3);
    EXPECT_EQ(result.etablissements.read, 4);
    EXPECT_EQ(result.etablissements.updated, 1);
    EXPECT_EQ(result.etablissements.skipped, 1);  // the secondary establishment
    EXPECT_EQ(result.etablissements.rejected, 2);

    auto report = test::read_report(options.report_path);
    ASSERT_EQ(report.size(), 5u);
    EXPECT_EQ(report[0].file, "StockUniteLegale.csv");
    EXPECT_EQ(report[0].line, 4);
    EXPECT_EQ(report[0].reason, "guillemet inattendu dans un champ sans guillemets");
    EXPECT_EQ(report[1].line, 5);
    EXPECT_EQ(report[1].reason, "nombre de colonnes incorrect : 6 au lieu de 15");
    EXPECT_EQ(report[2].line, 6);
    EXPECT_EQ(report[2].reason.rfind("SIREN invalide", 0), 0u) << report[2].reason;
    EXPECT_EQ(report[3].file, "StockEtablissement.csv");
    EXPECT_EQ(report[3].line, 4);
    EXPECT_EQ(report[3].reason, "commune inconnue : 98799");
    EXPECT_EQ(report[4].line, 5);
    EXPECT_EQ(report[4].reason.rfind("SIRET invalide", 0), 0u) << report[4].reason;

    auto jardins = by_siren(association);
    ASSERT_TRUE(jardins);
    EXPECT_EQ(jardins->profile.name, "Les Jardins \"partagés\", Saint-Étienne");
    EXPECT_EQ(jardins->profile.ess_family, "association");
    EXPECT_EQ(jardins->profile.naf_code, "88.99B");
    EXPECT_EQ(jardins->profile.headcount_band, "11");
    EXPECT_EQ(jardins->profile.creation_date, "2001-05-17");
    EXPECT_EQ(jardins->profile.address_line, "12 RUE DE LA PAIX");
    EXPECT_EQ(jardins->profile.postal_code, "42000");
    EXPECT_EQ(jardins->profile.commune_code, "42218");
    EXPECT_EQ(jardins->profile.siret(), head);
    EXPECT_EQ(jardins->status, directory::OrganisationStatus::Publiee);
    EXPECT_EQ(jardins->source, directory::OrganisationSource::Sirene);
    EXPECT_FALSE(jardins->ceased);

    auto pilat = by_siren(cooperative);
    ASSERT_TRUE(pilat);
    EXPECT_TRUE(pilat->ceased);
    EXPECT_EQ(pilat->profile.ess_family, "cooperative");
    EXPECT_EQ(pilat->profile.acronym, "CDP");
    EXPECT_EQ(pilat->profile.commune_code, "");  // its head office line was rejected

    auto individual = by_siren(person);
    ASSERT_TRUE(individual);
    EXPECT_EQ(individual->profile.name, "Élodie LEFÈVRE");
    EXPECT_EQ(individual->profile.ess_family, "");
    EXPECT_FALSE(by_siren(bad_siren));
}

TEST(ImportSirene, ReimportIsIdempotentAndKeepsMembersEdits)
{
    auto folder = test::import_folder("sirene-again");
    const auto first = test::siren_from("02000001");
    const auto second = test::siren_from("02000002");
    directory::SireneImportOptions options;
    options.unites_legales_path = test::write_file(folder / "ul.csv",
        unite_legale_header + unit_line(first, "Première", "9220") + unit_line(second, "Seconde", "5460"));
    auto once = run(options);
    EXPECT_EQ(once.unites_legales.inserted, 2);
    auto twice = run(options);
    EXPECT_EQ(twice.unites_legales.read, 2);
    EXPECT_EQ(twice.unites_legales.inserted, 0);
    EXPECT_EQ(twice.unites_legales.updated, 0);
    EXPECT_EQ(twice.unites_legales.unchanged, 2);

    // A member renames the first organisation on the platform.
    {
        auto lease = TestPlatform::instance().platform().services().pool.acquire();
        auto organisation = directory::find_organisation(*lease, *directory::organisation_with_siren(*lease, first));
        ASSERT_TRUE(organisation);
        organisation->profile.name = "Première (nom choisi par ses membres)";
        organisation->member_edited_fields = {"name"};
        essaim::db::Transaction transaction(*lease);
        directory::update_organisation(*lease, *organisation);
        transaction.commit();
    }
    // The register renames both and the first one ceases: the member's name stays, the rest follows.
    test::write_file(folder / "ul.csv",
        unite_legale_header + unit_line(first, "Première nouvelle", "9220", "C", "O", "PN")
            + unit_line(second, "Seconde nouvelle", "5460"));
    auto third = run(options);
    EXPECT_EQ(third.unites_legales.updated, 2);
    EXPECT_EQ(third.unites_legales.ceased, 1);
    auto renamed = by_siren(first);
    ASSERT_TRUE(renamed);
    EXPECT_EQ(renamed->profile.name, "Première (nom choisi par ses membres)");
    EXPECT_EQ(renamed->profile.acronym, "PN");
    EXPECT_TRUE(renamed->ceased);
    EXPECT_EQ(by_siren(second)->profile.name, "Seconde nouvelle");

    // The update left a revision by the system.
    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    auto revisions = directory::list_revisions(*lease, renamed->id, 5);
    ASSERT_FALSE(revisions.empty());
    EXPECT_EQ(revisions.front().actor_user_id, 0);
    EXPECT_NE(revisions.front().changes_json.find("acronym"), std::string::npos);
    EXPECT_EQ(revisions.front().changes_json.find("\"name\""), std::string::npos);
}

TEST(ImportSirene, EssOnlyKeepsOnlyUnitsFlaggedEss)
{
    auto folder = test::import_folder("sirene-ess");
    const auto ess = test::siren_from("03000001");
    const auto other = test::siren_from("03000002");
    directory::SireneImportOptions options;
    options.unites_legales_path = test::write_file(folder / "ul.csv",
        unite_legale_header + unit_line(ess, "Régie de quartier", "9220", "A", "O")
            + unit_line(other, "Société ordinaire", "5710", "A", "N"));
    options.ess_only = true;
    auto result = run(options);
    EXPECT_EQ(result.unites_legales.read, 2);
    EXPECT_EQ(result.unites_legales.inserted, 1);
    EXPECT_EQ(result.unites_legales.skipped, 1);
    EXPECT_TRUE(by_siren(ess));
    EXPECT_FALSE(by_siren(other));
}

TEST(ImportSirene, MissingRequiredColumnIsAClearError)
{
    auto folder = test::import_folder("sirene-header");
    directory::SireneImportOptions options;
    options.unites_legales_path = test::write_file(folder / "ul.csv", "siren,denominationUniteLegale\n");
    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    essaim::core::ManualClock clock(1'750'000'000);
    auto result = directory::import_sirene(*lease, clock, options);
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find("categorieJuridiqueUniteLegale, etatAdministratifUniteLegale"),
        std::string::npos)
        << result.error().message;
    options.unites_legales_path = (folder / "absent.csv").string();
    EXPECT_FALSE(directory::import_sirene(*lease, clock, options).ok());
}

TEST(ImportSirene, GeneratedFilesWithDamageOfEveryKind)
{
    auto folder = test::import_folder("sirene-generated");
    std::string command = "python3 scripts/generate-registers.py --rows 120 --seed 7 --damage-every 10 --out "
        + folder.string() + " 2>/dev/null";
    ASSERT_EQ(std::system(command.c_str()), 0);
    directory::SireneImportOptions options;
    options.unites_legales_path = (folder / "StockUniteLegale.csv").string();
    options.etablissements_path = (folder / "StockEtablissement.csv").string();
    options.report_path = (folder / "rapport.csv").string();
    options.batch_size = 25;
    auto result = run(options);

    // Every damaged line is reported, and only those.
    std::set<std::pair<std::string, long long>> expected, reported;
    {
        std::ifstream input(folder / "damage.csv");
        essaim::core::CsvReader reader(input);
        essaim::core::CsvRecord record;
        reader.next(record);  // header
        while (reader.next(record) == essaim::core::CsvStatus::Record) {
            if (record.fields[0] != "rna.csv")
                expected.emplace(record.fields[0], std::stoll(record.fields[1]));
        }
    }
    for (const auto& line : test::read_report(options.report_path))
        reported.emplace(line.file, line.line);
    EXPECT_EQ(reported, expected);
    EXPECT_EQ(result.unites_legales.read, 120);
    EXPECT_EQ(result.unites_legales.rejected, 12);
    EXPECT_EQ(result.unites_legales.inserted + result.unites_legales.updated + result.unites_legales.unchanged, 108);

    auto again = run(options);
    EXPECT_EQ(again.unites_legales.unchanged, 108);
    EXPECT_EQ(again.etablissements.unchanged, result.etablissements.updated + result.etablissements.unchanged);
    EXPECT_EQ(again.etablissements.rejected, result.etablissements.rejected);
}

TEST(ImportSirene, TwoUnitsNamingTheSameAssociationStayApart)
{
    auto folder = test::import_folder("sirene-same-rna");
    const auto first = test::siren_from("05000001");
    const auto second = test::siren_from("05000002");
    auto line = [](const std::string& siren, const std::string& name) {
        return siren + ",O,2001-05-17,,,W421777001,11,A,," + name + ",9220,88.99B," + test::siret_of(siren).substr(9)
            + ",O,N\n";
    };
    directory::SireneImportOptions options;
    options.unites_legales_path
        = test::write_file(folder / "ul.csv", unite_legale_header + line(first, "Première") + line(second, "Seconde"));
    auto result = run(options);
    EXPECT_EQ(result.unites_legales.inserted, 2);
    EXPECT_EQ(by_siren(first)->profile.rna, "W421777001");
    EXPECT_EQ(by_siren(second)->profile.rna, "");
    EXPECT_EQ(by_siren(second)->profile.name, "Seconde");
    EXPECT_EQ(run(options).unites_legales.unchanged, 2);
}
