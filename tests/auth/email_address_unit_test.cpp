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
