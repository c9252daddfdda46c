// The identifier validators, table-driven: valid numbers (as typed, with spaces), invalid ones with
// the rule their message names, and the La Poste SIRETs. The valid numbers' keys were computed
// independently of the code under test.

#include "core/identifiers.hpp"

#include <gtest/gtest.h>

using namespace essaim::core;

namespace {

struct Valid {
    std::string input;
    std::string expected;
};

struct Invalid {
    std::string input;
    std::string message_part;  //!< the rule the message must name
};

using Validator = Result<std::string> (*)(std::string_view);

void expect_valid(Validator validate, const std::vector<Valid>& cases)
{
    for (const auto& c : cases) {
        auto result = validate(c.input);
        ASSERT_TRUE(result.ok()) << "« " << c.input << " » refused: " << result.error().message;
        EXPECT_EQ(result.value(), c.expected) << c.input;
        // Canonical forms are fixed points.
        auto again = validate(result.value());
        ASSERT_TRUE(again.ok()) << result.value();
        EXPECT_EQ(again.value(), result.value());
    }
}

void expect_invalid(Validator validate, const std::vector<Invalid>& cases)
{
    for (const auto& c : cases) {
        auto result = validate(c.input);
        ASSERT_FALSE(result.ok()) << "« " << c.input << " » accepted as " << result.value();
        EXPECT_EQ(result.error().kind, ErrorKind::Invalid);
        EXPECT_NE(result.error().message.find(c.message_part), std::string::npos)
            << c.input << " → " << result.error().message;
    }
}

} // namespace

TEST(Identifiers, RemoveSpacesDropsEveryKindOfSpace)
{
    EXPECT_EQ(remove_spaces("123 456 789"), "123456789");
    EXPECT_EQ(remove_spaces("\t123\xC2\xA0" "456\xE2\x80\xAF" "789 "), "123456789");
    EXPECT_EQ(remove_spaces(""), "");
    // A lone lead byte is not a space and stays.
    EXPECT_EQ(remove_spaces("1\xC2" "2"), "1\xC2" "2");
    // Removing a space must not leave another one behind: the result is space-free (idempotent).
    EXPECT_EQ(remove_spaces("\xC2 \xA0"), "");
    EXPECT_EQ(remove_spaces("\xC2\xC2\xA0\xA0"), "");
    EXPECT_EQ(remove_spaces("\xE2\x80 \xAF" "1"), "1");
}

TEST(Identifiers, LuhnCheck)
{
    EXPECT_TRUE(passes_luhn("732829320"));
    EXPECT_TRUE(passes_luhn("0"));
    EXPECT_TRUE(passes_luhn("18"));
    EXPECT_FALSE(passes_luhn("19"));
    EXPECT_FALSE(passes_luhn("123456789"));
    EXPECT_FALSE(passes_luhn(""));
    EXPECT_FALSE(passes_luhn("12a"));
}

TEST(Identifiers, SirenValid)
{
    expect_valid(validate_siren, {
        {"732829320", "732829320"},
        {"552 100 554", "552100554"},
        {" 443061841 ", "443061841"},
        {"775\xC2\xA0" "672\xC2\xA0" "272", "775672272"},
        {"356000000", "356000000"},
    });
}

TEST(Identifiers, SirenInvalidNamesTheRule)
{
    expect_invalid(validate_siren, {
        {"732829321", "La clé de contrôle (algorithme de Luhn) du SIREN est fausse"},
        {"123456789", "La clé de contrôle (algorithme de Luhn) du SIREN est fausse"},
        {"73282932", "Le SIREN doit compter 9 chiffres ; vous en avez saisi 8."},
        {"7328293200", "Le SIREN doit compter 9 chiffres ; vous en avez saisi 10."},
        {"", "Le SIREN doit compter 9 chiffres"},
        {"   ", "Le SIREN doit compter 9 chiffres"},
        {"73282932O", "que des chiffres"},
        {"732-829-320", "que des chiffres"},
    });
}

TEST(Identifiers, SiretValid)
{
    expect_valid(validate_siret, {
        {"73282932000074", "73282932000074"},
        {"732 829 320 00074", "73282932000074"},
        {"44306184100047", "44306184100047"},
    });
}

TEST(Identifiers, SiretInvalidNamesTheRule)
{
    expect_invalid(validate_siret, {
        {"73282932000075", "La clé de contrôle (algorithme de Luhn) du SIRET est fausse"},
        {"7328293200007", "Le SIRET doit compter 14 chiffres ; vous en avez saisi 13."},
        {"732829320", "Le SIRET doit compter 14 chiffres ; vous en avez saisi 9."},
        {"", "Le SIRET doit compter 14 chiffres"},
        {"7328293200007X", "que des chiffres"},
        // The 14 digits pass Luhn, but the first 9 are not a valid SIREN.
        {"12345678900007", "Les 9 premiers chiffres du SIRET forment le SIREN"},
    });
    ASSERT_TRUE(passes_luhn("12345678900007"));
    ASSERT_FALSE(passes_luhn("123456789"));
}

TEST(Identifiers, SiretWithInvalidSirenPartIsRefusedEvenWhenTheWholePassesLuhn)
{
    // 111111111 fails Luhn; find a NIC that makes the 14 digits pass it.
    std::string found;
    for (int nic = 0; nic < 100 && found.empty(); ++nic) {
        std::string candidate = "111111111" + std::string(5 - std::to_string(nic).size(), '0') + std::to_string(nic);
        if (passes_luhn(candidate))
            found = candidate;
    }
    ASSERT_FALSE(found.empty());
    ASSERT_FALSE(passes_luhn("111111111"));
    auto result = validate_siret(found);
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find("Les 9 premiers chiffres du SIRET forment le SIREN"), std::string::npos);
}

TEST(Identifiers, LaPosteSiretsFollowTheSumOfDigitsRule)
{
    // Establishments of La Poste: the sum of the digits is a multiple of 5, whatever Luhn says.
    ASSERT_FALSE(passes_luhn("35600000049837"));  // 3+5+6+4+9+8+3+7 = 45
    ASSERT_FALSE(passes_luhn("35600000000047"));  // 3+5+6+4+7 = 25
    expect_valid(validate_siret, {
        {"35600000049837", "35600000049837"},
        {"356 000 000 00047", "35600000000047"},
        // The head office was numbered before that scheme: Luhn-valid, digit sum 26.
        {"35600000000048", "35600000000048"},
    });
    expect_invalid(validate_siret, {
        {"35600000012352", "somme des chiffres du SIRET doit être un multiple de 5"},  // sum 29
        {"35600000000049", "somme des chiffres du SIRET doit être un multiple de 5"},  // sum 27
    });
    // A Luhn-valid La Poste number other than the head office does not escape the rule.
    std::string luhn_only;
    for (int nic = 100; nic < 1000 && luhn_only.empty(); ++nic) {
        std::string candidate = "35600000000" + std::to_string(nic);
        int sum = 0;
        for (char c : candidate)
            sum += c - '0';
        if (passes_luhn(candidate) && sum % 5 != 0)
            luhn_only = candidate;
    }
    ASSERT_FALSE(luhn_only.empty());
    EXPECT_FALSE(validate_siret(luhn_only).ok()) << luhn_only;
}

TEST(Identifiers, RnaValid)
{
    expect_valid(validate_rna, {
        {"W751234567", "W751234567"},
        {"W9M1000012", "W9M1000012"},
        {"w 751 234 567", "W751234567"},
        {"W2B1001234", "W2B1001234"},
    });
}

TEST(Identifiers, RnaInvalidNamesTheRule)
{
    expect_invalid(validate_rna, {
        {"751234567", "commence par la lettre W"},
        {"X751234567", "commence par la lettre W"},
        {"", "commence par la lettre W"},
        {"W75123456", "compte 10 caractères"},
        {"W7512345678", "compte 10 caractères"},
        {"W75123456-", "chiffres et des lettres majuscules"},
        {"W75123456\xC3\xA9", "compte 10 caractères"},
    });
}

TEST(Identifiers, CommuneCodeValid)
{
    expect_valid(validate_commune_code, {
        {"75056", "75056"},
        {"42218", "42218"},
        {"01001", "01001"},
        {"2A004", "2A004"},
        {"2b033", "2B033"},
        {"97411", "97411"},
        {"97617", "97617"},
        {"98818", "98818"},
        {"97502", "97502"},
        {" 42 218 ", "42218"},
    });
}

TEST(Identifiers, CommuneCodeInvalidNamesTheRule)
{
    expect_invalid(validate_commune_code, {
        {"4221", "compte 5 caractères"},
        {"422180", "compte 5 caractères"},
        {"", "compte 5 caractères"},
        {"20004", "commence par le département"},
        {"00123", "commence par le département"},
        {"96001", "commence par le département"},
        {"99100", "commence par le département"},
        {"97901", "commence par le département"},
        {"98501", "commence par le département"},
        {"2C004", "commence par le département"},
        {"A2004", "commence par le département"},
        {"75A56", "numéro de la commune, en chiffres"},
        {"75000", "ne peut pas être nul"},
        {"97400", "ne peut pas être nul"},
    });
}

TEST(Identifiers, NafCodeFormat)
{
    expect_valid(validate_naf_code, {
        {"88.99B", "88.99B"},
        {"8899B", "88.99B"},
        {"88.99b", "88.99B"},
        {" 94 99 Z", "94.99Z"},
        {"01.11Z", "01.11Z"},
    });
    expect_invalid(validate_naf_code, {
        {"88.9B", "2 chiffres, un point, 2 chiffres et une lettre"},
        {"88.991", "2 chiffres, un point, 2 chiffres et une lettre"},
        {"88-99B", "2 chiffres, un point, 2 chiffres et une lettre"},
        {"8.899B", "2 chiffres, un point, 2 chiffres et une lettre"},
        {"88.99BB", "2 chiffres, un point, 2 chiffres et une lettre"},
        {"", "2 chiffres, un point, 2 chiffres et une lettre"},
        {"88.99\xC3\xA9", "2 chiffres, un point, 2 chiffres et une lettre"},
    });
}
