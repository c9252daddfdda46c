#pragma once
// Who may see what of an organisation, on top of auth's may_edit_organisation (owners, editors,
// administrators). Deny by default: each function returns true only for the cases it names.

#include "auth/permissions.hpp"
#include "directory/organisation.hpp"

#include <optional>

namespace essaim::directory {

//! A published profile is public; one awaiting moderation or refused is seen by its members and
//! by administrators only (others get a 404, as if it did not exist).
bool may_view_organisation(const auth::Identity& identity, OrganisationStatus status,
    std::optional<auth::MembershipRole> membership);

//! The history of edits: owners and administrators.
bool may_view_history(const auth::Identity& identity, std::optional<auth::MembershipRole> membership);

//! Publishing and refusing profiles: administrators.
bool may_moderate(const auth::Identity& identity);

} // namespace essaim::directory
