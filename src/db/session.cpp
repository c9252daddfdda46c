#include "db/session.hpp"

#include "core/config.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

namespace essaim::db {

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
{
}

Lease::Lease(Lease&& other) noexcept
    : m_pool(other.m_pool)
    , m_session(std::move(other.m_session))
{
}

Lease::~Lease()
{
    if (m_session)
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

void Pool::give_back(std::unique_ptr<Session> session)
{
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
