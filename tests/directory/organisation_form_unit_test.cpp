// The organisation form's validation without the database: normalisation of what members type,
// and one error per wrong field, with the rule it breaks.

#include "directory/organisation_form.hpp"
#include "http/form.hpp"

#include <gtest/gtest.h>

using namespace essaim::directory;

namespace {

const std::string today = "2025-06-15";

OrganisationInput valid_input()
{
    OrganisationInput input;
    input.profile.name = "Les Abeilles Solidaires";
    input.profile.commune_code = "42218";
    input.profile.actor_types = {"porteur_de_projet"};
    return input;
}

struct Case {
    const char* what;
    void (*change)(OrganisationInput&);
    const char* field;
    const char* message_part;
};

} // namespace

TEST(OrganisationForm, MinimalInputIsValid)
{
    auto input = valid_input();
    EXPECT_TRUE(validate_organisation(input, today).empty());
}

TEST(OrganisationForm, NormalisesWhatMembersType)
{
    OrganisationInput input = valid_input();
    input.profile.siren = "";
    input.siret = "732 829 320 00074";
    input.profile.rna = "w751234567";
    input.profile.naf_code = "8899b";
    input.profile.commune_code = "2a004";
    input.profile.postal_code = "20 000";
    input.profile.website = "www.exemple.fr";
    input.profile.creation_date = "14/07/2015";
    input.profile.legal_form_code = "92 20";
    input.profile.description = "Premier paragraphe.\r\n\r\nSecond.\r\n  ";
    input.profile.actor_types = {"ruche", "porteur_de_projet", "ruche"};
    auto errors = validate_organisation(input, today);
    ASSERT_TRUE(errors.empty()) << errors.begin()->first << ": " << errors.begin()->second;
    const auto& profile = input.profile;
    EXPECT_EQ(profile.siren, "732829320");  // taken from the SIRET
    EXPECT_EQ(profile.nic_siege, "00074");
    EXPECT_EQ(profile.siret(), "73282932000074");
    EXPECT_EQ(input.siret, "73282932000074");
    EXPECT_EQ(profile.rna, "W751234567");
    EXPECT_EQ(profile.naf_code, "88.99B");
    EXPECT_EQ(profile.commune_code, "2A004");
    EXPECT_EQ(profile.postal_code, "20000");
    EXPECT_EQ(profile.website, "https://www.exemple.fr");
    EXPECT_EQ(profile.creation_date, "2015-07-14");
    EXPECT_EQ(profile.legal_form_code, "9220");
    EXPECT_EQ(profile.description, "Premier paragraphe.\n\nSecond.");
    EXPECT_EQ(profile.actor_types, (std::vector<std::string>{"porteur_de_projet", "ruche"}));

    // Validating the normalised input again changes nothing.
    auto again = input;
    EXPECT_TRUE(validate_organisation(again, today).empty());
    EXPECT_EQ(again.profile, input.profile);
}

TEST(OrganisationForm, ReadsTheFormFields)
{
    essaim::http::Form form;
    form.add("name", "  Ruche de Lyon ");
    form.add("siret", " 44306184100047 ");
    form.add("actor_types", "ruche");
    form.add("actor_types", "reseau");
    form.add("description", "  garde ses espaces  ");
    form.add("nic_siege", "99999");  // not a form field: derived from the SIRET
    auto input = input_from_form(form);
    EXPECT_EQ(input.profile.name, "Ruche de Lyon");
    EXPECT_EQ(input.siret, "44306184100047");
    EXPECT_EQ(input.profile.nic_siege, "");
    EXPECT_EQ(input.profile.description, "  garde ses espaces  ");
    EXPECT_EQ(input.profile.actor_types, (std::vector<std::string>{"ruche", "reseau"}));

    OrganisationProfile profile;
    profile.siren = "443061841";
    profile.nic_siege = "00047";
    EXPECT_EQ(input_from_profile(profile).siret, "44306184100047");
    profile.nic_siege.clear();
    EXPECT_EQ(input_from_profile(profile).siret, "");
}

TEST(OrganisationForm, EachWrongFieldGetsItsError)
{
    const std::vector<Case> cases = {
        {"no name", [](OrganisationInput& i) { i.profile.name = ""; }, "name", "Saisissez le nom"},
        {"name too long", [](OrganisationInput& i) { i.profile.name = std::string(201, 'a'); }, "name", "200 caractères"},
        {"name on two lines", [](OrganisationInput& i) { i.profile.name = "a\nb"; }, "name", "caractères qui ne peuvent"},
        {"name not UTF-8", [](OrganisationInput& i) { i.profile.name = "caf\xE9"; }, "name", "caractères qui ne peuvent"},
        {"acronym too long", [](OrganisationInput& i) { i.profile.acronym = std::string(31, 'A'); }, "acronym", "30 caractères"},
        {"SIREN key", [](OrganisationInput& i) { i.profile.siren = "732829321"; }, "siren",
            "La clé de contrôle (algorithme de Luhn) du SIREN est fausse"},
        {"SIREN length", [](OrganisationInput& i) { i.profile.siren = "73282932"; }, "siren", "9 chiffres"},
        {"SIRET key", [](OrganisationInput& i) { i.siret = "73282932000075"; }, "siret",
            "La clé de contrôle (algorithme de Luhn) du SIRET est fausse"},
        {"SIRET length", [](OrganisationInput& i) { i.siret = "7328293200007"; }, "siret", "Le SIRET doit compter 14 chiffres"},
        {"SIRET of another SIREN",
            [](OrganisationInput& i) {
                i.profile.siren = "552100554";
                i.siret = "73282932000074";
            },
            "siret", "doit commencer par le SIREN de l’organisation (552100554)"},
        {"La Poste SIRET", [](OrganisationInput& i) { i.siret = "35600000012352"; }, "siret", "multiple de 5"},
        {"RNA", [](OrganisationInput& i) { i.profile.rna = "751234567"; }, "rna", "commence par la lettre W"},
        {"NAF", [](OrganisationInput& i) { i.profile.naf_code = "88-99B"; }, "naf_code", "88.99B"},
        {"no commune", [](OrganisationInput& i) { i.profile.commune_code = ""; }, "commune_code", "code INSEE"},
        {"postal code as commune", [](OrganisationInput& i) { i.profile.commune_code = "4200"; }, "commune_code",
            "5 caractères"},
        {"commune of no department", [](OrganisationInput& i) { i.profile.commune_code = "20004"; }, "commune_code",
            "commence par le département"},
        {"legal form", [](OrganisationInput& i) { i.profile.legal_form_code = "922"; }, "legal_form_code", "4 chiffres"},
        {"legal form starting with 0", [](OrganisationInput& i) { i.profile.legal_form_code = "0220"; }, "legal_form_code",
            "4 chiffres"},
        {"ESS family", [](OrganisationInput& i) { i.profile.ess_family = "banque"; }, "ess_family", "dans la liste"},
        {"headcount", [](OrganisationInput& i) { i.profile.headcount_band = "99"; }, "headcount_band", "dans la liste"},
        {"no actor type", [](OrganisationInput& i) { i.profile.actor_types.clear(); }, "actor_types", "au moins un"},
        {"unknown actor type", [](OrganisationInput& i) { i.profile.actor_types.push_back("pirate"); }, "actor_types",
            "dans la liste"},
        {"postal code", [](OrganisationInput& i) { i.profile.postal_code = "4200"; }, "postal_code", "5 chiffres"},
        {"javascript URL", [](OrganisationInput& i) { i.profile.website = "javascript:alert(1)"; }, "website", "https://"},
        {"ftp URL", [](OrganisationInput& i) { i.profile.website = "ftp://exemple.fr"; }, "website", "https://"},
        {"URL without domain", [](OrganisationInput& i) { i.profile.website = "https://intranet"; }, "website",
            "nom de domaine"},
        {"URL with an address", [](OrganisationInput& i) { i.profile.website = "http://127.0.0.1/"; }, "website",
            "nom de domaine"},
        {"URL with credentials", [](OrganisationInput& i) { i.profile.website = "https://moi:secret@exemple.fr"; },
            "website", "identifiant"},
        {"URL too long", [](OrganisationInput& i) { i.profile.website = "https://exemple.fr/" + std::string(300, 'a'); },
            "website", "300 caractères"},
        {"date that does not exist", [](OrganisationInput& i) { i.profile.creation_date = "2023-02-30"; }, "creation_date",
            "doit exister"},
        {"date in words", [](OrganisationInput& i) { i.profile.creation_date = "hier"; }, "creation_date", "JJ/MM/AAAA"},
        {"date in the future", [](OrganisationInput& i) { i.profile.creation_date = "2025-06-16"; }, "creation_date",
            "dans le futur"},
        {"date too old", [](OrganisationInput& i) { i.profile.creation_date = "1066-10-14"; }, "creation_date", "1800"},
        {"name like a formula", [](OrganisationInput& i) { i.profile.name = "=HYPERLINK(\"https://x.invalid\")"; },
            "name", "ne peut pas commencer par =, +, - ou @"},
        {"name like a sum", [](OrganisationInput& i) { i.profile.name = "+Simple"; }, "name", "commencer par"},
        {"name like a subtraction", [](OrganisationInput& i) { i.profile.name = "-Moins"; }, "name", "commencer par"},
        {"name like a function", [](OrganisationInput& i) { i.profile.name = "@SOMME(A1)"; }, "name", "commencer par"},
        {"acronym like a formula", [](OrganisationInput& i) { i.profile.acronym = "=A1"; }, "acronym", "Le sigle"},
        {"description too long", [](OrganisationInput& i) { i.profile.description = std::string(5001, 'a'); },
            "description", "5000 caractères"},
    };
    for (const auto& c : cases) {
        auto input = valid_input();
        c.change(input);
        auto errors = validate_organisation(input, today);
        ASSERT_EQ(errors.size(), 1u) << c.what << ": " << (errors.empty() ? "no error" : errors.begin()->first);
        ASSERT_TRUE(errors.count(c.field)) << c.what << ": error on " << errors.begin()->first;
        EXPECT_NE(errors.at(c.field).find(c.message_part), std::string::npos) << c.what << ": " << errors.at(c.field);
    }
}

TEST(OrganisationForm, TodayIsAcceptedAsCreationDate)
{
    auto input = valid_input();
    input.profile.creation_date = today;
    EXPECT_TRUE(validate_organisation(input, today).empty());
}

TEST(OrganisationForm, ANameLikeAFormulaStaysWhenItIsTheStoredOne)
{
    OrganisationProfile stored;
    stored.name = "+Simple";
    auto kept = valid_input();
    kept.profile.name = "+Simple";
    EXPECT_TRUE(validate_organisation(kept, today, stored).empty());
    auto changed = valid_input();
    changed.profile.name = "@Simple";
    EXPECT_EQ(validate_organisation(changed, today, stored).count("name"), 1u);
    auto signs_inside = valid_input();
    signs_inside.profile.name = "Ruche = abeilles + miel - cire @ Lyon";
    EXPECT_TRUE(validate_organisation(signs_inside, today).empty());
}
