#pragma once
// A database connection and the pool that lends them. Only `*_store.cpp` files include SOCI;
// everything else sees this opaque Session.

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace soci {
class session;
}

namespace essaim::core {
struct Config;
}

namespace essaim::db {

enum class Dialect { Sqlite, Postgres };

//! One open connection. Not thread-safe: a worker holds it for the duration of one request.
class Session {
public:
    Session(std::unique_ptr<soci::session> connection, Dialect dialect);
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    soci::session& sql() { return *m_connection; }
    Dialect dialect() const { return m_dialect; }
    bool is_sqlite() const { return m_dialect == Dialect::Sqlite; }
    //! Runs a statement without results (DDL, pragmas).
    void execute(const std::string& statement);

private:
    std::unique_ptr<soci::session> m_connection;
    Dialect m_dialect;
};

//! Opens a connection for `database_url` (`sqlite:PATH` or a PostgreSQL conninfo) and applies
//! the per-connection settings (SQLite: WAL, foreign keys, busy timeout, synchronous).
std::unique_ptr<Session> connect(const core::Config& config);

class Pool;

//! A connection borrowed from the pool; returned when the lease ends.
class Lease {
public:
    Lease(Pool& pool, std::unique_ptr<Session> session);
    Lease(Lease&& other) noexcept;
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    Session& operator*() { return *m_session; }
    Session* operator->() { return m_session.get(); }
    //! Drops the connection instead of returning it, after an error that may have broken it.
    void discard();

private:
    Pool* m_pool;
    std::unique_ptr<Session> m_session;
};

//! Thrown when no connection can be had (database down, pool exhausted past the wait).
struct Unavailable : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class Pool {
public:
    Pool(const core::Config& config, std::size_t size);
    //! Waits up to `wait` for a free connection, opening a new one when below the size.
    Lease acquire(std::chrono::milliseconds wait = std::chrono::seconds(5));
    Dialect dialect() const { return m_dialect; }

private:
    friend class Lease;
    void give_back(std::unique_ptr<Session> session);
    void forget_one();

    const core::Config& m_config;
    Dialect m_dialect;
    std::size_t m_size;
    std::size_t m_open = 0;
    std::vector<std::unique_ptr<Session>> m_idle;
    std::mutex m_mutex;
    std::condition_variable m_available;
};

//! Rolls back unless commit() was called. SQLite takes the write lock at BEGIN (IMMEDIATE) so
//! two writers never deadlock upgrading read locks.
class Transaction {
public:
    explicit Transaction(Session& session);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Session& m_session;
    bool m_done = false;
};

} // namespace essaim::db
