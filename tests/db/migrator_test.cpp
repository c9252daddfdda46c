#include "core/config.hpp"
#include "db/migrator.hpp"
#include "db/session.hpp"

#include <fstream>
#include <gtest/gtest.h>
#include <soci/soci.h>
#include <unistd.h>

using namespace essaim;

TEST(Migrator, SplitsStatementsOutsideQuotesCommentsAndTriggerBodies)
{
    auto statements = db::split_sql_statements(
        "CREATE TABLE a (x TEXT DEFAULT 'a;b'); -- a comment; with a semicolon\n"
        "CREATE TRIGGER t BEFORE UPDATE ON a BEGIN SELECT RAISE(ABORT, 'no'); END;\n"
        "CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'x'; END; $$ LANGUAGE plpgsql;");
    ASSERT_EQ(statements.size(), 3u);
    EXPECT_NE(statements[0].find("'a;b'"), std::string::npos);
    EXPECT_NE(statements[1].find("END"), std::string::npos);
    EXPECT_NE(statements[2].find("LANGUAGE plpgsql"), std::string::npos);
}

TEST(Migrator, AppliesEachMigrationOnceAndRefusesBadNames)
{
    auto root = std::filesystem::temp_directory_path() / ("essaim-migrator-" + std::to_string(::getpid()));
    std::filesystem::remove_all(root);
    std::filesystem::create_directories(root / "sqlite");
    std::ofstream(root / "sqlite" / "001_first.sql") << "CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1);";
    std::ofstream(root / "sqlite" / "002_second.sql") << "INSERT INTO t VALUES (2);";

    core::Config config;
    config.database_url = "sqlite:" + (root / "test.db").string();
    auto session = db::connect(config);
    EXPECT_EQ(db::migrate(*session, root), 2);
    EXPECT_EQ(db::migrate(*session, root), 0);
    int rows = 0;
    session->sql() << "SELECT COUNT(*) FROM t", soci::into(rows);
    EXPECT_EQ(rows, 2);

    std::ofstream(root / "sqlite" / "3_bad.sql") << "SELECT 1;";
    EXPECT_THROW(db::list_migrations(root, true), std::runtime_error);
    std::filesystem::remove_all(root);
}

TEST(Migrator, AFailingMigrationLeavesNothingBehind)
{
    auto root = std::filesystem::temp_directory_path() / ("essaim-migrator-fail-" + std::to_string(::getpid()));
    std::filesystem::remove_all(root);
    std::filesystem::create_directories(root / "sqlite");
    std::ofstream(root / "sqlite" / "001_broken.sql") << "CREATE TABLE u (x INTEGER); THIS IS NOT SQL;";
    core::Config config;
    config.database_url = "sqlite:" + (root / "test.db").string();
    auto session = db::connect(config);
    EXPECT_THROW(db::migrate(*session, root), std::runtime_error);
    int tables = -1;
    session->sql() << "SELECT COUNT(*) FROM sqlite_master WHERE name = 'u'", soci::into(tables);
    EXPECT_EQ(tables, 0);
    std::filesystem::remove_all(root);
}
