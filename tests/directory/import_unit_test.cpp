// The register imports' mappings: ESS family from the legal category, the head office's address
// line, and the dates kept.

#include "directory/import_support.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using essaim::directory::address_line_of;
using essaim::directory::date_or_empty;
using essaim::directory::ess_family_for;

namespace {

struct FamilyCase {
    std::string category;
    bool ess;
    bool mission;
    std::string expected;
};

} // namespace

TEST(ImportMapping, EssFamilyFollowsTheLegalCategoryThenTheFlags)
{
    // clang-format off
    const std::vector<FamilyCase> cases = {
        {"9220", false, false, "association"},   // association déclarée, flag or not
        {"9230", true,  false, "association"},   // reconnue d'utilité publique
        {"9300", false, false, "fondation"},
        {"5458", false, false, "cooperative"},   // SCOP SARL
        {"5560", true,  false, "cooperative"},   // autre SA coopérative
        {"5546", true,  false, "entreprise_ess_esus"},  // SA d'HLM: not a cooperative
        {"6317", false, false, "cooperative"},   // coopérative agricole
        {"5192", false, false, "cooperative"},   // banque populaire
        {"8210", false, false, "mutuelle"},
        {"6411", false, false, "mutuelle"},
        {"5710", false, true,  "societe_a_mission"},
        {"5710", true,  false, "entreprise_ess_esus"},
        {"5710", false, false, ""},
        {"1000", false, false, ""},
        {"",     true,  false, "entreprise_ess_esus"},
        {"92x0", false, false, ""},
    };
    // clang-format on
    for (const auto& c : cases)
        EXPECT_EQ(ess_family_for(c.category, c.ess, c.mission), c.expected) << c.category << " " << c.ess << c.mission;
}

TEST(ImportMapping, AddressLineWritesStreetTypesOut)
{
    EXPECT_EQ(address_line_of("12", "AV", "DES CHAMPS"), "12 AVENUE DES CHAMPS");
    EXPECT_EQ(address_line_of("", "RUE", "HAUTE"), "RUE HAUTE");
    EXPECT_EQ(address_line_of("3", "", "LE BOURG"), "3 LE BOURG");
    EXPECT_EQ(address_line_of("", "", ""), "");
}

TEST(ImportMapping, DatesAreKeptOnlyWhenWellFormed)
{
    EXPECT_EQ(date_or_empty("2001-05-17"), "2001-05-17");
    EXPECT_EQ(date_or_empty("17/05/2001"), "");
    EXPECT_EQ(date_or_empty("2001-5-17"), "");
    EXPECT_EQ(date_or_empty(""), "");
}
