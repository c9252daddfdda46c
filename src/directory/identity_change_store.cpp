#include "directory/identity_change_store.hpp"

#include "db/session.hpp"

#include <soci/soci.h>

namespace essaim::directory {

namespace {

constexpr const char* columns = "c.id, c.organisation_id, COALESCE(c.requested_by, 0), c.requested_at, c.changes_json, c.status";

struct Row {
    IdentityChange change;
    std::string changes_json;
};

} // namespace

long long save_pending_identity_change(db::Session& session, long long organisation_id, long long requested_by,
    long long at, const std::vector<FieldChange>& changes)
{
    auto json = changes_json(changes);
    session.sql() << "DELETE FROM organisation_identity_changes WHERE organisation_id = :organisation AND status = 'en_attente'",
        soci::use(organisation_id);
    long long id = 0;
    session.sql() << "INSERT INTO organisation_identity_changes (organisation_id, requested_by, requested_at, changes_json) "
                     "VALUES (:organisation, :by, :at, :changes) RETURNING id",
        soci::use(organisation_id), soci::use(requested_by), soci::use(at), soci::use(json), soci::into(id);
    return id;
}

std::optional<IdentityChange> find_identity_change(db::Session& session, long long id)
{
    Row row;
    session.sql() << "SELECT " << columns << " FROM organisation_identity_changes c WHERE c.id = :id", soci::use(id),
        soci::into(row.change.id), soci::into(row.change.organisation_id), soci::into(row.change.requested_by),
        soci::into(row.change.requested_at), soci::into(row.changes_json), soci::into(row.change.status);
    if (!session.sql().got_data())
        return std::nullopt;
    row.change.changes = parse_changes_json(row.changes_json);
    return row.change;
}

std::optional<IdentityChange> pending_identity_change_of(db::Session& session, long long organisation_id)
{
    long long id = 0;
    session.sql() << "SELECT id FROM organisation_identity_changes WHERE organisation_id = :organisation "
                     "AND status = 'en_attente'",
        soci::use(organisation_id), soci::into(id);
    if (!session.sql().got_data())
        return std::nullopt;
    return find_identity_change(session, id);
}

void record_identity_decision(db::Session& session, long long id, const std::string& status,
    const std::string& refusal_reason, long long at, long long decided_by)
{
    session.sql() << "UPDATE organisation_identity_changes SET status = :status, refusal_reason = :reason, "
                     "decided_at = :at, decided_by = :by WHERE id = :id",
        soci::use(status), soci::use(refusal_reason), soci::use(at), soci::use(decided_by), soci::use(id);
}

std::vector<PendingIdentityChange> list_pending_identity_changes(db::Session& session, int limit)
{
    std::vector<PendingIdentityChange> rows;
    Row row;
    std::string name;
    std::string requester_name;
    std::string requester_email;
    soci::indicator name_indicator = soci::i_ok;
    soci::indicator email_indicator = soci::i_ok;
    soci::statement statement = (session.sql().prepare
            << "SELECT " << columns << ", o.name, u.display_name, u.email FROM organisation_identity_changes c "
               "JOIN organisations o ON o.id = c.organisation_id LEFT JOIN users u ON u.id = c.requested_by "
               "WHERE c.status = 'en_attente' ORDER BY c.requested_at, c.id LIMIT :limit",
        soci::use(limit), soci::into(row.change.id), soci::into(row.change.organisation_id),
        soci::into(row.change.requested_by), soci::into(row.change.requested_at), soci::into(row.changes_json),
        soci::into(row.change.status), soci::into(name), soci::into(requester_name, name_indicator),
        soci::into(requester_email, email_indicator));
    statement.execute();
    while (statement.fetch()) {
        PendingIdentityChange pending{row.change, name, ""};
        pending.change.changes = parse_changes_json(row.changes_json);
        if (email_indicator == soci::i_ok)
            pending.requester = (name_indicator == soci::i_ok ? requester_name : "") + " (" + requester_email + ")";
        rows.push_back(std::move(pending));
    }
    return rows;
}

} // namespace essaim::directory
