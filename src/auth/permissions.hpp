#pragma once
// Record-level permissions on organisations, on top of the route-level AccessRule: who may edit an
// organisation's record and who may manage its members. Deny by default: a function returns true
// only for the cases it names.

#include "auth/identity.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace essaim::db {
class Session;
}

namespace essaim::auth {

//! A member's role within one organisation.
enum class MembershipRole { Owner, Editor };

std::string_view membership_role_code(MembershipRole role);  //!< "owner", "editor"
std::string_view membership_role_label(MembershipRole role); //!< "Responsable", "Contributeur"
bool membership_role_from_code(std::string_view code, MembershipRole& role);

struct Membership {
    long long organisation_id = 0;
    std::string organisation_name;
    MembershipRole role = MembershipRole::Editor;
};

//! The organisations `user_id` belongs to, by name.
std::vector<Membership> load_memberships(db::Session& session, long long user_id);

//! `user_id`'s role in `organisation_id`, or nothing when not a member.
std::optional<MembershipRole> load_membership_role(db::Session& session, long long user_id, long long organisation_id);

//! Owners and editors of the organisation, and administrators.
bool may_edit_organisation(const Identity& identity, std::optional<MembershipRole> membership);

//! Owners of the organisation, and administrators.
bool may_manage_members(const Identity& identity, std::optional<MembershipRole> membership);

} // namespace essaim::auth
