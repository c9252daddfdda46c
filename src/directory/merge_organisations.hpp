#pragma once
// An administrator merges two records of one actor: the kept organisation absorbs the other one's
// memberships, projects, claims and revisions and fills its empty fields from it; the absorbed one
// is marked merged (never deleted) and leaves the public directory. Also dismissing a pair that is
// not a duplicate.

#include "auth/identity.hpp"
#include "auth/request_info.hpp"
#include "core/result.hpp"

namespace essaim::db {
class Session;
}
namespace essaim::web {
struct Services;
}

namespace essaim::directory {

//! Forbidden for anyone but an administrator; Invalid for the same id twice; NotFound; Conflict
//! when either organisation was already merged.
core::Result<core::Done> merge_organisations(web::Services& services, db::Session& session,
    const auth::Identity& identity, long long kept_id, long long absorbed_id, const auth::RequestInfo& request);

//! Remembers that the two organisations are distinct actors, so the pair is not flagged again.
core::Result<core::Done> dismiss_duplicate(web::Services& services, db::Session& session,
    const auth::Identity& identity, long long first_id, long long second_id, const auth::RequestInfo& request);

} // namespace essaim::directory
