#include "auth/email_address.hpp"

#include <gtest/gtest.h>

using namespace essaim::auth;

TEST(EmailAddress, Normalises)
{
    EXPECT_EQ(normalise_email("  Camille@Exemple.FR\t"), "camille@exemple.fr");
    EXPECT_EQ(normalise_email(""), "");
    EXPECT_EQ(email_local_part("camille@exemple.fr"), "camille");
    EXPECT_EQ(email_local_part("rien"), "");
}

TEST(EmailAddress, AcceptsPlausibleAddressesOnly)
{
    struct Case {
        const char* email;
        bool valid;
    };
    const Case cases[] = {
        {"camille@exemple.fr", true},
        {"camille.dupont+essaim@sous.domaine.gouv.fr", true},
        {"élodie@exemple.fr", true},
        {"", false},
        {"camille", false},
        {"@exemple.fr", false},
        {"camille@", false},
        {"camille@exemple", false},
        {"camille@exemple.", false},
        {"camille@.fr", false},
        {"camille@exemple..fr", false},
        {"a@b@exemple.fr", false},
        {"camille dupont@exemple.fr", false},
        {"camille@exemple.fr\r\nBcc: x@y.fr", false},
        {"<camille@exemple.fr>", false},
    };
    for (const auto& c : cases)
        EXPECT_EQ(!email_problem(c.email).has_value(), c.valid) << c.email;
    EXPECT_TRUE(email_problem(std::string(250, 'a') + "@exemple.fr"));
}

TEST(EmailAddress, FoldsFullwidthFormsAndLowerCasesTheDomain)
{
    struct Case {
        const char* typed;
        const char* normalised;
    };
    const Case cases[] = {
        {"\xEF\xBD\x81\xEF\xBD\x84\xEF\xBD\x8D\xEF\xBD\x89\xEF\xBD\x8E@essaim.fr", "admin@essaim.fr"},  // ａｄｍｉｎ
        {"admin\xEF\xBC\xA0\xEF\xBC\xA5ssaim.fr", "admin@essaim.fr"},                                  // ＠Ｅ
        {"\xE3\x80\x80" "camille@exemple.fr\xE3\x80\x80", "camille@exemple.fr"},                      // ideographic spaces
        {"\xC3\x89lodie@\xC3\x89" "COLE.fr", "\xC3\xA9lodie@\xC3\xA9" "cole.fr"},                      // Élodie@ÉCOLE.fr
        {"ivan@\xD0\x9F\xD0\xA0\xD0\x98\xD0\x9C\xD0\x95\xD0\xA0.\xD1\x80\xD1\x84", "ivan@\xD0\xBF\xD1\x80\xD0\xB8\xD0\xBC\xD0\xB5\xD1\x80.\xD1\x80\xD1\x84"},
    };
    for (const auto& c : cases)
        EXPECT_EQ(normalise_email(c.typed), c.normalised) << c.typed;
}

TEST(EmailAddress, RefusesAddressesThatPassForAnother)
{
    struct Case {
        const char* name;
        const char* email;  //!< as typed; normalised before the check, as the forms do
        bool valid;
    };
    const Case cases[] = {
        {"zero-width space", "ad\xE2\x80\x8Bmin@essaim.fr", false},
        {"zero-width joiner", "admin@ess\xE2\x80\x8D" "aim.fr", false},
        {"left-to-right mark", "admin\xE2\x80\x8E@essaim.fr", false},
        {"right-to-left override", "admin@\xE2\x80\xAE" "rf.miasse", false},
        {"word joiner", "admin\xE2\x81\xA0@essaim.fr", false},
        {"byte-order mark", "\xEF\xBB\xBF" "admin@essaim.fr", false},
        {"soft hyphen", "ad\xC2\xAD" "min@essaim.fr", false},
        {"no-break space", "admin\xC2\xA0@essaim.fr", false},
        {"tag character", "admin@essaim.fr\xF3\xA0\x80\x81", false},
        {"Cyrillic a in a Latin domain", "admin@ess\xD0\xB0im.fr", false},
        {"Greek omicron in a Latin domain", "admin@ex\xCE\xBF" "ample.fr", false},
        {"Cyrillic look-alikes beside a Latin TLD", "admin@\xD0\xB0\xD1\x80\xD1\x80\xD3\x8F\xD0\xB5.com", false},  // аррӏе.com
        {"Cyrillic a in a Latin local part", "\xD0\xB0" "dmin@essaim.fr", false},
        {"fullwidth letters, folded to the real address", "\xEF\xBD\x81" "dmin@essaim.fr", true},
        {"French accents", "\xC3\xA9lodie.l\xC3\xA9vy@\xC3\xA9" "cole.fr", true},
        {"a whole Cyrillic domain", "ivan@\xD0\xBF\xD1\x80\xD0\xB8\xD0\xBC\xD0\xB5\xD1\x80.\xD1\x80\xD1\x84", true},  // пример.рф
        {"a Cyrillic name under a Latin TLD, not a look-alike", "ivan@\xD0\xBF\xD1\x80\xD0\xB8\xD0\xBC\xD0\xB5\xD1\x80.com", true},
        {"Greek", "\xCE\xBD\xCE\xAF\xCE\xBA\xCE\xB7@\xCE\xB5\xCE\xBB\xCE\xBB\xCE\xAC\xCE\xB4\xCE\xB1.gr", true},
    };
    for (const auto& c : cases)
        EXPECT_EQ(!email_problem(normalise_email(c.email)).has_value(), c.valid) << c.name;
    EXPECT_NE(email_problem(normalise_email("ad\xE2\x80\x8Bmin@essaim.fr")).value_or("").find("invisible"), std::string::npos);
    EXPECT_NE(email_problem(normalise_email("admin@ess\xD0\xB0im.fr")).value_or("").find("alphabets"), std::string::npos);
}

TEST(EmailAddress, TellsNonAsciiAddresses)
{
    EXPECT_TRUE(is_ascii_email("admin@essaim.fr"));
    EXPECT_FALSE(is_ascii_email("\xC3\xA9lodie@exemple.fr"));
    EXPECT_FALSE(is_ascii_email("admin@ess\xD0\xB0im.fr"));
}
