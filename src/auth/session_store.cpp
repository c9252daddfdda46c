#include "auth/session_store.hpp"

#include "db/session.hpp"

#include <soci/soci.h>

namespace essaim::auth {

namespace {

int affected(soci::statement& statement)
{
    statement.execute(true);
    return static_cast<int>(statement.get_affected_rows());
}

} // namespace

void insert_session(db::Session& session, const SessionRow& row)
{
    session.sql() << "INSERT INTO sessions (key, public_id, user_id, created_at, last_seen_at, remote_address, user_agent) "
                     "VALUES (:key, :public_id, :user_id, :created, :seen, :address, :agent)",
        soci::use(row.key), soci::use(row.public_id), soci::use(row.user_id), soci::use(row.created_at),
        soci::use(row.last_seen_at), soci::use(row.remote_address), soci::use(row.user_agent);
}

std::optional<SessionRow> find_session(db::Session& session, const std::string& key)
{
    SessionRow row;
    session.sql() << "SELECT key, public_id, user_id, created_at, last_seen_at, remote_address, user_agent "
                     "FROM sessions WHERE key = :key",
        soci::use(key), soci::into(row.key), soci::into(row.public_id), soci::into(row.user_id),
        soci::into(row.created_at), soci::into(row.last_seen_at), soci::into(row.remote_address),
        soci::into(row.user_agent);
    if (!session.sql().got_data())
        return std::nullopt;
    return row;
}

void touch_session(db::Session& session, const std::string& key, long long at)
{
    session.sql() << "UPDATE sessions SET last_seen_at = :at WHERE key = :key", soci::use(at), soci::use(key);
}

void delete_session(db::Session& session, const std::string& key)
{
    session.sql() << "DELETE FROM sessions WHERE key = :key", soci::use(key);
}

bool delete_session_by_public_id(db::Session& session, long long user_id, const std::string& public_id)
{
    soci::statement statement = (session.sql().prepare
            << "DELETE FROM sessions WHERE user_id = :user AND public_id = :public_id",
        soci::use(user_id), soci::use(public_id));
    return affected(statement) == 1;
}

int delete_user_sessions(db::Session& session, long long user_id)
{
    soci::statement statement = (session.sql().prepare << "DELETE FROM sessions WHERE user_id = :user", soci::use(user_id));
    return affected(statement);
}

int delete_other_sessions(db::Session& session, long long user_id, const std::string& kept_key)
{
    soci::statement statement = (session.sql().prepare << "DELETE FROM sessions WHERE user_id = :user AND key <> :key",
        soci::use(user_id), soci::use(kept_key));
    return affected(statement);
}

bool rekey_session(db::Session& session, const std::string& old_key, const std::string& new_key)
{
    soci::statement statement = (session.sql().prepare << "UPDATE sessions SET key = :new_key WHERE key = :old_key",
        soci::use(new_key), soci::use(old_key));
    return affected(statement) > 0;
}

std::vector<SessionRow> list_user_sessions(db::Session& session, long long user_id)
{
    std::vector<SessionRow> rows;
    SessionRow row;
    soci::statement statement = (session.sql().prepare
            << "SELECT key, public_id, user_id, created_at, last_seen_at, remote_address, user_agent FROM sessions "
               "WHERE user_id = :user ORDER BY last_seen_at DESC, created_at DESC",
        soci::use(user_id), soci::into(row.key), soci::into(row.public_id), soci::into(row.user_id),
        soci::into(row.created_at), soci::into(row.last_seen_at), soci::into(row.remote_address),
        soci::into(row.user_agent));
    statement.execute();
    while (statement.fetch())
        rows.push_back(row);
    return rows;
}

int delete_expired_sessions(db::Session& session, long long idle_before, long long created_before)
{
    soci::statement statement = (session.sql().prepare
            << "DELETE FROM sessions WHERE last_seen_at <= :idle OR created_at <= :created",
        soci::use(idle_before), soci::use(created_before));
    return affected(statement);
}

long long count_sessions(db::Session& session)
{
    long long count = 0;
    session.sql() << "SELECT COUNT(*) FROM sessions", soci::into(count);
    return count;
}

} // namespace essaim::auth
