// `essaim import sirene` with establishments placed as the real StockEtablissement places them:
// in the municipal arrondissements of Paris, Lyon and Marseille, in communes since merged into a
// commune nouvelle, overseas; and the codes it reports rather than guesses, with their line and
// reason. The reference package is the installed one, loaded by the test platform.

#include "app/platform.hpp"
#include "core/clock.hpp"
#include "db/session.hpp"
#include "directory/import_sirene.hpp"
#include "directory/organisation_store.hpp"
#include "import_test_support.hpp"
#include "support/test_platform.hpp"
#include "web/context.hpp"

#include <gtest/gtest.h>
#include <soci/soci.h>

#include <map>

using essaim::test::TestPlatform;
namespace directory = essaim::directory;
namespace test = essaim::test;

namespace {

const std::string unite_legale_header
    = "siren,statutDiffusionUniteLegale,unitePurgeeUniteLegale,dateCreationUniteLegale,sigleUniteLegale,"
      "sexeUniteLegale,prenom1UniteLegale,prenomUsuelUniteLegale,pseudonymeUniteLegale,"
      "identifiantAssociationUniteLegale,trancheEffectifsUniteLegale,anneeEffectifsUniteLegale,"
      "dateDernierTraitementUniteLegale,nombrePeriodesUniteLegale,categorieEntreprise,anneeCategorieEntreprise,"
      "dateDebut,etatAdministratifUniteLegale,nomUniteLegale,nomUsageUniteLegale,denominationUniteLegale,"
      "denominationUsuelle1UniteLegale,categorieJuridiqueUniteLegale,activitePrincipaleUniteLegale,"
      "nomenclatureActivitePrincipaleUniteLegale,nicSiegeUniteLegale,economieSocialeSolidaireUniteLegale,"
      "societeMissionUniteLegale,caractereEmployeurUniteLegale\n";

// The columns of INSEE's StockEtablissement, in its order.
const std::vector<std::string> etablissement_columns{"siren", "nic", "siret", "statutDiffusionEtablissement",
    "dateCreationEtablissement", "trancheEffectifsEtablissement", "anneeEffectifsEtablissement",
    "activitePrincipaleRegistreMetiersEtablissement", "dateDernierTraitementEtablissement", "etablissementSiege",
    "nombrePeriodesEtablissement", "complementAdresseEtablissement", "numeroVoieEtablissement",
    "indiceRepetitionEtablissement", "dernierNumeroVoieEtablissement", "indiceRepetitionDernierNumeroVoieEtablissement",
    "typeVoieEtablissement", "libelleVoieEtablissement", "codePostalEtablissement", "libelleCommuneEtablissement",
    "libelleCommuneEtrangerEtablissement", "distributionSpecialeEtablissement", "codeCommuneEtablissement",
    "codeCedexEtablissement", "libelleCedexEtablissement", "codePaysEtrangerEtablissement",
    "libellePaysEtrangerEtablissement", "identifiantAdresseEtablissement", "coordonneeLambertAbscisseEtablissement",
    "coordonneeLambertOrdonneeEtablissement", "dateDebut", "etatAdministratifEtablissement", "enseigne1Etablissement",
    "enseigne2Etablissement", "enseigne3Etablissement", "denominationUsuelleEtablissement",
    "activitePrincipaleEtablissement", "nomenclatureActivitePrincipaleEtablissement", "caractereEmployeurEtablissement"};

std::string unit_line(const std::string& siren, const std::string& name)
{
    auto nic = test::siret_of(siren).substr(9);
    return siren + ",O,,2012-03-01,,,,,,,11,2021,2024-03-01T10:00:00,3,PME,2021,2012-03-01,A,,," + name
        + ",,9220,88.99B,NAFRev2," + nic + ",O,N,O\n";
}

//! A head office of `siren` in `commune`, every other column as INSEE fills it.
std::string head_office_line(const std::string& siren, const std::string& postal_code, const std::string& commune_name,
    const std::string& commune)
{
    const auto siret = test::siret_of(siren);
    std::map<std::string, std::string> values{{"siren", siren}, {"nic", siret.substr(9)}, {"siret", siret},
        {"statutDiffusionEtablissement", "O"}, {"dateCreationEtablissement", "2012-03-01"},
        {"trancheEffectifsEtablissement", "11"}, {"anneeEffectifsEtablissement", "2021"},
        {"dateDernierTraitementEtablissement", "2024-03-01T10:00:00"}, {"etablissementSiege", "true"},
        {"nombrePeriodesEtablissement", "2"}, {"numeroVoieEtablissement", "8"}, {"typeVoieEtablissement", "RUE"},
        {"libelleVoieEtablissement", "DE LA REPUBLIQUE"}, {"codePostalEtablissement", postal_code},
        {"libelleCommuneEtablissement", commune_name}, {"codeCommuneEtablissement", commune},
        {"identifiantAdresseEtablissement", commune + "_0420_00008"}, {"dateDebut", "2019-01-01"},
        {"etatAdministratifEtablissement", "A"}, {"activitePrincipaleEtablissement", "88.99B"},
        {"nomenclatureActivitePrincipaleEtablissement", "NAFRev2"}, {"caractereEmployeurEtablissement", "O"}};
    std::vector<std::string> fields;
    for (const auto& column : etablissement_columns)
        fields.push_back(values.count(column) ? values[column] : std::string());
    return essaim::core::csv_format_record(fields) + "\n";
}

struct Placed {
    std::string commune_code;
    std::string part_code;
};

Placed placed(const std::string& siren)
{
    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    std::string commune, part;
    soci::indicator commune_indicator = soci::i_ok, part_indicator = soci::i_ok;
    lease->sql() << "SELECT commune_code, commune_part_code FROM organisations WHERE siren = :siren", soci::use(siren),
        soci::into(commune, commune_indicator), soci::into(part, part_indicator);
    return {commune_indicator == soci::i_null ? "" : commune, part_indicator == soci::i_null ? "" : part};
}

directory::SireneImportResult run(const directory::SireneImportOptions& options)
{
    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    essaim::core::ManualClock clock(1'750'000'000);
    auto result = directory::import_sirene(*lease, clock, options);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
    return result.ok() ? result.value() : directory::SireneImportResult{};
}

struct Establishment {
    const char* postal_code;
    const char* commune_name;
    const char* code;        // as INSEE writes it
    const char* commune;     // where it is placed ("" when reported)
    const char* part;        // the part of the commune
    const char* reason = "";  // the start of the report's reason
};

} // namespace

TEST(ImportCommuneParts, PlacesArrondissementsMergedAndOverseasCommunesAndReportsTheRest)
{
    const std::vector<Establishment> establishments{
        {"75001", "PARIS", "75056", "75056", ""},
        {"75011", "PARIS 11", "75111", "75056", "75111"},
        {"69001", "LYON", "69123", "69123", ""},
        {"69001", "LYON 1ER", "69381", "69123", "69381"},
        {"13001", "MARSEILLE", "13055", "13055", ""},
        {"13001", "MARSEILLE 1ER", "13201", "13055", "13201"},
        // Châtillon-en-Michaille, commune déléguée of Valserhône since 2019.
        {"01200", "CHATILLON EN MICHAILLE", "01091", "01033", "01091"},
        // Cordieux, associated with Montluel.
        {"01120", "CORDIEUX", "01120", "01262", "01120"},
        // Saint-Bois, merged into Arboys en Bugey: a former code only.
        {"01300", "SAINT BOIS", "01340", "01015", "01340"},
        {"97139", "LES ABYMES", "97101", "97101", ""},
        {"97630", "ACOUA", "97601", "97601", ""},
        {"01200", "BELLEGARDE", "1033", "", "", "code commune de 4 chiffres : 1033"},
        {"75021", "PARIS 21", "75121", "", "", "commune inconnue : 75121"},
        // Lamarche-en-Woëvre: associated with one commune, former code of another.
        {"55300", "LAMARCHE EN WOEVRE", "55273", "", "",
            "ancienne commune partagée entre plusieurs communes actuelles : 55273 (55245, 55386)"},
    };
    auto folder = test::import_folder("sirene-commune-parts");
    std::string units = unite_legale_header;
    std::string heads = [] {
        std::string header;
        for (const auto& column : etablissement_columns)
            header += (header.empty() ? "" : ",") + column;
        return header + "\n";
    }();
    std::vector<std::string> sirens;
    for (std::size_t i = 0; i < establishments.size(); ++i) {
        const auto& e = establishments[i];
        sirens.push_back(test::siren_from("0210" + std::to_string(1000 + i)));
        units += unit_line(sirens.back(), "Association du lieu " + std::to_string(i));
        heads += head_office_line(sirens.back(), e.postal_code, e.commune_name, e.code);
    }
    directory::SireneImportOptions options;
    options.unites_legales_path = test::write_file(folder / "StockUniteLegale.csv", units);
    options.etablissements_path = test::write_file(folder / "StockEtablissement.csv", heads);
    options.report_path = (folder / "rapport.csv").string();
    options.batch_size = 4;
    auto result = run(options);

    EXPECT_EQ(result.unites_legales.inserted, static_cast<long long>(establishments.size()));
    EXPECT_EQ(result.etablissements.updated, 11);
    EXPECT_EQ(result.etablissements.rejected, 3);
    std::map<long long, std::string> reasons;
    for (const auto& line : test::read_report(options.report_path))
        reasons[line.line] = line.reason;
    EXPECT_EQ(reasons.size(), 3u);
    for (std::size_t i = 0; i < establishments.size(); ++i) {
        const auto& e = establishments[i];
        auto line = static_cast<long long>(i) + 2;  // after the header
        auto where = placed(sirens[i]);
        EXPECT_EQ(where.commune_code, e.commune) << e.code;
        EXPECT_EQ(where.part_code, e.part) << e.code;
        if (*e.reason == '\0') {
            EXPECT_FALSE(reasons.count(line)) << e.code << ": " << reasons[line];
        } else {
            ASSERT_TRUE(reasons.count(line)) << e.code;
            EXPECT_EQ(reasons[line].rfind(e.reason, 0), 0u) << e.code << ": " << reasons[line];
        }
    }

    // Re-imported, nothing changes; a member who moves the organisation drops the arrondissement.
    auto again = run(options);
    EXPECT_EQ(again.etablissements.unchanged, 11);
    {
        auto lease = TestPlatform::instance().platform().services().pool.acquire();
        auto id = directory::organisation_with_siren(*lease, sirens[1]);
        ASSERT_TRUE(id);
        auto organisation = directory::find_organisation(*lease, *id);
        ASSERT_TRUE(organisation);
        organisation->profile.commune_code = "42218";
        essaim::db::Transaction transaction(*lease);
        directory::update_organisation(*lease, *organisation);
        transaction.commit();
    }
    EXPECT_EQ(placed(sirens[1]).commune_code, "42218");
    EXPECT_EQ(placed(sirens[1]).part_code, "");
    // Kept for the one who stays in Paris.
    EXPECT_EQ(placed(sirens[0]).commune_code, "75056");
}

TEST(ImportCommuneParts, TheReferencePackageGivesEveryArrondissementAndMergedCommune)
{
    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    std::map<std::string, long long> counts;
    for (std::string kind : {"arrondissement_municipal", "commune_deleguee", "commune_associee", "ancien_code"}) {
        long long count = 0;
        lease->sql() << "SELECT COUNT(*) FROM commune_parts WHERE kind = :kind", soci::use(kind), soci::into(count);
        counts[kind] = count;
    }
    // 20 in Paris, 9 in Lyon, 16 in Marseille.
    EXPECT_EQ(counts["arrondissement_municipal"], 45);
    EXPECT_GT(counts["commune_deleguee"], 1000);
    EXPECT_GT(counts["commune_associee"], 400);
    EXPECT_GT(counts["ancien_code"], 1000);
    // Lyon: its 9 arrondissements, and the former code of Saint-Rambert-l'Île-Barbe, merged in 1963.
    std::vector<std::string> lyon;
    std::string code;
    soci::statement listed = (lease->sql().prepare << "SELECT code || ' ' || kind FROM commune_parts "
                                                      "WHERE commune_code = '69123' ORDER BY code",
        soci::into(code));
    listed.execute();
    while (listed.fetch())
        lyon.push_back(code);
    EXPECT_EQ(lyon, (std::vector<std::string>{"69232 ancien_code", "69381 arrondissement_municipal",
                        "69382 arrondissement_municipal", "69383 arrondissement_municipal",
                        "69384 arrondissement_municipal", "69385 arrondissement_municipal",
                        "69386 arrondissement_municipal", "69387 arrondissement_municipal",
                        "69388 arrondissement_municipal", "69389 arrondissement_municipal"}));
}
