#include "auth/permissions.hpp"

namespace essaim::auth {

std::string_view membership_role_code(MembershipRole role)
{
    return role == MembershipRole::Owner ? "owner" : "editor";
}

std::string_view membership_role_label(MembershipRole role)
{
    return role == MembershipRole::Owner ? "Responsable" : "Contributeur";
}

bool membership_role_from_code(std::string_view code, MembershipRole& role)
{
    if (code == "owner") {
        role = MembershipRole::Owner;
        return true;
    }
    if (code == "editor") {
        role = MembershipRole::Editor;
        return true;
    }
    return false;
}

bool may_edit_organisation(const Identity& identity, std::optional<MembershipRole> membership)
{
    if (!identity.signed_in())
        return false;
    if (identity.has(Role::Administrateur))
        return true;
    return membership == MembershipRole::Owner || membership == MembershipRole::Editor;
}

bool may_manage_members(const Identity& identity, std::optional<MembershipRole> membership)
{
    if (!identity.signed_in())
        return false;
    if (identity.has(Role::Administrateur))
        return true;
    return membership == MembershipRole::Owner;
}

} // namespace essaim::auth
