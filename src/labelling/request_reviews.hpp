#pragma once
// The staff ask experts for their opinion on a dossier (one or several at once), or withdraw a
// request still awaited.

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

struct ReviewRequestInput {
    long long dossier_id = 0;
    std::vector<long long> expert_ids;
    std::string due_on;  //!< 'YYYY-MM-DD', after today
};

struct ReviewRequestOutcome {
    int requested = 0;                        //!< requests sent
    std::vector<std::string> blocked_experts; //!< members of the applying organisation, recorded as conflicts
};

//! In its own transaction. NotFound when the user may not see the dossier, Forbidden when they are
//! not its staff, Conflict unless the dossier is en instruction, Invalid for no expert, an account
//! that is not an expert, an expert already asked, or a due date missing or not in the future
//! (fields "experts" and "echeance"). An expert who is a member of the applying organisation is
//! not asked: the request is recorded as a conflict of interest.
core::Result<ReviewRequestOutcome> request_reviews(web::Services& services, db::Session& session,
    const auth::Identity& identity, const ReviewRequestInput& input, const auth::RequestInfo& request_info);

//! Withdraws a request still awaited (state 'annule'); the dossier's staff only. NotFound when the
//! request is not on the dossier or the user may not see it, Conflict when it is no longer awaited.
core::Result<core::Done> cancel_review(web::Services& services, db::Session& session, const auth::Identity& identity,
    long long dossier_id, long long review_id, const auth::RequestInfo& request_info);

} // namespace essaim::labelling
