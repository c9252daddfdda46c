#pragma once
// Who may see a committee session and act on it. Deny by default: someone who may not see the
// session must not learn that it exists (404).

#include "auth/identity.hpp"
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

} // namespace essaim::labelling
