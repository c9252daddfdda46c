#pragma once
// A member creates an organisation: it waits for moderation (en attente), its creator becomes its
// owner, and both its first revision and an audit entry are written.

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

//! The new organisation's id, or Invalid with field errors (the input normalised in place, so the
//! form can show it back), Forbidden for a visitor.
core::Result<long long> create_organisation(web::Services& services, db::Session& session, NafCatalogue& naf,
    const auth::Identity& identity, OrganisationInput& input, const auth::RequestInfo& request);

} // namespace essaim::directory
