// Password rules: length in code points, the common-password list from npm, the e-mail.

#include "auth/account_form.hpp"
#include "auth/demo_accounts.hpp"
#include "auth/password_policy.hpp"

#include <gtest/gtest.h>

using namespace essaim::auth;

namespace {

const CommonPasswords& installed_list()
{
    // The real dictionaries, as the server loads them (tests run from the repository root).
    static const CommonPasswords list = CommonPasswords::load("web/node_modules");
    return list;
}

} // namespace

TEST(PasswordPolicy, LoadsBothDictionariesLowerCased)
{
    EXPECT_GT(installed_list().size(), 50000u);
    EXPECT_TRUE(installed_list().contains("password"));
    EXPECT_TRUE(installed_list().contains("PassWord"));
    EXPECT_TRUE(installed_list().contains("gouvernement"));  // French common word
    EXPECT_FALSE(installed_list().contains("ruche-pilote-demo-2024"));
}

TEST(PasswordPolicy, MissingDictionaryIsAnInstallationError)
{
    EXPECT_THROW(CommonPasswords::load("no/such/node_modules"), std::runtime_error);
}

struct PasswordCase {
    const char* name;
    std::string password;
    std::string email;
    bool accepted;
    const char* message_part;
};

TEST(PasswordPolicy, Rules)
{
    const PasswordCase cases[] = {
        {"empty", "", "", false, "Saisissez"},
        {"eleven ASCII characters", "abcdefghijk", "", false, "au moins 12 caractères (il en contient 11)"},
        {"twelve ASCII characters", "ab3de-gh!jkl", "", true, ""},
        {"eleven accented letters are 22 bytes but 11 characters", "ééééééééééé", "", false, "il en contient 11"},
        {"twelve accented letters", "éééééééééééé", "", true, ""},
        {"128 characters", std::string(128, 'x') + "", "", true, ""},
        {"129 characters", std::string(129, 'x'), "", false, "128 caractères"},
        {"common password", "qwerty123456", "", false, "plus courants"},
        {"common password in capitals", "QWERTY123456", "", false, "plus courants"},
        {"common French word", "Félicitations", "", false, "plus courants"},
        {"common French word with capital accent", "FÉLICITATIONS", "", false, "plus courants"},
        {"the e-mail itself", "camille.dupont@exemple.fr", "camille.dupont@exemple.fr", false, "adresse électronique"},
        {"contains the local part", "XXcamille.dupont2024", "camille.dupont@exemple.fr", false, "adresse électronique"},
        {"short local parts are not searched", "abricot-vert-42", "ab@exemple.fr", true, ""},
        {"no composition rules: lower-case words", "trois petits chats gris", "", true, ""},
        {"control characters", std::string("abcdefghijkl\x01"), "", false, "caractères"},
        {"invalid UTF-8", std::string("abcdefghijkl\xff"), "", false, "caractères"},
    };
    for (const auto& c : cases) {
        auto problem = password_problem(c.password, c.email, installed_list());
        EXPECT_EQ(!problem.has_value(), c.accepted) << c.name << (problem ? ": " + *problem : std::string());
        if (problem) {
            EXPECT_NE(problem->find(c.message_part), std::string::npos) << c.name << ": " << *problem;
        }
    }
}

TEST(PasswordPolicy, CountsCodePointsAndLowerCasesFrenchLetters)
{
    EXPECT_EQ(code_point_count(""), 0u);
    EXPECT_EQ(code_point_count("abc"), 3u);
    EXPECT_EQ(code_point_count("été"), 3u);
    EXPECT_EQ(code_point_count("日本"), 2u);
    EXPECT_EQ(code_point_count("🐝"), 1u);
    EXPECT_EQ(lower_case("ÉTÉ À L'ŒIL"), "été à l'œil");
    EXPECT_EQ(lower_case("×"), "×");  // U+00D7 is not a letter
}

TEST(PasswordPolicy, EveryDemoAccountPassesTheRules)
{
    for (const auto& account : demo_accounts()) {
        AccountInput input{account.email, account.display_name, account.password};
        auto errors = validate_account(input, installed_list());
        EXPECT_TRUE(errors.empty()) << account.email << ": " << (errors.empty() ? "" : errors.begin()->second);
    }
}

TEST(AccountForm, NormalisesAndReportsEachField)
{
    AccountInput input{"  Camille.Dupont@Exemple.FR ", "  Camille Dupont ", "une phrase assez longue"};
    EXPECT_TRUE(validate_account(input, installed_list()).empty());
    EXPECT_EQ(input.email, "camille.dupont@exemple.fr");
    EXPECT_EQ(input.display_name, "Camille Dupont");

    AccountInput wrong{"pas-une-adresse", "", "court"};
    auto errors = validate_account(wrong, installed_list());
    EXPECT_EQ(errors.size(), 3u);
    EXPECT_TRUE(errors.count("email"));
    EXPECT_TRUE(errors.count("display_name"));
    EXPECT_TRUE(errors.count("password"));

    AccountInput long_name{"a@exemple.fr", std::string(101, 'n'), "une phrase assez longue"};
    EXPECT_TRUE(validate_account(long_name, installed_list()).count("display_name"));
}
