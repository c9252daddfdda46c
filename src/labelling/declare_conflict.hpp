#pragma once
// An expert declares a conflict of interest on a dossier they were asked about: they give no
// opinion, no longer see the dossier, and its instructeur is told so as to ask someone else.

#include "auth/identity.hpp"
#include "auth/request_info.hpp"
#include "core/result.hpp"

#include <string>

namespace essaim::db {
class Session;
}
namespace essaim::web {
struct Services;
}

namespace essaim::labelling {

//! In its own transaction. NotFound unless the request is the user's own, Conflict unless it is
//! still awaited, Invalid (field "motif") without a reason.
core::Result<core::Done> declare_conflict(web::Services& services, db::Session& session, const auth::Identity& identity,
    long long review_id, const std::string& reason, const auth::RequestInfo& request_info);

} // namespace essaim::labelling
