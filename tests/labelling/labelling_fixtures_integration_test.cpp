// The fixtures write rows the labelling schema accepts, on both backends; every other labelling
// test builds on them.

#include "labelling/labelling_fixtures.hpp"

#include "db/session.hpp"
#include "labelling/dossier_store.hpp"

using namespace essaim;
using namespace essaim::test;
using namespace essaim::test::labelling_fixtures;

TEST(LabellingFixtures, BuildACallWithAGridAndADossierUnderReview)
{
    auto owner = auth_support::signed_in_actor("fixture-porteuse");
    auto expert = auth_support::signed_in_actor("fixture-experte", {auth::Role::Expert});
    auto organisation = published_organisation(owner, "Ruche des fixtures");
    auto call = call_with_form("Appel des fixtures");
    auto criteria = criteria_ids(call);
    ASSERT_EQ(criteria.size(), 2u);
    auto dossier_id = dossier_in_state(call, organisation, owner.user_id, "en_instruction");
    auto review = review_request(dossier_id, expert.user_id);
    give_scores(review, {{criteria[0], 4}, {criteria[1], 2}}, "favorable");

    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    auto dossier = labelling::find_dossier(*lease, dossier_id);
    ASSERT_TRUE(dossier.has_value());
    EXPECT_EQ(dossier->state, labelling::DossierState::EnInstruction);
    EXPECT_EQ(dossier->organisation_id, organisation);
    EXPECT_EQ(dossier->form_id, current_form_id(call));
    EXPECT_EQ(dossier->region_code, "84");
    EXPECT_TRUE(labelling::has_review_request(*lease, dossier_id, expert.user_id));
    EXPECT_TRUE(labelling::is_organisation_member(*lease, organisation, owner.user_id));
    EXPECT_FALSE(labelling::is_organisation_member(*lease, organisation, expert.user_id));
    EXPECT_EQ(query_number("SELECT COUNT(*) FROM review_scores WHERE review_id = :review", review), 2);
}
