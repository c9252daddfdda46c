#include "auth/failure_store.hpp"

#include "db/session.hpp"

#include <soci/soci.h>

namespace essaim::auth {

namespace {

std::string kind_code(FailureKey kind) { return kind == FailureKey::Account ? "account" : "address"; }

} // namespace

void reserve_failure(db::Session& session, FailureKey kind, const std::string& key, long long at,
    const std::string& reservation)
{
    std::string kind_text = kind_code(kind);
    session.sql() << "INSERT INTO sign_in_failures (key_kind, key, at, reservation, pending) "
                     "VALUES (:kind, :key, :at, :reservation, 1)",
        soci::use(kind_text), soci::use(key), soci::use(at), soci::use(reservation);
}

void confirm_reservation(db::Session& session, const std::string& reservation)
{
    session.sql() << "UPDATE sign_in_failures SET pending = 0 WHERE reservation = :reservation", soci::use(reservation);
}

void release_reservation(db::Session& session, const std::string& reservation)
{
    session.sql() << "DELETE FROM sign_in_failures WHERE reservation = :reservation", soci::use(reservation);
}

std::vector<long long> failures_after(db::Session& session, FailureKey kind, const std::string& key, long long after)
{
    std::string kind_text = kind_code(kind);
    std::vector<long long> times;
    long long at = 0;
    soci::statement statement = (session.sql().prepare
            << "SELECT at FROM sign_in_failures WHERE key_kind = :kind AND key = :key AND at > :after ORDER BY at",
        soci::use(kind_text), soci::use(key), soci::use(after), soci::into(at));
    statement.execute();
    while (statement.fetch())
        times.push_back(at);
    return times;
}

void clear_failures(db::Session& session, FailureKey kind, const std::string& key)
{
    std::string kind_text = kind_code(kind);
    session.sql() << "DELETE FROM sign_in_failures WHERE key_kind = :kind AND key = :key AND pending = 0",
        soci::use(kind_text), soci::use(key);
}

int purge_failures(db::Session& session, long long before)
{
    soci::statement statement = (session.sql().prepare << "DELETE FROM sign_in_failures WHERE at <= :before",
        soci::use(before));
    statement.execute(true);
    return static_cast<int>(statement.get_affected_rows());
}

} // namespace essaim::auth
