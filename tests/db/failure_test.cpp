// How database failures are classified (full disk → 507, database gone → 503, the rest → 500),
// and what the pool does with a connection after one: a real SQLite file made "full" with
// max_page_count gives the genuine SQLITE_FULL path without filling a disk.

#include "core/config.hpp"
#include "core/result.hpp"
#include "db/session.hpp"

#include <filesystem>
#include <gtest/gtest.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <unistd.h>

using namespace essaim;

namespace {

struct TemporaryDatabase {
    std::filesystem::path directory;
    core::Config config;

    TemporaryDatabase()
    {
        directory = std::filesystem::temp_directory_path() / ("essaim-failure-" + std::to_string(::getpid()));
        std::filesystem::remove_all(directory);
        std::filesystem::create_directories(directory);
        config.database_url = "sqlite:" + (directory / "test.db").string();
        config.sqlite_synchronous = "NORMAL";
    }
    ~TemporaryDatabase() { std::filesystem::remove_all(directory); }
};

// Fills the table until SQLite refuses with the database at its page limit, and returns what
// was thrown then.
std::exception_ptr write_until_full(db::Session& session)
{
    const std::string filler(3000, 'x');
    try {
        for (int i = 0; i < 1000; ++i) {
            db::Transaction transaction(session);
            session.sql() << "INSERT INTO t (body) VALUES (:body)", soci::use(filler);
            transaction.commit();
        }
    } catch (...) {
        return std::current_exception();
    }
    return nullptr;
}

} // namespace

TEST(DatabaseFailure, StorageFullMapsTo507WithAFrenchMessage)
{
    EXPECT_EQ(core::http_status_of(core::ErrorKind::StorageFull), 507);
    EXPECT_EQ(core::http_status_of(core::ErrorKind::Unavailable), 503);
    auto error = core::Error::storage_full();
    EXPECT_EQ(error.kind, core::ErrorKind::StorageFull);
    EXPECT_NE(error.message.find("n’a pas été enregistrée"), std::string::npos);
}

TEST(DatabaseFailure, ClassifiesSqliteResultCodes)
{
    using db::Failure;
    EXPECT_EQ(db::classify_failure(soci::sqlite3_soci_error("full", SQLITE_FULL)), Failure::StorageFull);
    EXPECT_EQ(db::classify_failure(soci::sqlite3_soci_error("busy", SQLITE_BUSY)), Failure::Unavailable);
    EXPECT_EQ(db::classify_failure(soci::sqlite3_soci_error("locked", SQLITE_LOCKED)), Failure::Unavailable);
    // An I/O error is a full disk only when the disk is indeed full; otherwise storage trouble.
    EXPECT_EQ(db::classify_failure(soci::sqlite3_soci_error("io", SQLITE_IOERR_SHMSIZE), true), Failure::StorageFull);
    EXPECT_EQ(db::classify_failure(soci::sqlite3_soci_error("io", SQLITE_IOERR_WRITE), false), Failure::Unavailable);
    // Programming errors stay 500s.
    EXPECT_EQ(db::classify_failure(soci::sqlite3_soci_error("syntax", SQLITE_ERROR)), Failure::Other);
    EXPECT_EQ(db::classify_failure(soci::sqlite3_soci_error("constraint", SQLITE_CONSTRAINT)), Failure::Other);
}

TEST(DatabaseFailure, ClassifiesPostgresStates)
{
    using db::Failure;
    EXPECT_EQ(db::classify_failure(soci::postgresql_soci_error("disk full", "53100")), Failure::StorageFull);
    EXPECT_EQ(db::classify_failure(soci::postgresql_soci_error("too many", "53300")), Failure::Unavailable);
    EXPECT_EQ(db::classify_failure(soci::postgresql_soci_error("shutdown", "57P01")), Failure::Unavailable);
    EXPECT_EQ(db::classify_failure(soci::postgresql_soci_error("starting", "57P03")), Failure::Unavailable);
    EXPECT_EQ(db::classify_failure(soci::postgresql_soci_error("link", "08006")), Failure::Unavailable);
    EXPECT_EQ(db::classify_failure(soci::postgresql_soci_error("lost", "     ")), Failure::Unavailable);
    EXPECT_EQ(db::classify_failure(soci::postgresql_soci_error("deadlock", "40P01")), Failure::Unavailable);
    EXPECT_EQ(db::classify_failure(soci::postgresql_soci_error("unique", "23505")), Failure::Other);
    EXPECT_EQ(db::classify_failure(soci::postgresql_soci_error("syntax", "42601")), Failure::Other);
}

TEST(DatabaseFailure, ClassifiesOtherExceptions)
{
    EXPECT_EQ(db::classify_failure(db::Unavailable("no connection")), db::Failure::Unavailable);
    EXPECT_EQ(db::classify_failure(std::runtime_error("bug")), db::Failure::Other);
    EXPECT_EQ(db::classify_failure(std::logic_error("bug")), db::Failure::Other);
}

TEST(DatabaseFailure, SqliteFullLeavesTheConnectionUsableAndRollsBack)
{
    TemporaryDatabase database;
    auto session = db::connect(database.config);
    session->execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)");
    long long pages = 0;
    session->sql() << "PRAGMA page_count", soci::into(pages);
    session->execute("PRAGMA max_page_count = " + std::to_string(pages + 20));

    auto failure = write_until_full(*session);
    ASSERT_TRUE(failure) << "the page limit was never reached";
    try {
        std::rethrow_exception(failure);
    } catch (const std::exception& thrown) {
        EXPECT_EQ(db::classify_failure(thrown), db::Failure::StorageFull) << thrown.what();
    }

    // The failed transaction left nothing behind and the connection still reads and, once room
    // is back, writes.
    long long rows = 0;
    session->sql() << "SELECT COUNT(*) FROM t", soci::into(rows);
    EXPECT_GT(rows, 0);
    session->execute("PRAGMA max_page_count = 1000000");
    {
        db::Transaction transaction(*session);
        session->sql() << "INSERT INTO t (body) VALUES ('after')";
        transaction.commit();
    }
    long long after = 0;
    session->sql() << "SELECT COUNT(*) FROM t", soci::into(after);
    EXPECT_EQ(after, rows + 1);
    std::string check;
    session->sql() << "PRAGMA integrity_check", soci::into(check);
    EXPECT_EQ(check, "ok");
}

TEST(DatabasePool, PoolClassifiesAndKeepsServing)
{
    TemporaryDatabase database;
    db::Pool pool(database.config, 2);
    {
        auto lease = pool.acquire();
        lease->execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)");
    }
    EXPECT_EQ(pool.note_failure(soci::sqlite3_soci_error("full", SQLITE_FULL)), db::Failure::StorageFull);
    EXPECT_EQ(pool.note_failure(std::runtime_error("bug")), db::Failure::Other);
    auto lease = pool.acquire();
    long long rows = -1;
    lease->sql() << "SELECT COUNT(*) FROM t", soci::into(rows);
    EXPECT_EQ(rows, 0);
}

TEST(DatabasePool, ConnectionLeftInATransactionIsRolledBackBeforeReuse)
{
    TemporaryDatabase database;
    db::Pool pool(database.config, 1);
    {
        auto lease = pool.acquire();
        lease->execute("CREATE TABLE t (id INTEGER PRIMARY KEY)");
        // A transaction opened and never closed, as a failure half-way could leave it.
        lease->execute("BEGIN IMMEDIATE");
        lease->execute("INSERT INTO t (id) VALUES (1)");
    }
    auto lease = pool.acquire(std::chrono::milliseconds(500));
    long long rows = -1;
    lease->sql() << "SELECT COUNT(*) FROM t", soci::into(rows);
    EXPECT_EQ(rows, 0) << "the abandoned insert was rolled back";
    // And the write lock was released: a new write transaction starts at once.
    db::Transaction transaction(*lease);
    lease->execute("INSERT INTO t (id) VALUES (2)");
    transaction.commit();
}

// A temporary table lives as long as its connection: it tells whether the pool lent the same
// connection again.
bool has_marker(db::Session& session)
{
    try {
        long long rows = 0;
        session.sql() << "SELECT COUNT(*) FROM temp.marker", soci::into(rows);
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

TEST(DatabasePool, LeaseEndedNormallyReturnsItsConnection)
{
    TemporaryDatabase database;
    db::Pool pool(database.config, 1);
    {
        auto lease = pool.acquire();
        lease->execute("CREATE TEMP TABLE marker (x INTEGER)");
    }
    auto lease = pool.acquire(std::chrono::milliseconds(500));
    EXPECT_TRUE(has_marker(*lease));
}

TEST(DatabasePool, SqliteLeaseEndedByAnExceptionIsRolledBackAndKept)
{
    // Kept, because closing the last SQLite connection deletes the write-ahead log, which a new
    // connection could not recreate on a full disk; rolled back, so nothing half-done leaks.
    TemporaryDatabase database;
    db::Pool pool(database.config, 1);
    {
        auto lease = pool.acquire();
        lease->execute("CREATE TABLE t (id INTEGER PRIMARY KEY)");
    }
    try {
        auto lease = pool.acquire();
        lease->execute("CREATE TEMP TABLE marker (x INTEGER)");
        lease->execute("BEGIN IMMEDIATE");
        lease->execute("INSERT INTO t (id) VALUES (1)");
        throw std::runtime_error("failure while holding the connection");
    } catch (const std::runtime_error&) {
    }
    auto lease = pool.acquire(std::chrono::milliseconds(500));
    EXPECT_TRUE(has_marker(*lease));
    long long rows = -1;
    lease->sql() << "SELECT COUNT(*) FROM t", soci::into(rows);
    EXPECT_EQ(rows, 0);
}
