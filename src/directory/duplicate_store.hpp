#pragma once
// SQL for possible duplicate organisations: what detection reads, the pairs dismissed by
// administrators, and the moves of a merge. Writers expect the caller's transaction.

#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace essaim::db {
class Session;
}

namespace essaim::directory {

//! What detection needs of an organisation that is not merged and has a commune.
struct DuplicateSubject {
    long long id = 0;
    std::string name;
    std::string commune_code;
};
//! Ordered by commune, then id.
std::vector<DuplicateSubject> load_duplicate_subjects(db::Session& session);

//! Pairs declared "not a duplicate", smaller id first.
std::set<std::pair<long long, long long>> dismissed_pairs(db::Session& session);
//! Remembers the pair (in any order); dismissing it twice is harmless.
void dismiss_pair(db::Session& session, long long first_id, long long second_id, long long at, long long by_user_id);

//! The organisation `id` was absorbed into, if it was.
std::optional<long long> merged_into(db::Session& session, long long id);
void mark_merged(db::Session& session, long long absorbed_id, long long kept_id);

//! What a merge moved from the absorbed organisation to the kept one.
struct MergeMoves {
    long long memberships = 0;
    long long projects = 0;
    long long claims = 0;
    long long revisions = 0;
};
//! Moves memberships (a member of both keeps one row, with the stronger role), projects, claims
//! (a member's pending claim on both is closed on the absorbed side with `reason`) and revisions.
MergeMoves move_to_kept(db::Session& session, long long absorbed_id, long long kept_id, long long at,
    long long actor_user_id, const std::string& reason);

long long count_memberships(db::Session& session, long long organisation_id);
long long count_projects(db::Session& session, long long organisation_id);

} // namespace essaim::directory
