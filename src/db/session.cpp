#include "db/session.hpp"

#include "core/config.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <exception>
#include <filesystem>
#include <sys/statvfs.h>

namespace essaim::db {

namespace {

// Below this much free space, an I/O error from SQLite is taken to be the disk filling up: SQLite
// reports ENOSPC as SQLITE_FULL on plain writes, but as an I/O error when it grows its shared
// memory file or syncs.
constexpr unsigned long long nearly_full_bytes = 1024 * 1024;

std::string postgres_state(const std::exception& failure)
{
    if (const auto* postgres = dynamic_cast<const soci::postgresql_soci_error*>(&failure))
        return postgres->sqlstate();
    return {};
}

bool is_postgres_failure(const std::exception& failure)
{
    return dynamic_cast<const soci::postgresql_soci_error*>(&failure) != nullptr;
}

// libpq reports a connection that broke under it without any SQLSTATE (SOCI then gives blanks);
// the server reports its own shutdown with class 57P and connection problems with class 08.
bool postgres_connection_lost(const std::exception& failure)
{
    if (const auto* soci_failure = dynamic_cast<const soci::soci_error*>(&failure);
        soci_failure && soci_failure->get_error_category() == soci::soci_error::connection_error)
        return true;
    if (!is_postgres_failure(failure))
        return false;
    const std::string state = postgres_state(failure);
    return state.find_first_not_of(" ") == std::string::npos || state.rfind("08", 0) == 0 || state.rfind("57P", 0) == 0;
}

} // namespace

Failure classify_failure(const std::exception& failure, bool storage_is_full)
{
    if (dynamic_cast<const Unavailable*>(&failure))
        return Failure::Unavailable;
    if (const auto* sqlite = dynamic_cast<const soci::sqlite3_soci_error*>(&failure)) {
        switch (sqlite->result() & 0xff) {
        case SQLITE_FULL: return Failure::StorageFull;
        case SQLITE_IOERR: return storage_is_full ? Failure::StorageFull : Failure::Unavailable;
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
        case SQLITE_CANTOPEN: return Failure::Unavailable;
        default: return Failure::Other;
        }
    }
    if (is_postgres_failure(failure)) {
        const std::string state = postgres_state(failure);
        if (state == "53100")
            return Failure::StorageFull;
        // 53: insufficient resources (memory, connections); 57: operator intervention, shutdown,
        // cancelled statement; 40001/40P01: serialization failure and deadlock, worth a retry.
        if (state.rfind("53", 0) == 0 || state.rfind("57", 0) == 0 || state == "40001" || state == "40P01")
            return Failure::Unavailable;
    }
    if (postgres_connection_lost(failure))
        return Failure::Unavailable;
    return Failure::Other;
}

Session::Session(std::unique_ptr<soci::session> connection, Dialect dialect)
    : m_connection(std::move(connection))
    , m_dialect(dialect)
{
}

Session::~Session() = default;

void Session::execute(const std::string& statement) { *m_connection << statement; }

std::unique_ptr<Session> connect(const core::Config& config)
{
    if (config.uses_sqlite()) {
        auto connection = std::make_unique<soci::session>(
            *soci::factory_sqlite3(), "db=" + config.sqlite_path() + " timeout=5 shared_cache=false");
        auto session = std::make_unique<Session>(std::move(connection), Dialect::Sqlite);
        session->execute("PRAGMA journal_mode=WAL");
        session->execute("PRAGMA foreign_keys=ON");
        session->execute("PRAGMA busy_timeout=5000");
        // Erased personal data (account deletion, retention) must not linger in free pages.
        session->execute("PRAGMA secure_delete=ON");
        const std::string& sync = config.sqlite_synchronous;
        if (sync != "FULL" && sync != "NORMAL" && sync != "EXTRA" && sync != "OFF")
            throw std::runtime_error("database.sqlite_synchronous must be FULL, NORMAL, EXTRA or OFF");
        session->execute("PRAGMA synchronous=" + sync);
        return session;
    }
    std::string conninfo = config.database_url;
    if (conninfo.rfind("postgres:", 0) == 0 && conninfo.rfind("postgresql://", 0) != 0
        && conninfo.rfind("postgres://", 0) != 0)
        conninfo = conninfo.substr(9);
    auto connection = std::make_unique<soci::session>(*soci::factory_postgresql(), conninfo);
    auto session = std::make_unique<Session>(std::move(connection), Dialect::Postgres);
    session->execute("SET client_min_messages TO WARNING");
    return session;
}

Lease::Lease(Pool& pool, std::unique_ptr<Session> session)
    : m_pool(&pool)
    , m_session(std::move(session))
    , m_exceptions_at_start(std::uncaught_exceptions())
{
}

Lease::Lease(Lease&& other) noexcept
    : m_pool(other.m_pool)
    , m_session(std::move(other.m_session))
    , m_exceptions_at_start(other.m_exceptions_at_start)
{
}

Lease::~Lease()
{
    if (!m_session)
        return;
    // A PostgreSQL connection may have died with the failure, so it is dropped. A SQLite one cannot
    // die that way and is kept (give_back rolls back what the failure left open): closing the last
    // connection makes SQLite delete its write-ahead log and shared-memory files, and on a full
    // disk a new connection could not create them again, so even reads would fail.
    if (std::uncaught_exceptions() > m_exceptions_at_start && !m_session->is_sqlite())
        discard();
    else
        m_pool->give_back(std::move(m_session));
}

void Lease::discard()
{
    if (m_session) {
        m_session.reset();
        m_pool->forget_one();
    }
}

Pool::Pool(const core::Config& config, std::size_t size)
    : m_config(config)
    , m_dialect(config.uses_sqlite() ? Dialect::Sqlite : Dialect::Postgres)
    , m_size(size == 0 ? 1 : size)
{
}

Lease Pool::acquire(std::chrono::milliseconds wait)
{
    std::unique_lock lock(m_mutex);
    const auto deadline = std::chrono::steady_clock::now() + wait;
    while (m_idle.empty() && m_open >= m_size) {
        if (m_available.wait_until(lock, deadline) == std::cv_status::timeout && m_idle.empty() && m_open >= m_size)
            throw Unavailable("no database connection available");
    }
    if (!m_idle.empty()) {
        auto session = std::move(m_idle.back());
        m_idle.pop_back();
        return Lease(*this, std::move(session));
    }
    ++m_open;
    lock.unlock();
    try {
        return Lease(*this, connect(m_config));
    } catch (const std::exception& error) {
        forget_one();
        throw Unavailable(std::string("cannot connect to the database: ") + error.what());
    }
}

Failure Pool::note_failure(const std::exception& failure)
{
    const Failure kind = classify_failure(failure, m_dialect == Dialect::Sqlite && storage_is_full());
    if (postgres_connection_lost(failure))
        drop_idle();
    return kind;
}

bool Pool::storage_is_full() const
{
    if (!m_config.uses_sqlite())
        return false;
    std::filesystem::path directory = std::filesystem::path(m_config.sqlite_path()).parent_path();
    if (directory.empty())
        directory = ".";
    struct statvfs status {};
    if (::statvfs(directory.c_str(), &status) != 0)
        return false;
    return static_cast<unsigned long long>(status.f_bavail) * status.f_frsize < nearly_full_bytes;
}

void Pool::drop_idle()
{
    std::vector<std::unique_ptr<Session>> dropped;
    {
        std::lock_guard lock(m_mutex);
        dropped.swap(m_idle);
        m_open -= dropped.size();
    }
    m_available.notify_all();
    // Closing happens outside the lock: a PostgreSQL goodbye on a dead socket may take a moment.
    dropped.clear();
}

void Pool::give_back(std::unique_ptr<Session> session)
{
    if (session->is_sqlite()) {
        // A failure may have left a transaction open (SQLite rolls some back on its own after a
        // full disk, not all): the next borrower must start clean. The check costs no I/O.
        auto* backend = static_cast<soci::sqlite3_session_backend*>(session->sql().get_backend());
        if (backend && !sqlite_api::sqlite3_get_autocommit(backend->conn_)) {
            try {
                session->execute("ROLLBACK");
            } catch (const std::exception&) {
            }
            if (!sqlite_api::sqlite3_get_autocommit(backend->conn_)) {
                session.reset();
                forget_one();
                return;
            }
        }
    }
    {
        std::lock_guard lock(m_mutex);
        m_idle.push_back(std::move(session));
    }
    m_available.notify_one();
}

void Pool::forget_one()
{
    {
        std::lock_guard lock(m_mutex);
        --m_open;
    }
    m_available.notify_one();
}

Transaction::Transaction(Session& session)
    : m_session(session)
{
    m_session.execute(m_session.is_sqlite() ? "BEGIN IMMEDIATE" : "BEGIN");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_session.execute("ROLLBACK");
        } catch (...) {
            // The connection is already broken; the pool drops it on the error path.
        }
    }
}

void Transaction::commit()
{
    m_session.execute("COMMIT");
    m_done = true;
}

} // namespace essaim::db
