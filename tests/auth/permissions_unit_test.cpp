// Record-level permissions on organisations: deny by default, table-driven.

#include "auth/permissions.hpp"

#include <gtest/gtest.h>

using namespace essaim::auth;

namespace {

Identity visitor() { return Identity{}; }

Identity account(std::set<Role> roles)
{
    Identity identity;
    identity.user_id = 7;
    identity.email = "compte@exemple.fr";
    identity.roles = std::move(roles);
    identity.roles.insert(Role::Membre);
    return identity;
}

} // namespace

TEST(Permissions, OrganisationRecords)
{
    struct Case {
        const char* who;
        Identity identity;
        std::optional<MembershipRole> membership;
        bool may_edit;
        bool may_manage;
    };
    const Case cases[] = {
        {"visitor", visitor(), std::nullopt, false, false},
        // A visitor cannot hold a membership, but even a stray one grants nothing.
        {"visitor with a stray owner membership", visitor(), MembershipRole::Owner, false, false},
        {"membre, not a member", account({}), std::nullopt, false, false},
        {"editor", account({}), MembershipRole::Editor, true, false},
        {"owner", account({}), MembershipRole::Owner, true, true},
        {"administrateur, not a member", account({Role::Administrateur}), std::nullopt, true, true},
        {"instructeur, not a member", account({Role::Instructeur}), std::nullopt, false, false},
        {"financeur, not a member", account({Role::Financeur}), std::nullopt, false, false},
        {"hacker public, not a member", account({Role::HackerPublic}), std::nullopt, false, false},
        {"accompagnateur, editor", account({Role::Accompagnateur}), MembershipRole::Editor, true, false},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(may_edit_organisation(c.identity, c.membership), c.may_edit) << c.who;
        EXPECT_EQ(may_manage_members(c.identity, c.membership), c.may_manage) << c.who;
    }
}

TEST(Permissions, MembershipRoleCodesRoundTrip)
{
    for (auto role : {MembershipRole::Owner, MembershipRole::Editor}) {
        MembershipRole parsed;
        ASSERT_TRUE(membership_role_from_code(membership_role_code(role), parsed));
        EXPECT_EQ(parsed, role);
    }
    MembershipRole parsed;
    EXPECT_FALSE(membership_role_from_code("admin", parsed));
    EXPECT_FALSE(membership_role_from_code("", parsed));
}
