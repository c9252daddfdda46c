#pragma once
// Putting dossiers on a committee's agenda: each moves from en instruction to en comité through
// the dossier's one transition use case, in the same transaction as its agenda line, so that a
// dossier en comité is always on the agenda of a session. The applicant is not e-mailed for it.

#include "auth/identity.hpp"
#include "auth/request_info.hpp"
#include "core/result.hpp"
#include "labelling/committee.hpp"

#include <vector>

namespace essaim::db {
class Session;
}
namespace essaim::web {
struct Services;
}

namespace essaim::labelling {

//! All or nothing: answers how many dossiers were added. NotFound when the user may not see the
//! session, Forbidden when they may not fill its agenda, Conflict once the session is held or for
//! a dossier of another call or not en instruction, Invalid (field "dossiers") when none is chosen.
core::Result<int> add_to_agenda(web::Services& services, db::Session& session, const auth::Identity& identity,
    long long committee_id, const std::vector<long long>& dossier_ids, const auth::RequestInfo& request_info);

//! The instructeur's « Inscrire au comité »: the dossier goes on the agenda of the next session
//! for its call (next_committee_for_call), which is answered. NotFound when the user may not see
//! the dossier, Forbidden when they are not its staff, Conflict when it is not en instruction or
//! no session is planned for its call.
core::Result<Committee> place_on_next_committee(web::Services& services, db::Session& session,
    const auth::Identity& identity, long long dossier_id, const auth::RequestInfo& request_info);

} // namespace essaim::labelling
