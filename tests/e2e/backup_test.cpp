// `essaim backup` while the server is serving: the copy is a consistent SQLite database.

#include "db/backup.hpp"
#include "support/http_client.hpp"
#include "support/test_platform.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <thread>

using essaim::test::TestPlatform;

TEST(Backup, OnlineCopyWhileServingPassesTheIntegrityCheck)
{
    auto& platform = TestPlatform::instance();
    if (platform.is_postgres())
        GTEST_SKIP() << "PostgreSQL is backed up with pg_dump (README)";
    auto target = platform.config().var_dir / "backup-copy.db";
    // Keep the server busy writing (queued mails) while the copy runs.
    std::atomic<bool> stop{false};
    std::thread load([&] {
        essaim::test::HttpClient client(platform.port());
        while (!stop)
            client.get("/readyz");
    });
    essaim::db::backup_sqlite(platform.config().sqlite_path(), target);
    stop = true;
    load.join();

    sqlite3* copy = nullptr;
    ASSERT_EQ(sqlite3_open_v2(target.c_str(), &copy, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    std::string result;
    sqlite3_exec(copy, "PRAGMA integrity_check", [](void* out, int, char** values, char**) {
        *static_cast<std::string*>(out) = values[0] ? values[0] : "";
        return 0;
    }, &result, nullptr);
    int tables = 0;
    sqlite3_exec(copy, "SELECT COUNT(*) FROM schema_migrations", [](void* out, int, char** values, char**) {
        *static_cast<int*>(out) = std::atoi(values[0]);
        return 0;
    }, &tables, nullptr);
    sqlite3_close(copy);
    EXPECT_EQ(result, "ok");
    EXPECT_GT(tables, 0);
    EXPECT_FALSE(std::filesystem::exists(target.string() + ".partial"));
}
