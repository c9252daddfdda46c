#pragma once
// Deleting a draft: only its organisation's members, only while it is a draft. The rows go in
// one transaction; the files they named are removed after the commit when nothing else names them.

#include "auth/identity.hpp"
#include "auth/request_info.hpp"
#include "core/result.hpp"

namespace essaim::db {
class Session;
}
namespace essaim::web {
struct Services;
}

namespace essaim::labelling {

//! NotFound when the user may not see the dossier; Forbidden for a non-member; Conflict when it
//! is no longer a draft.
core::Result<core::Done> delete_dossier(web::Services& services, db::Session& session, const auth::Identity& identity,
    long long dossier_id, const auth::RequestInfo& request_info);

} // namespace essaim::labelling
