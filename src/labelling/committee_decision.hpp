#pragma once
// A committee's decision on a dossier of its agenda, and the end of the session.

#include "auth/identity.hpp"
#include "auth/request_info.hpp"
#include "core/result.hpp"
#include "labelling/dossier.hpp"

#include <string>

namespace essaim::db {
class Session;
}
namespace essaim::web {
struct Services;
}

namespace essaim::labelling {

//! As posted to /comites/{id}/decisions.
struct DecisionRequest {
    long long committee_id = 0;
    long long dossier_id = 0;
    std::string decision; //!< labellise, refuse, sans_suite, renvoye (field "decision")
    std::string motivation; //!< required where requires_motivation says: not for a label (field "motivation")
};

inline constexpr std::size_t max_motivation_length = 5000;

//! In one transaction: the dossier's transition (audit entry and applicant's e-mail included, with
//! the label's page, code and certificate for a label), the
//! decision on the agenda line (a dossier sent back to instruction leaves the agenda), and for a
//! label the label itself. NotFound when the user may not see the session or the dossier is not
//! on its agenda, Forbidden for a member who is not an administrator, Conflict when the session
//! is held, the line already decided or the dossier no longer en comité, Invalid for a missing
//! decision or motivation. Answers the dossier as it now is.
core::Result<Dossier> record_decision(web::Services& services, db::Session& session, const auth::Identity& identity,
    const DecisionRequest& request, const auth::RequestInfo& request_info);

//! Marks the session as held once every line of its agenda is decided, or its dossier withdrawn
//! (Conflict otherwise).
core::Result<core::Done> mark_committee_held(web::Services& services, db::Session& session,
    const auth::Identity& identity, long long committee_id, const auth::RequestInfo& request_info);

} // namespace essaim::labelling
