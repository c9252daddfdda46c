// Placing a register's commune code: current communes, parts of communes (arrondissements,
// communes déléguées, former codes), and the codes that are reported rather than guessed.

#include "directory/commune_codes.hpp"

#include <gtest/gtest.h>

using essaim::directory::CommuneCodes;
using essaim::directory::RegisterPlace;

namespace {

CommuneCodes codes()
{
    CommuneCodes codes;
    for (const char* commune : {"75056", "69123", "13055", "01033", "01015", "2A004", "97101", "97601", "55245", "55386"})
        codes.add_commune(commune);
    codes.add_part("75111", "75056");
    codes.add_part("69381", "69123");
    codes.add_part("13201", "13055");
    codes.add_part("01091", "01033");  // a commune déléguée of Valserhône
    codes.add_part("01340", "01015");  // a former code of Arboys en Bugey
    codes.add_part("55273", "55245");  // a former commune split between two current ones
    codes.add_part("55273", "55386");
    codes.add_part("55273", "55386");  // listed twice by the package: still two communes
    return codes;
}

} // namespace

TEST(CommuneCodes, PlacesCurrentCommunesAndThePartsOfCommunes)
{
    const auto known = codes();
    struct Case {
        const char* code;
        RegisterPlace place;
    };
    for (const Case& test : std::initializer_list<Case>{{"75056", {"75056", ""}}, {"75111", {"75056", "75111"}},
             {"69381", {"69123", "69381"}}, {"13201", {"13055", "13201"}}, {"01091", {"01033", "01091"}},
             {"01340", {"01015", "01340"}}, {"2A004", {"2A004", ""}}, {"97101", {"97101", ""}},
             {"97601", {"97601", ""}}, {"", {"", ""}}}) {
        auto place = known.place(test.code);
        ASSERT_TRUE(place.ok()) << test.code << ": " << place.error().message;
        EXPECT_EQ(place.value(), test.place) << test.code;
    }
}

TEST(CommuneCodes, ReportsWhatItCannotPlaceWithoutGuessing)
{
    const auto known = codes();
    struct Case {
        const char* code;
        const char* reason;
    };
    for (const Case& test : std::initializer_list<Case>{
             {"1053", "code commune de 4 chiffres : 1053 (un tableur a sans doute ôté le zéro initial"},
             {"75121", "commune inconnue : 75121"},
             {"98799", "commune inconnue : 98799"},
             {"55273", "ancienne commune partagée entre plusieurs communes actuelles : 55273 (55245, 55386)"},
             {"7511", "code commune de 4 chiffres : 7511"},
             {"751110", "code commune mal formé : 751110"},
             {"2a004", "code commune mal formé : 2a004"},
             {" 75111", "code commune mal formé"},
             {"75 11", "code commune mal formé"}}) {
        auto place = known.place(test.code);
        ASSERT_FALSE(place.ok()) << test.code;
        EXPECT_EQ(place.error().message.rfind(test.reason, 0), 0u) << test.code << ": " << place.error().message;
    }
    // A code that lost its leading zero is not padded, even when the padded code exists.
    EXPECT_FALSE(known.place("1015").ok());
}
