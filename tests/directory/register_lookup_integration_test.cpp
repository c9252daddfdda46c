// A SIRET or SIREN looked up on the creation form (/organisations/nouvelle?identifiant=): an
// organisation the registers brought is shown with its register facts and offered to claim; one
// with managers is named without a claim; a profile not yet public is not named; a number found
// nowhere fills the form; an invalid one is answered next to its field, as typed.

#include "auth/auth_test_support.hpp"
#include "directory/siren_test_support.hpp"

using namespace essaim::test;
using namespace essaim::test::auth_support;

namespace {

long long next_id()
{
    static long long id = 930000;
    return ++id;
}

//! An organisation as an import or a member left it; its id, chosen far above the tests' own.
long long organisation(const std::string& name, const std::string& siren, const std::string& nic,
    const std::string& status, const std::string& source)
{
    auto id = next_id();
    std::string overriding = TestPlatform::instance().is_postgres() ? " OVERRIDING SYSTEM VALUE" : "";
    execute_sql("INSERT INTO organisations (id, name, created_at, updated_at, siren, nic_siege, legal_form_code, naf_code, "
                "address_line, postal_code, commune_code, status, source)" + overriding + " VALUES (" + std::to_string(id)
        + ", '" + name + "', 0, 0, '" + siren + "', " + (nic.empty() ? std::string("NULL") : "'" + nic + "'") + ", '9220', '88.99B', '12 rue de la République', '42000', "
        + "'42218', '" + status + "', '" + source + "')");
    return id;
}

std::string lookup(Actor& actor, const std::string& typed)
{
    auto page = actor.client.get("/organisations/nouvelle?identifiant=" + typed);
    EXPECT_EQ(page.status, 200) << typed;
    return page.body;
}

} // namespace

TEST(RegisterLookup, AnOrganisationFromTheRegistersIsShownToClaimNotCreatedTwice)
{
    auto member = signed_in_actor("recherche-siret");
    auto siren = unique_siren();
    auto siret = with_luhn_key(siren + "0001");
    auto id = organisation("Association des Jardins du Gier " + siren, siren, siret.substr(9), "publiee", "sirene");

    auto page = lookup(member, siret);
    EXPECT_TRUE(contains(page, "« Association des Jardins du Gier " + siren + " » est déjà dans l’annuaire"));
    EXPECT_TRUE(contains(page, "12 rue de la République, 42000 Saint-Étienne"));
    EXPECT_TRUE(contains(page, "Association déclarée"));
    EXPECT_TRUE(contains(page, "88.99B"));
    EXPECT_TRUE(contains(page, "href=\"/organisations/" + std::to_string(id) + "/revendiquer\""));
    EXPECT_TRUE(contains(page, "value=\"" + siret + "\""));  // the number as typed
    EXPECT_FALSE(contains(page, "name=\"siren\" value=\"" + siren + "\"")) << "an organisation found is not copied";
    // The SIREN alone, spaced as people write it, finds it too.
    auto spaced = siren.substr(0, 3) + "+" + siren.substr(3, 3) + "+" + siren.substr(6);
    EXPECT_TRUE(contains(lookup(member, spaced), "est déjà dans l’annuaire"));
}

TEST(RegisterLookup, AManagedOrUnpublishedHolderIsNotOfferedToClaim)
{
    auto member = signed_in_actor("recherche-geree");
    auto managed_siren = unique_siren();
    auto managed = organisation("Ruche Gérée " + managed_siren, managed_siren, "", "publiee", "sirene");
    execute_sql("INSERT INTO organisation_memberships (organisation_id, user_id, role) VALUES (" + std::to_string(managed)
        + ", " + std::to_string(signed_in_actor("recherche-responsable").user_id) + ", 'owner')");
    auto page = lookup(member, managed_siren);
    EXPECT_TRUE(contains(page, "« Ruche Gérée " + managed_siren + " » est déjà inscrite sur Essaim"));
    EXPECT_FALSE(contains(page, "/revendiquer"));

    auto waiting_siren = unique_siren();
    organisation("Ruche Secrète " + waiting_siren, waiting_siren, "", "en_attente", "membre");
    page = lookup(member, waiting_siren);
    EXPECT_TRUE(contains(page, "Une organisation de ce numéro attend sa validation"));
    EXPECT_FALSE(contains(page, "Ruche Secrète")) << "a profile not yet public is not named";
}

TEST(RegisterLookup, ANumberFoundNowhereFillsTheFormAndAWrongOneIsAnsweredBesideItsField)
{
    auto member = signed_in_actor("recherche-inconnue");
    auto siren = unique_siren();
    auto siret = with_luhn_key(siren + "0002");
    auto page = lookup(member, siret);
    EXPECT_TRUE(contains(page, "Ce numéro n’est pas encore dans l’annuaire"));
    EXPECT_TRUE(contains(page, "name=\"siren\" value=\"" + siren + "\""));
    EXPECT_TRUE(contains(page, "name=\"siret\" value=\"" + siret + "\""));

    page = lookup(member, "12345");
    EXPECT_TRUE(contains(page, "id=\"identifiant-erreur\">Saisissez un SIRET (14 chiffres) ou un SIREN (9 chiffres).<"));
    EXPECT_TRUE(contains(page, "value=\"12345\""));
    page = lookup(member, "732829321");  // a wrong Luhn key
    EXPECT_TRUE(contains(page, "id=\"identifiant-erreur\">La clé de contrôle"));
    page = lookup(member, "%3Cscript%3E");
    EXPECT_TRUE(contains(page, "value=\"&lt;script&gt;\""));
    EXPECT_FALSE(contains(page, "<script>"));
}
