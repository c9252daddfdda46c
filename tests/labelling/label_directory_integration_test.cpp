// Where labels show outside /labels: the directory's "Labellisé" facet, the organisation's profile
// (current labels, and the history of expired and withdrawn ones), and the territory pages.
// Organisations, calls and dossiers come from the lead's fixtures (SQL).

#include "labelling_fixtures.hpp"

#include "labelling/dossier_store.hpp"
#include "labelling/grant_label.hpp"
#include "labelling/label.hpp"

#include <gtest/gtest.h>

namespace essaim::test {
namespace {

using namespace labelling_fixtures;
using auth_support::contains;
using auth_support::execute_sql;
using auth_support::signed_in_actor;

struct Labelled {
    long long organisation = 0;
    long long label = 0;
};

Labelled labelled(const Actor& owner, const std::string& name, const std::string& category = "ruche")
{
    Labelled result;
    result.organisation = published_organisation(owner, name);
    auto call = call_with_form("Appel annuaire " + name, category);
    auto dossier = dossier_in_state(call, result.organisation, owner.user_id, "labellise");
    if (category == "territoire")
        execute_sql("UPDATE dossiers SET territory_kind = 'departement', territory_code = '42' WHERE id = "
            + std::to_string(dossier));
    result.label = grant_label_of(dossier);
    return result;
}

TEST(LabelDirectory, FacetAndProfileShowCurrentLabelsAndHistory)
{
    auto owner = signed_in_actor("label-annuaire");
    auto active = labelled(owner, "Essaimfacettelabel Ruche Active");
    auto expired = labelled(owner, "Essaimfacettelabel Ruche Echue");
    auto withdrawn = labelled(owner, "Essaimfacettelabel Ruche Retiree");
    auto none = published_organisation(owner, "Essaimfacettelabel Ruche Sans Label");
    execute_sql("UPDATE labels SET expires_on = '2022-03-01' WHERE id = " + std::to_string(expired.label));
    execute_sql("UPDATE labels SET state = 'retire', withdrawn_at = 1767225600, withdrawal_motivation = 'x' WHERE id = "
        + std::to_string(withdrawn.label));

    HttpClient visitor(TestPlatform::instance().port());
    auto all = visitor.get("/annuaire?q=Essaimfacettelabel");
    ASSERT_EQ(all.status, 200);
    EXPECT_TRUE(contains(all.body, "Ruche Sans Label"));
    EXPECT_TRUE(contains(all.body, "id=\"filtre-labellise-1\""));
    EXPECT_TRUE(contains(all.body, "Organisations labellisées (1)")) << all.body;
    EXPECT_FALSE(contains(all.body, "Les labels ne sont pas encore attribués"));

    auto only = visitor.get("/annuaire?q=Essaimfacettelabel&labellise=1");
    ASSERT_EQ(only.status, 200);
    EXPECT_TRUE(contains(only.body, "Essaimfacettelabel Ruche Active"));
    EXPECT_FALSE(contains(only.body, "Essaimfacettelabel Ruche Echue"));
    EXPECT_FALSE(contains(only.body, "Essaimfacettelabel Ruche Retiree"));
    EXPECT_FALSE(contains(only.body, "Essaimfacettelabel Ruche Sans Label"));
    EXPECT_TRUE(contains(only.body, "1 résultat"));
    EXPECT_TRUE(contains(only.body, "checked"));
    // Without words, the same filter over the whole directory (these two made the latest updates).
    execute_sql("UPDATE organisations SET updated_at = " + std::to_string(TestPlatform::instance().clock().now())
        + " WHERE id IN (" + std::to_string(active.organisation) + ", "
        + std::to_string(none) + ")");
    auto browse = visitor.get("/annuaire?type=organisation&labellise=1&tri=recent");
    EXPECT_TRUE(contains(browse.body, "Essaimfacettelabel Ruche Active"));
    EXPECT_FALSE(contains(browse.body, "Essaimfacettelabel Ruche Sans Label"));

    auto profile = visitor.get("/organisations/" + std::to_string(active.organisation));
    ASSERT_EQ(profile.status, 200);
    EXPECT_TRUE(contains(profile.body, "href=\"/labels/" + std::to_string(active.label) + "\""));
    EXPECT_TRUE(contains(profile.body, "Label Ruche"));
    EXPECT_FALSE(contains(profile.body, "Historique des labels"));

    auto history = visitor.get("/organisations/" + std::to_string(expired.organisation));
    EXPECT_TRUE(contains(history.body, "Historique des labels"));
    EXPECT_TRUE(contains(history.body, "Expiré le"));
    EXPECT_FALSE(contains(history.body, "Labels en cours"));
    auto gone = visitor.get("/organisations/" + std::to_string(withdrawn.organisation));
    EXPECT_TRUE(contains(gone.body, "Historique des labels"));
    EXPECT_TRUE(contains(gone.body, "Retiré le"));

    auto plain = visitor.get("/organisations/" + std::to_string(none));
    EXPECT_FALSE(contains(plain.body, "Historique des labels"));
    EXPECT_FALSE(contains(plain.body, "/labels/"));
}

TEST(LabelDirectory, TerritoryPagesListLabelledTerritoriesAndStructures)
{
    auto owner = signed_in_actor("label-territoire");
    auto structure = labelled(owner, "Essaimterritoirelabel Ruche Structure");
    auto territory = labelled(owner, "Essaimterritoirelabel Collectif Loire", "territoire");
    auto expired = labelled(owner, "Essaimterritoirelabel Ruche Echue");
    execute_sql("UPDATE labels SET expires_on = '2022-03-01' WHERE id = " + std::to_string(expired.label));

    HttpClient visitor(TestPlatform::instance().port());
    auto region = visitor.get("/territoires/regions/84");
    ASSERT_EQ(region.status, 200);
    EXPECT_TRUE(contains(region.body, "Territoires et structures labellisés"));
    EXPECT_TRUE(contains(region.body, "Structures labellisées"));
    EXPECT_TRUE(contains(region.body, "Territoires labellisés"));
    EXPECT_TRUE(contains(region.body, "href=\"/labels/" + std::to_string(structure.label) + "\""));
    EXPECT_TRUE(contains(region.body, "href=\"/labels/" + std::to_string(territory.label) + "\""));
    // The directory's own section may name the organisation; the labels' section does not link its expired label.
    EXPECT_FALSE(contains(region.body, "href=\"/labels/" + std::to_string(expired.label) + "\""));
    EXPECT_TRUE(contains(region.body, "/labels?region=84"));

    auto department = visitor.get("/territoires/departements/42");
    ASSERT_EQ(department.status, 200);
    EXPECT_TRUE(contains(department.body, "href=\"/labels/" + std::to_string(structure.label) + "\""));
    EXPECT_TRUE(contains(department.body, "href=\"/labels/" + std::to_string(territory.label) + "\""));

    auto elsewhere = visitor.get("/territoires/departements/29");
    ASSERT_EQ(elsewhere.status, 200);
    EXPECT_FALSE(contains(elsewhere.body, "Essaimterritoirelabel"));
    EXPECT_TRUE(contains(elsewhere.body, "Aucun label en cours de validité"));
}

} // namespace
} // namespace essaim::test
