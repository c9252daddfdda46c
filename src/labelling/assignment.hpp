#pragma once
// Assigning dossiers to instructeurs: automatically when a dossier is deposited (among the call's
// team, those covering the dossier's region, the least loaded first), or by hand.

namespace essaim::db {
class Session;
}

namespace essaim::labelling {

//! Inside the caller's transaction. Answers the instructeur's user id, or 0 when the call's team
//! has nobody for the dossier's region (it then waits for an assignment by hand).
long long assign_automatically(db::Session& session, long long dossier_id, long long now);

} // namespace essaim::labelling

#include "auth/identity.hpp"
#include "auth/request_info.hpp"
#include "core/result.hpp"

#include <string>
#include <vector>

namespace essaim::web {
struct Services;
}

namespace essaim::labelling {

//! An instructeur of the call's team as the automatic assignment weighs them.
struct AssignmentCandidate {
    long long user_id = 0;
    std::vector<std::string> regions;  //!< the regions covered; empty = every region
    long long open_dossiers = 0;       //!< dossiers assigned and not yet decided (the load)
};

//! The candidate to assign a dossier of `region_code` to: among those covering the region, the
//! least loaded, ties going to the smallest user id; 0 when nobody covers it. A dossier whose
//! region is unknown ("") may go to anyone, so that it is not left waiting for a detail.
long long choose_instructor(const std::vector<AssignmentCandidate>& candidates, const std::string& region_code);

//! Assignment by hand, in its own transaction: the user must be staff on the dossier (NotFound
//! when they may not see it, Forbidden otherwise), and the new instructeur one of the call's team
//! holding the instructeur role (Invalid, field "instructeur"). Mails the new instructeur.
core::Result<core::Done> assign_by_hand(web::Services& services, db::Session& session, const auth::Identity& identity,
    long long dossier_id, long long instructor_id, const auth::RequestInfo& request_info);

} // namespace essaim::labelling
