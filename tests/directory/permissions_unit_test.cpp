// Who sees and edits which organisation, and which status changes exist.

#include "directory/permissions.hpp"

#include <gtest/gtest.h>

using namespace essaim::directory;
using essaim::auth::Identity;
using essaim::auth::MembershipRole;
using essaim::auth::Role;

namespace {

Identity visitor() { return Identity{}; }

Identity member()
{
    Identity identity;
    identity.user_id = 7;
    identity.roles = {Role::Membre};
    return identity;
}

Identity with_role(Role role)
{
    auto identity = member();
    identity.roles.insert(role);
    return identity;
}

} // namespace

TEST(DirectoryPermissions, PublishedProfilesArePublicOthersOnlyForMembersAndAdministrators)
{
    for (auto status : {OrganisationStatus::EnAttente, OrganisationStatus::Publiee, OrganisationStatus::Refusee}) {
        bool published = status == OrganisationStatus::Publiee;
        EXPECT_EQ(may_view_organisation(visitor(), status, std::nullopt), published);
        EXPECT_EQ(may_view_organisation(member(), status, std::nullopt), published);
        EXPECT_EQ(may_view_organisation(with_role(Role::Instructeur), status, std::nullopt), published);
        EXPECT_TRUE(may_view_organisation(member(), status, MembershipRole::Owner));
        EXPECT_TRUE(may_view_organisation(member(), status, MembershipRole::Editor));
        EXPECT_TRUE(may_view_organisation(with_role(Role::Administrateur), status, std::nullopt));
    }
    // A membership read for a visitor (there is none) grants nothing.
    EXPECT_FALSE(may_view_organisation(visitor(), OrganisationStatus::EnAttente, MembershipRole::Owner));
}

TEST(DirectoryPermissions, HistoryForOwnersAndAdministrators)
{
    EXPECT_TRUE(may_view_history(member(), MembershipRole::Owner));
    EXPECT_FALSE(may_view_history(member(), MembershipRole::Editor));
    EXPECT_FALSE(may_view_history(member(), std::nullopt));
    EXPECT_TRUE(may_view_history(with_role(Role::Administrateur), std::nullopt));
    EXPECT_FALSE(may_view_history(visitor(), MembershipRole::Owner));
}

TEST(DirectoryPermissions, ModerationForAdministratorsOnly)
{
    EXPECT_TRUE(may_moderate(with_role(Role::Administrateur)));
    EXPECT_FALSE(may_moderate(with_role(Role::Instructeur)));
    EXPECT_FALSE(may_moderate(member()));
    EXPECT_FALSE(may_moderate(visitor()));
}

TEST(DirectoryPermissions, StatusTransitions)
{
    using S = OrganisationStatus;
    EXPECT_TRUE(is_allowed_transition(S::EnAttente, S::Publiee));
    EXPECT_TRUE(is_allowed_transition(S::EnAttente, S::Refusee));
    EXPECT_TRUE(is_allowed_transition(S::Refusee, S::EnAttente));
    EXPECT_FALSE(is_allowed_transition(S::Refusee, S::Publiee));
    EXPECT_FALSE(is_allowed_transition(S::Publiee, S::Refusee));
    EXPECT_FALSE(is_allowed_transition(S::Publiee, S::EnAttente));
    EXPECT_FALSE(is_allowed_transition(S::EnAttente, S::EnAttente));
}

TEST(DirectoryPermissions, CodesRoundTrip)
{
    for (auto status : {OrganisationStatus::EnAttente, OrganisationStatus::Publiee, OrganisationStatus::Refusee}) {
        OrganisationStatus read = OrganisationStatus::Publiee;
        ASSERT_TRUE(status_from_code(status_code(status), read));
        EXPECT_EQ(read, status);
    }
    OrganisationStatus ignored;
    EXPECT_FALSE(status_from_code("supprimee", ignored));
    EXPECT_EQ(actor_types().size(), 11u);
    EXPECT_EQ(ess_families().size(), 6u);
    EXPECT_EQ(headcount_bands().front().code, "NN");
    EXPECT_EQ(headcount_bands().back().code, "53");
    EXPECT_EQ(field_label("actor_types"), "Types d’acteur");
    EXPECT_EQ(field_label("siren"), "SIREN");
    EXPECT_EQ(field_label("inconnu"), "inconnu");
}
