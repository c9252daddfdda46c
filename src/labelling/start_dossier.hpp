#pragma once
// Starting a dossier: a member applies for one of their organisations (and, for the category
// territoire, names the territory) to an open call; the draft is filled with the call's current
// form version, which is frozen from then on.

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

struct StartRequest {
    long long call_id = 0;
    long long organisation_id = 0;
    std::string territory_kind;  //!< territoire only: region, departement or commune
    std::string territory_code;
};

struct StartOutcome {
    long long dossier_id = 0;
    //! The organisation already had an open dossier on the call: this is it, nothing was created.
    bool existing = false;
};

//! The territory kinds a territoire call accepts, with their French names.
inline constexpr std::pair<const char*, const char*> territory_kinds[]
    = {{"region", "Région"}, {"departement", "Département"}, {"commune", "Commune"}};

//! NotFound when the call does not exist or is not published; Conflict when it takes no
//! applications today; Invalid (fields organisation, territoire_type, territoire_code) otherwise.
core::Result<StartOutcome> start_dossier(web::Services& services, db::Session& session, const auth::Identity& identity,
    const StartRequest& request, const auth::RequestInfo& request_info);


} // namespace essaim::labelling
