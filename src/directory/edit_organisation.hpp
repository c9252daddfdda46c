#pragma once
// An owner, editor or administrator edits an organisation's profile. Each edit that changes
// something writes a revision (the fields with their values before and after) and an audit entry.
// Editing a refused profile submits it again for moderation, unless an administrator edits it.
// On a published profile, a member's change of name or identifier waits for an administrator
// (identity_change.hpp); identifiers from a register are not edited at all.

#include "auth/identity.hpp"
#include "auth/request_info.hpp"
#include "core/result.hpp"
#include "directory/organisation_form.hpp"

namespace essaim::db {
class Session;
}
namespace essaim::web {
struct Services;
}

namespace essaim::directory {

class NafCatalogue;

struct EditOutcome {
    std::size_t changed_fields = 0;  //!< 0: nothing changed, nothing was written
    bool resubmitted = false;        //!< a refused profile went back to en attente
    bool identity_held = false;      //!< a change of identity now waits for an administrator
};

//! NotFound (no such organisation, or one the identity may not see), Forbidden (may see, may not
//! edit), Invalid with field errors (input normalised in place).
core::Result<EditOutcome> edit_organisation(web::Services& services, db::Session& session, NafCatalogue& naf,
    const auth::Identity& identity, long long organisation_id, OrganisationInput& input, const auth::RequestInfo& request);

} // namespace essaim::directory
