// Which e-mail addresses prove a tie to an organisation's website, for automatic claims.

#include "directory/claim.hpp"

#include <gtest/gtest.h>

using namespace essaim::directory;

TEST(Claims, WebsiteDomain)
{
    EXPECT_EQ(website_domain("https://www.Abeilles.fr/contact"), "abeilles.fr");
    EXPECT_EQ(website_domain("http://lyon.abeilles.fr"), "lyon.abeilles.fr");
    EXPECT_EQ(website_domain("https://abeilles.fr:8443/"), "abeilles.fr");
    EXPECT_EQ(website_domain(""), "");
    EXPECT_EQ(website_domain("abeilles.fr"), "");
    EXPECT_EQ(website_domain("ftp://abeilles.fr"), "");
    EXPECT_EQ(website_domain("https://192.168.1.1/"), "");
    EXPECT_EQ(website_domain("https://intranet/"), "");
}

TEST(Claims, EmailMatchesTheWebsiteDomainOrASubdomainOfIt)
{
    struct Case {
        const char* email;
        const char* website;
        bool matches;
    };
    const Case cases[] = {
        {"marie@abeilles.fr", "https://www.abeilles.fr/contact", true},
        {"Marie@Abeilles.FR", "https://abeilles.fr", true},
        {"marie@lyon.abeilles.fr", "https://www.abeilles.fr", true},
        // The other way round proves nothing: an address at the parent domain, or at a host.
        {"marie@free.fr", "https://monasso.free.fr", false},
        {"marie@abeilles.fr", "https://lyon.abeilles.fr", false},
        // A domain that merely ends with the same letters.
        {"marie@fauxabeilles.fr", "https://abeilles.fr", false},
        {"marie@abeilles.fr.evil.example", "https://abeilles.fr", false},
        // Mailbox providers: anyone can have an address there.
        {"marie@gmail.com", "https://gmail.com", false},
        {"marie@orange.fr", "https://www.orange.fr", false},
        // No website, or no address.
        {"marie@abeilles.fr", "", false},
        {"marie@", "https://abeilles.fr", false},
        {"abeilles.fr", "https://abeilles.fr", false},
    };
    for (const auto& c : cases)
        EXPECT_EQ(email_matches_website(c.email, c.website), c.matches) << c.email << " / " << c.website;
}

TEST(Claims, StatusCodesRoundTrip)
{
    for (auto status : {ClaimStatus::EnAttente, ClaimStatus::Acceptee, ClaimStatus::Refusee}) {
        ClaimStatus read = ClaimStatus::Refusee;
        ASSERT_TRUE(claim_status_from_code(claim_status_code(status), read));
        EXPECT_EQ(read, status);
    }
    ClaimStatus ignored;
    EXPECT_FALSE(claim_status_from_code("annulee", ignored));
}
