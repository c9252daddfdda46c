#pragma once
// Numbered SQL migrations per dialect (migrations/sqlite/NNN_what.sql, migrations/postgres/…),
// each applied in its own transaction and recorded in schema_migrations, so re-running is safe.

#include <filesystem>
#include <string>
#include <vector>

namespace essaim::db {

class Session;

struct Migration {
    int version = 0;
    std::string name;
    std::filesystem::path file;
};

//! The migrations of `directory/<dialect>`, sorted by version; throws on a malformed name or a duplicate number.
std::vector<Migration> list_migrations(const std::filesystem::path& directory, bool sqlite);

//! Applies the pending migrations; returns how many were applied.
int migrate(Session& session, const std::filesystem::path& migrations_directory);

//! Splits a script into statements at semicolons outside quotes, comments and $$ bodies.
std::vector<std::string> split_sql_statements(const std::string& script);

} // namespace essaim::db
