#pragma once
// SQL for the changes of identity awaiting a decision (migration 087). Writers expect the
// caller's transaction.

#include "directory/changes.hpp"

#include <optional>
#include <string>
#include <vector>

namespace essaim::db {
class Session;
}

namespace essaim::directory {

struct IdentityChange {
    long long id = 0;
    long long organisation_id = 0;
    long long requested_by = 0;  //!< 0 once the account was deleted
    long long requested_at = 0;
    std::vector<FieldChange> changes;
    std::string status;  //!< "en_attente", "acceptee", "refusee"
};

//! Records `changes` as the organisation's pending request, replacing one that waits; its id.
long long save_pending_identity_change(db::Session& session, long long organisation_id, long long requested_by,
    long long at, const std::vector<FieldChange>& changes);
std::optional<IdentityChange> find_identity_change(db::Session& session, long long id);
std::optional<IdentityChange> pending_identity_change_of(db::Session& session, long long organisation_id);
void record_identity_decision(db::Session& session, long long id, const std::string& status,
    const std::string& refusal_reason, long long at, long long decided_by);

struct PendingIdentityChange {
    IdentityChange change;
    std::string organisation_name;
    std::string requester;  //!< "Nom (adresse)", or "" once the account was deleted
};
//! Requests awaiting a decision, oldest first.
std::vector<PendingIdentityChange> list_pending_identity_changes(db::Session& session, int limit);

} // namespace essaim::directory
