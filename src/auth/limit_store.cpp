#include "auth/limit_store.hpp"

#include "db/session.hpp"

#include <algorithm>
#include <soci/soci.h>

namespace essaim::auth {

void lock_keys(db::Session& session, std::vector<std::string> keys)
{
    if (session.is_sqlite())
        return;
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (const auto& key : keys) {
        int locked = 0;
        session.sql() << "SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))) AS held",
            soci::use(key), soci::into(locked);
    }
}

std::vector<long long> event_times_after(db::Session& session, const std::string& kind, const std::string& key,
    long long after)
{
    std::vector<long long> times;
    long long at = 0;
    soci::statement statement = (session.sql().prepare
            << "SELECT at FROM account_request_events WHERE kind = :kind AND key = :key AND at > :after ORDER BY at",
        soci::use(kind), soci::use(key), soci::use(after), soci::into(at));
    statement.execute();
    while (statement.fetch())
        times.push_back(at);
    return times;
}

void record_event(db::Session& session, const std::string& kind, const std::string& key, long long at)
{
    session.sql() << "INSERT INTO account_request_events (kind, key, at) VALUES (:kind, :key, :at)", soci::use(kind),
        soci::use(key), soci::use(at);
}

int purge_events(db::Session& session, long long before)
{
    soci::statement statement = (session.sql().prepare << "DELETE FROM account_request_events WHERE at <= :before",
        soci::use(before));
    statement.execute(true);
    return static_cast<int>(statement.get_affected_rows());
}

} // namespace essaim::auth
