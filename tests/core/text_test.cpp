// The search key and the other text helpers.

#include "core/text.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using essaim::core::count_code_points;
using essaim::core::fold_for_search;
using essaim::core::count_of;
using essaim::core::format_decimal;
using essaim::core::format_euros;
using essaim::core::group_digits;
using essaim::core::is_valid_utf8;

namespace {

struct FoldCase {
    std::string input;
    std::string expected;
};

} // namespace

TEST(FoldForSearch, FoldsCaseAccentsAndPunctuation)
{
    // clang-format off
    const std::vector<FoldCase> cases = {
        {"Saint-Étienne", "saint etienne"},
        {"saint  etienne", "saint etienne"},
        {"SAINT-ÉTIENNE", "saint etienne"},
        {"  Saint - Étienne  ", "saint etienne"},
        {"L'Haÿ-les-Roses", "l hay les roses"},
        {"L’Haÿ-les-Roses", "l hay les roses"},
        {"Œuvre", "oeuvre"},
        {"cœur", "coeur"},
        {"Lætitia", "laetitia"},
        {"ÆTHER", "aether"},
        {"Besançon", "besancon"},
        {"Français", "francais"},
        {"Mâcon Nîmes Hyères Vénissieux", "macon nimes hyeres venissieux"},
        {"Ürgüp Ñandú Øresund Åre", "urgup nandu oresund are"},
        {"Straße", "strasse"},
        {"Łódź Kraków Gdańsk", "lodz krakow gdansk"},
        {"Čeština Šibenik Žilina Ďumbier", "cestina sibenik zilina dumbier"},
        {"Ĳsselmeer", "ijsselmeer"},
        {"Gàvarnie (Hautes-Pyrénées)", "gavarnie hautes pyrenees"},
        {"Sainte-Marie-aux-Mines / 68160", "sainte marie aux mines 68160"},
        {"Saint-E\xCC\x81tienne", "saint etienne"},   // decomposed: E + combining acute
        {"«Brest»—ville…", "brest ville"},
        {"Saint\xC2\xA0" "Denis", "saint denis"},     // no-break space
        {"2A004", "2a004"},
        {"42000", "42000"},
        {"", ""},
        {"   ", ""},
        {"-'’.", ""},
        {"Αθήνα", "Αθήνα"},                            // other scripts are kept as they are
        {"Saint\xFF" "Malo", "saint malo"},            // an invalid byte separates
    };
    // clang-format on
    for (const auto& test : cases)
        EXPECT_EQ(fold_for_search(test.input), test.expected) << test.input;
}

TEST(FoldForSearch, EveryFrenchAccentedLetterFoldsToAscii)
{
    const std::string letters = "àâäáãåçéèêëíìîïñóòôöõøúùûüýÿÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕØÚÙÛÜÝŸ";
    auto folded = fold_for_search(letters);
    for (char c : folded)
        EXPECT_TRUE(c >= 'a' && c <= 'z') << folded;
    EXPECT_EQ(folded, "aaaaaaceeeeiiiinoooooouuuuyyaaaaaaceeeeiiiinoooooouuuuyy");
}

TEST(FoldForSearch, IsIdempotent)
{
    for (const char* text : {"Saint-Étienne", "L’Haÿ-les-Roses", "Œuvre d'art", "  x  "}) {
        auto once = fold_for_search(text);
        EXPECT_EQ(fold_for_search(once), once) << text;
    }
}

TEST(Utf8, ValidAndInvalidSequences)
{
    struct Case {
        std::string text;
        bool valid;
    };
    // clang-format off
    const std::vector<Case> cases = {
        {"", true},
        {"abc", true},
        {"Saint-Étienne", true},
        {"€ 😀", true},
        {"\xC3", false},                 // truncated
        {"\xC0\xAF", false},             // overlong '/'
        {"\xE0\x80\xAF", false},         // overlong
        {"\xED\xA0\x80", false},         // UTF-16 surrogate
        {"\xF4\x90\x80\x80", false},     // past U+10FFFF
        {"\xFF", false},
        {"a\x80" "b", false},            // lone continuation byte
    };
    // clang-format on
    for (const auto& test : cases)
        EXPECT_EQ(is_valid_utf8(test.text), test.valid) << testing::PrintToString(test.text);
}

TEST(Utf8, CountsCodePoints)
{
    EXPECT_EQ(count_code_points(""), 0u);
    EXPECT_EQ(count_code_points("abc"), 3u);
    EXPECT_EQ(count_code_points("Étienne"), 7u);
    EXPECT_EQ(count_code_points("😀é"), 2u);
}

TEST(GroupDigits, GroupsByThousandsWithNarrowNoBreakSpaces)
{
    const std::string space = "\u202F";
    EXPECT_EQ(group_digits(0), "0");
    EXPECT_EQ(group_digits(999), "999");
    EXPECT_EQ(group_digits(1000), "1" + space + "000");
    EXPECT_EQ(group_digits(173136), "173" + space + "136");
    EXPECT_EQ(group_digits(68042591), "68" + space + "042" + space + "591");
    EXPECT_EQ(group_digits(-1234), "-1" + space + "234");
    EXPECT_EQ(group_digits(-9223372036854775807LL - 1),
        "-9" + space + "223" + space + "372" + space + "036" + space + "854" + space + "775" + space + "808");
}

TEST(FormatDecimal, GroupsTheWholePartAndWritesADecimalComma)
{
    const std::string space = "\u202F";
    EXPECT_EQ(format_decimal("45000"), "45" + space + "000");
    EXPECT_EQ(format_decimal("1500.5"), "1" + space + "500,5");
    EXPECT_EQ(format_decimal("1500,50"), "1" + space + "500,50");
    EXPECT_EQ(format_decimal("-1234567.25"), "-1" + space + "234" + space + "567,25");
    EXPECT_EQ(format_decimal("999"), "999");
    EXPECT_EQ(format_decimal("0.5"), "0,5");
    // Whatever is not a plain decimal number comes back as typed.
    for (const char* typed : {"", "-", "abc", "12 000", "1.2.3", "12.", ".5", "1e6", "12€"})
        EXPECT_EQ(format_decimal(typed), typed) << typed;
}

TEST(FormatEuros, OneWayForEveryAmount)
{
    const std::string space = "\u202F";
    EXPECT_EQ(format_euros(45000), "45" + space + "000\u00A0€");
    EXPECT_EQ(format_euros("45000"), format_euros(45000));
    EXPECT_EQ(format_euros("1500.50"), "1" + space + "500,50\u00A0€");
    EXPECT_EQ(format_euros(0), "0\u00A0€");
}

TEST(CountOf, FrenchPluralRule)
{
    const std::string space = "\u202F";
    struct Case {
        long long count;
        std::string expected;
    };
    const Case cases[] = {
        {0, "0 compte"},
        {1, "1 compte"},
        {2, "2 comptes"},
        {-1, "-1 compte"},
        {-2, "-2 comptes"},
        {1250, "1" + space + "250 comptes"},
    };
    for (const auto& test : cases)
        EXPECT_EQ(count_of(test.count, "compte", "comptes"), test.expected) << test.count;
    EXPECT_EQ(count_of(1, "essaimage", "essaimages"), "1 essaimage");
    EXPECT_EQ(essaim::core::plural(3, "cheval", "chevaux"), "chevaux");
}

TEST(Excerpt, OneLineCutAtAWordWithAnEllipsis)
{
    using essaim::core::excerpt;
    EXPECT_EQ(excerpt("Court.", 160), "Court.");
    EXPECT_EQ(excerpt("  Deux\n\nparagraphes\tici  ", 160), "Deux paragraphes ici");
    EXPECT_EQ(excerpt("Une phrase bien trop longue", 15), "Une phrase…");
    EXPECT_EQ(excerpt("Élan, économie", 8), "Élan…");
    EXPECT_EQ(excerpt("Anticonstitutionnellement", 10), "Anticonst…");
    EXPECT_EQ(essaim::core::count_code_points(excerpt(std::string(400, 'a') + " é", 160)), 160u);
    EXPECT_EQ(excerpt("", 160), "");
}

TEST(Utf8, AppendsEachEncodingLength)
{
    std::string out;
    for (char32_t code : {U'A', U'é', U'€', U'😀', char32_t{0x10FFFF}})
        essaim::core::append_utf8(out, code);
    EXPECT_EQ(out, "Aé€😀\xF4\x8F\xBF\xBF");
    EXPECT_TRUE(is_valid_utf8(out));
}

TEST(HexDigit, ReadsBothCasesAndRefusesTheRest)
{
    EXPECT_EQ(essaim::core::hex_digit_value('0'), 0);
    EXPECT_EQ(essaim::core::hex_digit_value('9'), 9);
    EXPECT_EQ(essaim::core::hex_digit_value('a'), 10);
    EXPECT_EQ(essaim::core::hex_digit_value('F'), 15);
    for (char c : {'g', 'G', '/', ':', '@', '`', ' ', '\0'})
        EXPECT_EQ(essaim::core::hex_digit_value(c), -1) << c;
}

namespace {

TEST(Trim, RemovesSpacesTabsAndLineBreaksAtEitherEnd)
{
    struct Case {
        const char* text;
        const char* expected;
    };
    for (const auto& c : std::vector<Case>{{"  Ruche  ", "Ruche"}, {"\t\r\nDeux mots\r\n", "Deux mots"},
             {"inchangé", "inchangé"}, {"a  b", "a  b"}, {" \t\r\n ", ""}, {"", ""}}) {
        EXPECT_EQ(essaim::core::trim(c.text), c.expected) << c.text;
    }
}

} // namespace
