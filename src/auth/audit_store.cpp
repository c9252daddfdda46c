// The audit log's SQL (declared in audit_log.hpp). Append-only: there is no update or delete here,
// and the table's triggers refuse them anyway.

#include "auth/audit_log.hpp"

#include "db/session.hpp"

#include <limits>
#include <soci/soci.h>

namespace essaim::auth {

namespace {

std::string prefix_pattern(const std::string& prefix)
{
    std::string pattern;
    for (char c : prefix) {
        if (c == '%' || c == '_' || c == '\\')
            pattern += '\\';
        pattern += c;
    }
    return pattern + "%";
}

} // namespace

void record(db::Session& session, long long at, const AuditEntry& entry)
{
    soci::indicator actor_indicator = entry.actor_user_id != 0 ? soci::i_ok : soci::i_null;
    soci::indicator before_indicator = entry.before_json.empty() ? soci::i_null : soci::i_ok;
    soci::indicator after_indicator = entry.after_json.empty() ? soci::i_null : soci::i_ok;
    session.sql() << "INSERT INTO audit_log (at, actor_user_id, action, target_type, target_id, before_json, after_json, "
                     "remote_address, request_id) VALUES (:at, :actor, :action, :target_type, :target_id, :before, "
                     ":after, :address, :request)",
        soci::use(at), soci::use(entry.actor_user_id, actor_indicator), soci::use(entry.action),
        soci::use(entry.target_type), soci::use(entry.target_id), soci::use(entry.before_json, before_indicator),
        soci::use(entry.after_json, after_indicator), soci::use(entry.remote_address), soci::use(entry.request_id);
}

std::vector<AuditRecord> list_entries(db::Session& session, const AuditQuery& query)
{
    std::string pattern = prefix_pattern(query.action_prefix);
    long long before = query.before_id > 0 ? query.before_id : std::numeric_limits<long long>::max();
    long long actor = query.actor_user_id;
    int limit = query.limit > 0 && query.limit <= 500 ? query.limit : 50;

    AuditRecord row;
    soci::indicator actor_indicator = soci::i_ok, before_indicator = soci::i_ok, after_indicator = soci::i_ok,
                    label_indicator = soci::i_ok, name_indicator = soci::i_ok;
    std::string text = "SELECT a.id, a.at, a.actor_user_id, a.action, a.target_type, a.target_id, a.before_json, "
                       "a.after_json, a.remote_address, a.request_id, u.email, u.display_name FROM audit_log a "
                       "LEFT JOIN users u ON u.id = a.actor_user_id "
                       "WHERE a.action LIKE :pattern ESCAPE '\\' AND a.id < :before";
    if (actor != 0)
        text += " AND a.actor_user_id = :actor";
    text += " ORDER BY a.id DESC LIMIT :limit";

    // Built step by step because the actor filter is optional.
    soci::statement statement(session.sql());
    statement.exchange(soci::into(row.id));
    statement.exchange(soci::into(row.at));
    statement.exchange(soci::into(row.actor_user_id, actor_indicator));
    statement.exchange(soci::into(row.action));
    statement.exchange(soci::into(row.target_type));
    statement.exchange(soci::into(row.target_id));
    statement.exchange(soci::into(row.before_json, before_indicator));
    statement.exchange(soci::into(row.after_json, after_indicator));
    statement.exchange(soci::into(row.remote_address));
    statement.exchange(soci::into(row.request_id));
    statement.exchange(soci::into(row.actor_label, label_indicator));
    statement.exchange(soci::into(row.actor_name, name_indicator));
    statement.exchange(soci::use(pattern));
    statement.exchange(soci::use(before));
    if (actor != 0)
        statement.exchange(soci::use(actor));
    statement.exchange(soci::use(limit));
    statement.alloc();
    statement.prepare(text);
    statement.define_and_bind();
    statement.execute();

    std::vector<AuditRecord> records;
    while (statement.fetch()) {
        AuditRecord copy = row;
        if (actor_indicator == soci::i_null)
            copy.actor_user_id = 0;
        if (before_indicator == soci::i_null)
            copy.before_json.clear();
        if (after_indicator == soci::i_null)
            copy.after_json.clear();
        if (label_indicator == soci::i_null)
            copy.actor_label = copy.actor_user_id == 0 ? "système" : "compte n° " + std::to_string(copy.actor_user_id);
        if (name_indicator == soci::i_null)
            copy.actor_name.clear();
        records.push_back(std::move(copy));
    }
    return records;
}

} // namespace essaim::auth
