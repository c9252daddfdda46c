// The schema.org JSON-LD of an organisation page: the fields it carries, and that no value can
// close the <script> element it sits in.

#include "directory/json_ld.hpp"
#include "directory/organisation_store.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

using namespace essaim::directory;

namespace {

Organisation sample()
{
    Organisation organisation;
    organisation.id = 12;
    auto& profile = organisation.profile;
    profile.name = "Les Abeilles Solidaires";
    profile.acronym = "LAS";
    profile.siren = "732829320";
    profile.nic_siege = "00074";
    profile.rna = "W751234567";
    profile.creation_date = "2015-07-14";
    profile.headcount_band = "12";
    profile.address_line = "12 rue de la République";
    profile.postal_code = "42000";
    profile.website = "https://abeilles.exemple.fr";
    profile.description = "Une ruche.";
    return organisation;
}

} // namespace

TEST(JsonLd, DescribesTheOrganisation)
{
    CommunePlace commune{"42218", "Saint-Étienne", "42", "Loire"};
    auto text = organisation_json_ld(sample(), "https://essaim.exemple/organisations/12", &commune);
    auto json = boost::json::parse(text).as_object();
    EXPECT_EQ(json.at("@context"), "https://schema.org");
    EXPECT_EQ(json.at("@type"), "Organization");
    EXPECT_EQ(json.at("@id"), "https://essaim.exemple/organisations/12");
    EXPECT_EQ(json.at("name"), "Les Abeilles Solidaires");
    EXPECT_EQ(json.at("alternateName"), "LAS");
    EXPECT_EQ(json.at("url"), "https://abeilles.exemple.fr");
    EXPECT_EQ(json.at("foundingDate"), "2015-07-14");
    EXPECT_EQ(json.at("iso6523Code"), "0002:732829320");
    const auto& identifiers = json.at("identifier").as_array();
    ASSERT_EQ(identifiers.size(), 3u);
    EXPECT_EQ(identifiers[0].as_object().at("propertyID"), "SIREN");
    EXPECT_EQ(identifiers[1].as_object().at("value"), "73282932000074");
    EXPECT_EQ(identifiers[2].as_object().at("value"), "W751234567");
    EXPECT_EQ(json.at("numberOfEmployees").as_object().at("minValue"), 20);
    EXPECT_EQ(json.at("numberOfEmployees").as_object().at("maxValue"), 49);
    const auto& address = json.at("address").as_object();
    EXPECT_EQ(address.at("addressLocality"), "Saint-Étienne");
    EXPECT_EQ(address.at("postalCode"), "42000");
    EXPECT_EQ(address.at("addressCountry"), "FR");
}

TEST(JsonLd, MinimalOrganisationHasNoEmptyMembers)
{
    Organisation organisation;
    organisation.profile.name = "Collectif";
    auto json = boost::json::parse(organisation_json_ld(organisation, "https://e.fr/organisations/1", nullptr)).as_object();
    EXPECT_EQ(json.at("url"), "https://e.fr/organisations/1");
    EXPECT_FALSE(json.contains("identifier"));
    EXPECT_FALSE(json.contains("alternateName"));
    EXPECT_FALSE(json.contains("numberOfEmployees"));
    EXPECT_FALSE(json.at("address").as_object().contains("addressLocality"));
}

TEST(JsonLd, ValuesCannotCloseTheScriptElement)
{
    Organisation organisation = sample();
    organisation.profile.name = "</script><script>alert(1)</script> & <!--";
    auto text = organisation_json_ld(organisation, "https://e.fr/organisations/1", nullptr);
    EXPECT_EQ(text.find('<'), std::string::npos);
    EXPECT_EQ(text.find('>'), std::string::npos);
    EXPECT_EQ(text.find('&'), std::string::npos);
    // Still the same value once parsed.
    EXPECT_EQ(boost::json::parse(text).as_object().at("name"), organisation.profile.name.c_str());
}
