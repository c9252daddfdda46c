#pragma once
// Moderation of projects: an administrator hides a published project that should not be public
// (with a reason its organisation's owners read by e-mail and on the project's page) and may
// publish it again. Each decision is a revision of the project and an audit entry.

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

namespace essaim::directory {

inline constexpr std::size_t max_hidden_reason_length = 2000;

//! Forbidden for anyone but an administrator, NotFound, Conflict when the project is not published,
//! Invalid (field "hidden_reason") for a missing or too long reason. `reason` is normalised in place.
core::Result<core::Done> hide_project(web::Services& services, db::Session& session, const auth::Identity& identity,
    long long project_id, std::string& reason, const auth::RequestInfo& request);

//! Publishes a hidden project again. Forbidden, NotFound, Conflict when it is not hidden.
core::Result<core::Done> republish_project(web::Services& services, db::Session& session,
    const auth::Identity& identity, long long project_id, const auth::RequestInfo& request);

} // namespace essaim::directory
