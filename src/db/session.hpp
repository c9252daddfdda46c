#pragma once
// A database connection and the pool that lends them. Only `*_store.cpp` files include SOCI;
// everything else sees this opaque Session.

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <stdexcept>
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

//! A connection borrowed from the pool; returned when the lease ends. A PostgreSQL lease that ends
//! while an exception unwinds drops its connection instead, since the failure may have broken it;
//! a SQLite connection is kept, rolled back if the failure left a transaction open.
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
    int m_exceptions_at_start;
};

//! Thrown when no connection can be had (database down, pool exhausted past the wait).
struct Unavailable : std::runtime_error {
    using std::runtime_error::runtime_error;
};

//! What a failed database call means for the client, so the error handler can answer with the
//! right status instead of a blanket 500.
enum class Failure {
    Other,        //!< a bug or an unexpected state: 500
    StorageFull,  //!< the disk holding the database is full: 507, retry once space is freed
    Unavailable,  //!< the database cannot be reached or is busy: 503 with Retry-After
};

//! Classifies an exception thrown by a database call from its backend error code alone (SQLite
//! result code, PostgreSQL SQLSTATE). `storage_is_full` says whether the disk under the database
//! has run out of space, for the I/O errors SQLite reports without saying why.
Failure classify_failure(const std::exception& failure, bool storage_is_full = false);

class Pool {
public:
    Pool(const core::Config& config, std::size_t size);
    //! Waits up to `wait` for a free connection, opening a new one when below the size.
    Lease acquire(std::chrono::milliseconds wait = std::chrono::seconds(5));
    Dialect dialect() const { return m_dialect; }
    //! Classifies a failure (see classify_failure) and, when it shows the server went away, drops
    //! the idle connections: they were opened to the same server and would each fail once more.
    Failure note_failure(const std::exception& failure);

private:
    friend class Lease;
    void give_back(std::unique_ptr<Session> session);
    void forget_one();
    void drop_idle();
    bool storage_is_full() const;

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
