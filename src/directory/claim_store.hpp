#pragma once
// SQL for claims. Writers expect the caller's transaction.

#include "directory/claim.hpp"

#include <optional>
#include <string>
#include <vector>

namespace essaim::db {
class Session;
}

namespace essaim::directory {

long long insert_claim(db::Session& session, const Claim& claim);
std::optional<Claim> find_claim(db::Session& session, long long id);
//! True when `user_id` already has a claim awaiting a decision on the organisation.
bool has_pending_claim(db::Session& session, long long organisation_id, long long user_id);
//! Records the decision (`decided_by` 0 for an automatic one).
void record_claim_decision(db::Session& session, long long id, ClaimStatus status, bool automatic,
    const std::string& refusal_reason, long long at, long long decided_by);
//! How many owners the organisation has on the platform.
long long count_owners(db::Session& session, long long organisation_id);

struct PendingClaim {
    long long id = 0;
    long long organisation_id = 0;
    std::string organisation_name;
    std::string website;
    std::string claimant_email;
    std::string claimant_name;
    std::string message;
    long long created_at = 0;
};
//! Claims awaiting a decision, oldest first.
std::vector<PendingClaim> list_pending_claims(db::Session& session, int limit);
//! The claimant's e-mail address.
std::string claimant_email(db::Session& session, long long user_id);

} // namespace essaim::directory
