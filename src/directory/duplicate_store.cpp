#include "directory/duplicate_store.hpp"

#include "db/session.hpp"

#include <soci/soci.h>

namespace essaim::directory {

namespace {

long long count_where(db::Session& session, const std::string& table, long long organisation_id)
{
    long long count = 0;
    session.sql() << "SELECT COUNT(*) FROM " + table + " WHERE organisation_id = :id", soci::use(organisation_id),
        soci::into(count);
    return count;
}

} // namespace

std::vector<DuplicateSubject> load_duplicate_subjects(db::Session& session)
{
    std::vector<DuplicateSubject> subjects;
    DuplicateSubject row;
    soci::statement statement = (session.sql().prepare
            << "SELECT id, name, commune_code FROM organisations "
               "WHERE merged_into IS NULL AND commune_code IS NOT NULL ORDER BY commune_code, id",
        soci::into(row.id), soci::into(row.name), soci::into(row.commune_code));
    statement.execute();
    while (statement.fetch())
        subjects.push_back(row);
    return subjects;
}

std::set<std::pair<long long, long long>> dismissed_pairs(db::Session& session)
{
    std::set<std::pair<long long, long long>> pairs;
    long long first = 0;
    long long second = 0;
    soci::statement statement = (session.sql().prepare
            << "SELECT first_id, second_id FROM organisation_duplicate_dismissals",
        soci::into(first), soci::into(second));
    statement.execute();
    while (statement.fetch())
        pairs.emplace(first, second);
    return pairs;
}

void dismiss_pair(db::Session& session, long long first_id, long long second_id, long long at, long long by_user_id)
{
    auto low = std::min(first_id, second_id);
    auto high = std::max(first_id, second_id);
    soci::indicator by_indicator = by_user_id > 0 ? soci::i_ok : soci::i_null;
    session.sql() << "INSERT INTO organisation_duplicate_dismissals (first_id, second_id, dismissed_at, dismissed_by) "
                     "VALUES (:low, :high, :at, :by) ON CONFLICT (first_id, second_id) DO NOTHING",
        soci::use(low), soci::use(high), soci::use(at), soci::use(by_user_id, by_indicator);
}

std::optional<long long> merged_into(db::Session& session, long long id)
{
    long long target = 0;
    soci::indicator indicator = soci::i_null;
    session.sql() << "SELECT merged_into FROM organisations WHERE id = :id", soci::use(id),
        soci::into(target, indicator);
    if (!session.sql().got_data() || indicator != soci::i_ok)
        return std::nullopt;
    return target;
}

void mark_merged(db::Session& session, long long absorbed_id, long long kept_id)
{
    session.sql() << "UPDATE organisations SET merged_into = :kept WHERE id = :absorbed", soci::use(kept_id),
        soci::use(absorbed_id);
}

MergeMoves move_to_kept(db::Session& session, long long absorbed_id, long long kept_id, long long at,
    long long actor_user_id, const std::string& reason)
{
    MergeMoves moves;
    auto& sql = session.sql();
    moves.memberships = count_where(session, "organisation_memberships", absorbed_id);
    // An owner of the absorbed organisation stays an owner of the kept one.
    sql << "UPDATE organisation_memberships SET role = 'owner' WHERE organisation_id = :kept AND role <> 'owner' "
           "AND user_id IN (SELECT user_id FROM organisation_memberships WHERE organisation_id = :absorbed AND role = 'owner')",
        soci::use(kept_id), soci::use(absorbed_id);
    sql << "INSERT INTO organisation_memberships (organisation_id, user_id, role) "
           "SELECT :kept, user_id, role FROM organisation_memberships WHERE organisation_id = :absorbed "
           "AND user_id NOT IN (SELECT user_id FROM organisation_memberships WHERE organisation_id = :kept_again)",
        soci::use(kept_id), soci::use(absorbed_id), soci::use(kept_id);
    // Memberships are current rights, not history: the revision of the merge lists who moved.
    sql << "DELETE FROM organisation_memberships WHERE organisation_id = :absorbed", soci::use(absorbed_id);

    moves.projects = count_where(session, "projects", absorbed_id);
    // Each moved project's history says where it came from, as its own edits do.
    std::string moved_changes =
        "{\"organisation_id\":[" + std::to_string(absorbed_id) + "," + std::to_string(kept_id) + "]}";
    soci::indicator mover_indicator = actor_user_id > 0 ? soci::i_ok : soci::i_null;
    sql << "INSERT INTO project_revisions (project_id, at, actor_user_id, changes_json) "
           "SELECT id, :at, :by, :changes FROM projects WHERE organisation_id = :absorbed",
        soci::use(at), soci::use(actor_user_id, mover_indicator), soci::use(moved_changes), soci::use(absorbed_id);
    sql << "UPDATE projects SET organisation_id = :kept WHERE organisation_id = :absorbed", soci::use(kept_id),
        soci::use(absorbed_id);

    // One pending claim per member and organisation (a unique index): the absorbed side's is closed.
    soci::indicator by_indicator = actor_user_id > 0 ? soci::i_ok : soci::i_null;
    sql << "UPDATE organisation_claims SET status = 'refusee', refusal_reason = :reason, decided_at = :at, "
           "decided_by = :by WHERE organisation_id = :absorbed AND status = 'en_attente' AND user_id IN "
           "(SELECT user_id FROM organisation_claims WHERE organisation_id = :kept AND status = 'en_attente')",
        soci::use(reason), soci::use(at), soci::use(actor_user_id, by_indicator), soci::use(absorbed_id),
        soci::use(kept_id);
    moves.claims = count_where(session, "organisation_claims", absorbed_id);
    sql << "UPDATE organisation_claims SET organisation_id = :kept WHERE organisation_id = :absorbed",
        soci::use(kept_id), soci::use(absorbed_id);

    moves.revisions = count_where(session, "organisation_revisions", absorbed_id);
    sql << "UPDATE organisation_revisions SET organisation_id = :kept WHERE organisation_id = :absorbed",
        soci::use(kept_id), soci::use(absorbed_id);
    return moves;
}

long long count_memberships(db::Session& session, long long organisation_id)
{
    return count_where(session, "organisation_memberships", organisation_id);
}

long long count_projects(db::Session& session, long long organisation_id)
{
    return count_where(session, "projects", organisation_id);
}

} // namespace essaim::directory
