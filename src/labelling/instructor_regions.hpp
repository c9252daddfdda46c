#pragma once
// Administrators set the regions each instructeur covers; the automatic assignment reads them.

#include "auth/identity.hpp"
#include "auth/request_info.hpp"
#include "core/result.hpp"

#include <string>
#include <vector>

namespace essaim::db {
class Session;
}
namespace essaim::web {
struct Services;
}

namespace essaim::labelling {

//! In its own transaction; administrators only (Forbidden). NotFound when the account does not
//! hold the instructeur role, Invalid (field "regions") for a code that is not a region. An empty
//! list means every region.
core::Result<core::Done> save_instructor_regions(web::Services& services, db::Session& session,
    const auth::Identity& identity, long long instructor_id, std::vector<std::string> regions,
    const auth::RequestInfo& request_info);

} // namespace essaim::labelling
