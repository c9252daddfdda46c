#include "files/attachment_store.hpp"

#include "core/crash_point.hpp"
#include "core/crypto.hpp"
#include "core/log.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <iterator>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace essaim::files {

namespace fs = std::filesystem;
using core::Error;
using core::ErrorKind;
using core::Result;

namespace {

constexpr std::string_view temporary_prefix = ".tmp-";

//! Closes the descriptor it owns, so every early return releases it.
class FileDescriptor {
public:
    explicit FileDescriptor(int descriptor)
        : m_descriptor(descriptor)
    {
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    ~FileDescriptor()
    {
        if (m_descriptor >= 0)
            ::close(m_descriptor);
    }

    int get() const { return m_descriptor; }
    bool valid() const { return m_descriptor >= 0; }
    //! Closes now and reports the error: on some file systems a write error surfaces only here.
    int close()
    {
        const int result = ::close(m_descriptor);
        m_descriptor = -1;
        return result;
    }

private:
    int m_descriptor;
};

//! An I/O failure: logged with its details (path, system message), answered with a message that
//! names neither. A full disk gets its own wording, since freeing space is what fixes it.
Error storage_failure(std::string_view operation, const fs::path& path, int error_number)
{
    core::log::error("attachment storage failure",
        {core::log::field("operation", operation), core::log::field("path", path.string()),
            core::log::field("error", std::strerror(error_number))});
    if (error_number == ENOSPC || error_number == EDQUOT)
        return Error::storage_full(
            "L’espace de stockage du service est plein : la pièce jointe n’a pas été enregistrée. Réessayez plus tard.");
    return Error{ErrorKind::Unavailable, "Le stockage des pièces jointes est momentanément indisponible.", {}};
}

bool is_lower_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }

bool is_fan_out_name(const std::string& name)
{
    return name.size() == 2 && is_lower_hex(name[0]) && is_lower_hex(name[1]);
}

int write_all(int descriptor, std::string_view bytes)
{
    while (!bytes.empty()) {
        const ssize_t written = ::write(descriptor, bytes.data(), bytes.size());
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        bytes.remove_prefix(static_cast<std::size_t>(written));
    }
    return 0;
}

//! Makes a directory's entries durable (a rename or unlink inside it, a child directory created).
int sync_directory(const fs::path& directory)
{
    FileDescriptor descriptor(::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!descriptor.valid())
        return errno;
    if (::fsync(descriptor.get()) != 0)
        return errno;
    return 0;
}

//! The entries of `directory` whose own type (symbolic links not followed) is `type`. Iterates
//! with error codes, because the range-for increment of directory_iterator throws.
std::error_code entries_of_type(const fs::path& directory, fs::file_type type, std::vector<fs::path>& out)
{
    std::error_code error;
    fs::directory_iterator it(directory, error);
    for (; !error && it != fs::directory_iterator(); it.increment(error)) {
        std::error_code status_error;
        if (it->symlink_status(status_error).type() == type && !status_error)
            out.push_back(it->path());
    }
    return error;
}

//! Calls `visit(path, name)` for each regular file two fan-out levels below `root`. Fan-out
//! directories are recognised by name, so nothing else under root is ever touched.
template<typename Visit>
std::error_code walk_leaves(const fs::path& root, Visit visit)
{
    std::error_code error;
    if (!fs::exists(root, error))
        return error;
    std::vector<fs::path> firsts;
    if ((error = entries_of_type(root, fs::file_type::directory, firsts)))
        return error;
    for (const fs::path& first : firsts) {
        if (!is_fan_out_name(first.filename().string()))
            continue;
        std::vector<fs::path> seconds;
        if ((error = entries_of_type(first, fs::file_type::directory, seconds)))
            return error;
        for (const fs::path& second : seconds) {
            if (!is_fan_out_name(second.filename().string()))
                continue;
            std::vector<fs::path> leaves;
            if ((error = entries_of_type(second, fs::file_type::regular, leaves)))
                return error;
            for (const fs::path& leaf : leaves)
                visit(leaf, leaf.filename().string());
        }
    }
    return error;
}

} // namespace

AttachmentStore::AttachmentStore(fs::path root)
    : m_root(std::move(root))
{
    // Hashing and the random names of temporary files come from libsodium.
    core::initialize_crypto();
}

bool AttachmentStore::is_valid_hash(std::string_view hash)
{
    return hash.size() == 64 && std::all_of(hash.begin(), hash.end(), is_lower_hex);
}

fs::path AttachmentStore::directory_of(std::string_view hash) const
{
    return m_root / std::string(hash.substr(0, 2)) / std::string(hash.substr(2, 2));
}

fs::path AttachmentStore::path_of(std::string_view hash) const { return directory_of(hash) / std::string(hash); }

Result<StoredFile> AttachmentStore::store(std::string_view bytes)
{
    StoredFile stored{core::sha256_hex(bytes), bytes.size(), false};
    const fs::path directory = directory_of(stored.hash);
    const fs::path final_path = directory / stored.hash;

    std::error_code error;
    // The highest directory this call creates: on a fresh installation it lies above the root
    // (<var>/attachments), and the entry naming it in its own parent must be made durable too.
    fs::path highest_created;
    for (fs::path level = directory; !level.empty() && level != level.parent_path(); level = level.parent_path()) {
        if (fs::exists(level, error) || error)
            break;
        highest_created = level;
    }
    error.clear();
    fs::create_directories(directory, error);
    if (error)
        return storage_failure("create directories", directory, error.value());

    // Every directory from the leaf up to the root's parent is synced, also when this call did
    // not create it: another thread may have just created it and not synced it yet, and the
    // caller is about to commit a row that depends on the whole path being durable. Above the
    // root's parent, only up to the parent of what this call created.
    const auto depth = [](const fs::path& path) { return std::distance(path.begin(), path.end()); };
    fs::path top = m_root.parent_path();
    if (!highest_created.empty() && depth(highest_created.parent_path()) < depth(top))
        top = highest_created.parent_path();
    std::vector<fs::path> levels;
    for (fs::path level = directory; !level.empty(); level = level.parent_path()) {
        levels.push_back(level);
        if (level == top || level == level.parent_path())
            break;
    }
    const auto sync_path = [&]() -> int {
        for (const fs::path& level : levels)
            if (const int failure = sync_directory(level))
                return failure;
        return 0;
    };

    struct stat existing {};
    if (::lstat(final_path.c_str(), &existing) == 0 && S_ISREG(existing.st_mode)
        && static_cast<std::uint64_t>(existing.st_size) == stored.size) {
        // The name is the content's hash and a file only gets that name after its bytes were
        // synced, so an existing file of the right size holds these bytes. Its time is refreshed:
        // a sweep that skips young files then leaves it alone until the caller's row is committed.
        if (::utimensat(AT_FDCWD, final_path.c_str(), nullptr, AT_SYMLINK_NOFOLLOW) != 0)
            return storage_failure("touch", final_path, errno);
        if (const int failure = sync_path())
            return storage_failure("sync directories", directory, failure);
        return stored;
    }

    const fs::path temporary = directory / (std::string(temporary_prefix) + core::random_token(12));
    FileDescriptor descriptor(
        ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, S_IRUSR | S_IWUSR | S_IRGRP));
    if (!descriptor.valid())
        return storage_failure("create temporary file", temporary, errno);
    const auto abandon = [&](std::string_view operation, int failure) {
        ::unlink(temporary.c_str());
        return storage_failure(operation, temporary, failure);
    };
    if (const int failure = write_all(descriptor.get(), bytes))
        return abandon("write", failure);
    if (::fsync(descriptor.get()) != 0)
        return abandon("fsync", errno);
    if (descriptor.close() != 0)
        return abandon("close", errno);
    core::crash_point("attachment-before-rename");
    if (::rename(temporary.c_str(), final_path.c_str()) != 0)
        return abandon("rename", errno);
    if (const int failure = sync_path())
        return storage_failure("sync directories", directory, failure);
    stored.newly_written = true;
    return stored;
}

Result<std::string> AttachmentStore::read(std::string_view hash) const
{
    if (!is_valid_hash(hash))
        return Error::not_found("Cette pièce jointe n'existe pas.");
    const fs::path path = path_of(hash);
    FileDescriptor descriptor(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW));
    if (!descriptor.valid()) {
        if (errno == ENOENT || errno == ENOTDIR || errno == ELOOP)
            return Error::not_found("Cette pièce jointe n'existe pas.");
        return storage_failure("open", path, errno);
    }
    struct stat status {};
    if (::fstat(descriptor.get(), &status) != 0)
        return storage_failure("stat", path, errno);
    if (!S_ISREG(status.st_mode))
        return Error::not_found("Cette pièce jointe n'existe pas.");
    std::string bytes;
    bytes.resize(static_cast<std::size_t>(status.st_size));
    std::size_t filled = 0;
    while (true) {
        if (filled == bytes.size())
            bytes.resize(bytes.size() + 4096);
        const ssize_t count = ::read(descriptor.get(), bytes.data() + filled, bytes.size() - filled);
        if (count < 0) {
            if (errno == EINTR)
                continue;
            return storage_failure("read", path, errno);
        }
        if (count == 0)
            break;
        filled += static_cast<std::size_t>(count);
    }
    bytes.resize(filled);
    return bytes;
}

Result<std::uint64_t> AttachmentStore::size_of(std::string_view hash) const
{
    if (!is_valid_hash(hash))
        return Error::not_found("Cette pièce jointe n'existe pas.");
    struct stat status {};
    if (::lstat(path_of(hash).c_str(), &status) != 0 || !S_ISREG(status.st_mode))
        return Error::not_found("Cette pièce jointe n'existe pas.");
    return static_cast<std::uint64_t>(status.st_size);
}

bool AttachmentStore::contains(std::string_view hash) const { return size_of(hash).ok(); }

Result<bool> AttachmentStore::verify(std::string_view hash) const
{
    auto bytes = read(hash);
    if (!bytes)
        return bytes.error();
    return core::sha256_hex(bytes.value()) == hash;
}

Result<bool> AttachmentStore::remove(std::string_view hash)
{
    if (!is_valid_hash(hash))
        return Error::not_found("Cette pièce jointe n'existe pas.");
    const fs::path path = path_of(hash);
    if (::unlink(path.c_str()) != 0) {
        if (errno == ENOENT)
            return false;
        return storage_failure("unlink", path, errno);
    }
    // The fan-out directories stay: removing them could race with a store() about to write there.
    if (const int failure = sync_directory(path.parent_path()))
        return storage_failure("sync directory", path.parent_path(), failure);
    return true;
}

Result<std::vector<std::string>> AttachmentStore::list_hashes(std::chrono::seconds minimum_age) const
{
    const auto cutoff = fs::file_time_type::clock::now() - minimum_age;
    std::vector<std::string> hashes;
    const std::error_code error = walk_leaves(m_root, [&](const fs::path& path, const std::string& name) {
        const std::string prefix = path.parent_path().parent_path().filename().string() + path.parent_path().filename().string();
        if (!is_valid_hash(name) || name.compare(0, 4, prefix) != 0)
            return;
        if (minimum_age.count() > 0) {
            std::error_code time_error;
            const auto written = fs::last_write_time(path, time_error);
            if (time_error || written >= cutoff)
                return;
        }
        hashes.push_back(name);
    });
    if (error)
        return storage_failure("list", m_root, error.value());
    std::sort(hashes.begin(), hashes.end());
    return hashes;
}

Result<std::size_t> AttachmentStore::remove_stale_temporary_files(std::chrono::seconds minimum_age)
{
    const auto cutoff = fs::file_time_type::clock::now() - minimum_age;
    std::vector<fs::path> stale;
    const std::error_code error = walk_leaves(m_root, [&](const fs::path& path, const std::string& name) {
        std::error_code time_error;
        const auto written = fs::last_write_time(path, time_error);
        if (name.rfind(temporary_prefix, 0) == 0 && !time_error && written < cutoff)
            stale.push_back(path);
    });
    if (error)
        return storage_failure("list", m_root, error.value());
    std::size_t removed = 0;
    for (const fs::path& path : stale) {
        if (::unlink(path.c_str()) == 0)
            ++removed;
        else if (errno != ENOENT)
            return storage_failure("unlink", path, errno);
    }
    return removed;
}

} // namespace essaim::files
