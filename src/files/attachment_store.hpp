#pragma once
// Attachment bytes on disk, named by their SHA-256 so that a name can never come from a client
// and the same content is stored once. Files live outside the web root, under
// <root>/<first two hex digits>/<next two>/<64 hex digits>; the two fan-out levels keep any
// directory small (65,536 leaves).
//
// Durability: store() returns only once the bytes and their directory entry are on stable
// storage (temporary file in the same directory, fsync, rename, fsync of the directories), so a
// caller that commits its database row after store() succeeded never has a row without its file,
// even after a crash. A crash before the commit leaves at most an unreferenced file (or a
// temporary one), which an orphan sweep finds with list_hashes() and
// remove_stale_temporary_files(); the server runs that sweep once at start-up.

#include "core/result.hpp"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace essaim::files {

//! What store() wrote.
struct StoredFile {
    //! SHA-256 of the bytes, 64 lower-case hex digits: the key to read or remove them.
    std::string hash;
    std::uint64_t size = 0;
    //! False when the same content was already stored (nothing new was written).
    bool newly_written = false;
};

class AttachmentStore {
public:
    //! `root` is created on first store(). Use a directory outside the web root, for instance
    //! config.var_dir / "attachments".
    explicit AttachmentStore(std::filesystem::path root);

    const std::filesystem::path& root() const { return m_root; }

    //! Writes `bytes` durably and returns their hash and size. Storing content that is already
    //! present writes nothing but refreshes the file's modification time (so that a sweep limited
    //! to old files leaves it alone until its row is committed) and returns the same hash. Fails
    //! with Unavailable when the disk is full or unwritable; no partial file is ever left under a
    //! hash name.
    core::Result<StoredFile> store(std::string_view bytes);

    //! The bytes stored under `hash`; NotFound when the hash is malformed or absent.
    core::Result<std::string> read(std::string_view hash) const;

    //! The size of the file stored under `hash`; NotFound when malformed or absent.
    core::Result<std::uint64_t> size_of(std::string_view hash) const;

    //! True when a file is stored under `hash` (false for a malformed hash).
    bool contains(std::string_view hash) const;

    //! Reads the file again and checks that its content still hashes to its name (for integrity
    //! checks after a crash). NotFound when absent, Unavailable when unreadable.
    core::Result<bool> verify(std::string_view hash) const;

    //! Deletes the file stored under `hash`, durably. Returns false when there was none. The
    //! same content may back several database rows: remove it only once no row refers to it.
    core::Result<bool> remove(std::string_view hash);

    //! Every hash stored, sorted, for orphan checks against the database. With `minimum_age`,
    //! only the files last stored (or stored again) longer ago than that: a younger one may belong
    //! to an upload whose row is about to be committed.
    core::Result<std::vector<std::string>> list_hashes(std::chrono::seconds minimum_age = std::chrono::seconds(0)) const;

    //! Deletes temporary files left by a crash during store(), when older than `minimum_age`
    //! (younger ones may belong to a store() in progress in another process). Returns the count.
    core::Result<std::size_t> remove_stale_temporary_files(std::chrono::seconds minimum_age);

    //! True for exactly 64 lower-case hex digits: the only names ever turned into a path.
    static bool is_valid_hash(std::string_view hash);

private:
    std::filesystem::path directory_of(std::string_view hash) const;
    std::filesystem::path path_of(std::string_view hash) const;

    std::filesystem::path m_root;
};

} // namespace essaim::files
