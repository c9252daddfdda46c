#pragma once

#include <filesystem>

namespace essaim::db {

//! Copies a live SQLite database to `target` with SQLite's online backup API: consistent even
//! while the server writes. Copies to a temporary name, fsyncs, then renames, so `target` is
//! never half-written. Throws std::runtime_error on failure.
void backup_sqlite(const std::filesystem::path& source, const std::filesystem::path& target);

} // namespace essaim::db
