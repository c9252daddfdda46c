#pragma once
// The one way a dossier changes state: checks that the move exists (Conflict otherwise, so the
// API answers 409), that the user may make it, and that a motivation is given where one is
// owed; then records the transition, the audit entry and the applicant's e-mail together.

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

//! Where a move is asked from: the dossier's own transition (its page or the API), or one of the
//! committee's use cases, the only ones that make the committee's moves.
enum class TransitionChannel { Dossier, Committee };

struct TransitionRequest {
    long long dossier_id = 0;
    DossierState to = DossierState::Depose;
    std::string motivation;
    TransitionChannel channel = TransitionChannel::Dossier;
    std::string mail_details; //!< more for the applicant's e-mail, after the motivation (a label's links)
};

//! In its own transaction. NotFound when the user may not see the dossier, Forbidden when they
//! see it but may not make this move (a committee's move asked from the dossier), Conflict for a move that does not exist from the current
//! state, Invalid (field "motivation") when a required motivation is missing.
core::Result<Dossier> transition_dossier(web::Services& services, db::Session& session, const auth::Identity& identity,
    const TransitionRequest& request, const auth::RequestInfo& request_info);

//! The same inside the caller's transaction, for use cases that do more in it (a committee's
//! decision creates the label). The caller has locked the dossier.
core::Result<Dossier> apply_transition(web::Services& services, db::Session& session, const auth::Identity& identity,
    const TransitionRequest& request, const auth::RequestInfo& request_info);

} // namespace essaim::labelling
