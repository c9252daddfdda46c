#include "directory/permissions.hpp"

namespace essaim::directory {

bool may_view_organisation(const auth::Identity& identity, OrganisationStatus status,
    std::optional<auth::MembershipRole> membership)
{
    if (status == OrganisationStatus::Publiee)
        return true;
    if (!identity.signed_in())
        return false;
    return identity.has(auth::Role::Administrateur) || membership.has_value();
}

bool may_view_history(const auth::Identity& identity, std::optional<auth::MembershipRole> membership)
{
    if (!identity.signed_in())
        return false;
    return identity.has(auth::Role::Administrateur) || membership == auth::MembershipRole::Owner;
}

bool may_moderate(const auth::Identity& identity)
{
    return identity.signed_in() && identity.has(auth::Role::Administrateur);
}

} // namespace essaim::directory
