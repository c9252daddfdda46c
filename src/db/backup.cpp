#include "db/backup.hpp"

#include <fcntl.h>
#include <memory>
#include <sqlite3.h>
#include <stdexcept>
#include <unistd.h>

namespace essaim::db {

namespace {

struct SqliteCloser {
    void operator()(sqlite3* handle) const { sqlite3_close_v2(handle); }
};
using SqliteHandle = std::unique_ptr<sqlite3, SqliteCloser>;

SqliteHandle open(const std::filesystem::path& path, int flags)
{
    sqlite3* raw = nullptr;
    int status = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    SqliteHandle handle(raw);
    if (status != SQLITE_OK)
        throw std::runtime_error("cannot open " + path.string() + ": " + sqlite3_errstr(status));
    sqlite3_busy_timeout(raw, 5000);
    return handle;
}

void fsync_path(const std::filesystem::path& path, int flags)
{
    int descriptor = ::open(path.c_str(), flags);
    if (descriptor < 0)
        throw std::runtime_error("cannot open " + path.string() + " to sync it");
    int status = ::fsync(descriptor);
    ::close(descriptor);
    if (status != 0)
        throw std::runtime_error("fsync failed on " + path.string());
}

} // namespace

void backup_sqlite(const std::filesystem::path& source, const std::filesystem::path& target)
{
    if (!std::filesystem::exists(source))
        throw std::runtime_error("database not found: " + source.string());
    auto temporary = target;
    temporary += ".partial";
    std::filesystem::remove(temporary);
    {
        auto from = open(source, SQLITE_OPEN_READONLY);
        auto to = open(temporary, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        sqlite3_backup* backup = sqlite3_backup_init(to.get(), "main", from.get(), "main");
        if (!backup)
            throw std::runtime_error(std::string("backup failed to start: ") + sqlite3_errmsg(to.get()));
        int status;
        // Copy in steps so writers are only paused briefly; a write restarts the copy, which is what keeps it consistent.
        do {
            status = sqlite3_backup_step(backup, 256);
            if (status == SQLITE_BUSY || status == SQLITE_LOCKED)
                sqlite3_sleep(20);
        } while (status == SQLITE_OK || status == SQLITE_BUSY || status == SQLITE_LOCKED);
        sqlite3_backup_finish(backup);
        if (status != SQLITE_DONE)
            throw std::runtime_error(std::string("backup failed: ") + sqlite3_errstr(status));
        char* error = nullptr;
        if (sqlite3_exec(to.get(), "PRAGMA journal_mode=DELETE", nullptr, nullptr, &error) != SQLITE_OK) {
            std::string message = error ? error : "unknown";
            sqlite3_free(error);
            throw std::runtime_error("backup failed to finalise: " + message);
        }
    }
    fsync_path(temporary, O_RDONLY);
    std::filesystem::rename(temporary, target);
    auto folder = target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
    fsync_path(folder, O_RDONLY | O_DIRECTORY);
}

} // namespace essaim::db
