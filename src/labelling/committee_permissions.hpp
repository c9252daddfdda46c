#pragma once
// Who may see a committee session and act on it. Deny by default: someone who may not see the
// session must not learn that it exists (404).

#include "auth/identity.hpp"
#include "core/result.hpp"
#include "labelling/committee.hpp"

namespace essaim::db {
class Session;
}

namespace essaim::labelling {

struct CommitteeAccess {
    bool view = false; //!< administrators and the session's members
    bool fill_agenda = false; //!< administrators, and instructeurs who sit on the session
    bool decide = false; //!< administrators only: the decision is recorded by platform staff
};

CommitteeAccess committee_access(db::Session& session, const auth::Identity& identity, const Committee& committee);

//! A committee session with what the user may do with it.
struct VisibleCommittee {
    Committee committee;
    CommitteeAccess access;
};
//! The session `committee_id` when `identity` may see it; NotFound "Ce comité n’existe pas." otherwise,
//! alike whether the id exists or not.
core::Result<VisibleCommittee> find_visible_committee(
    db::Session& session, const auth::Identity& identity, long long committee_id);

} // namespace essaim::labelling
