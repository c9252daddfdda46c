#include "core/crypto.hpp"
#include "files/attachment_store.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <string>
#include <sys/stat.h>
#include <thread>
#include <vector>

using essaim::core::ErrorKind;
using essaim::files::AttachmentStore;
namespace fs = std::filesystem;

namespace {

//! The SHA-256 of "abc" (FIPS 180-2 test vector).
constexpr std::string_view abc_hash = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

class AttachmentStoreTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        essaim::core::initialize_crypto();
        m_directory = fs::temp_directory_path() / ("essaim-attachments-" + essaim::core::random_token(9));
        m_root = m_directory / "pieces";
    }
    void TearDown() override
    {
        std::error_code ignored;
        fs::remove_all(m_directory, ignored);
    }

    //! Every file under the root, as paths relative to it.
    std::vector<std::string> files_on_disk() const
    {
        std::vector<std::string> files;
        std::error_code error;
        if (!fs::exists(m_root, error))
            return files;
        for (const auto& entry : fs::recursive_directory_iterator(m_root)) {
            if (entry.is_regular_file())
                files.push_back(fs::relative(entry.path(), m_root).string());
        }
        std::sort(files.begin(), files.end());
        return files;
    }

    static void write_file(const fs::path& path, const std::string& content)
    {
        fs::create_directories(path.parent_path());
        std::ofstream(path, std::ios::binary) << content;
    }

    fs::path m_directory;
    fs::path m_root;
};

} // namespace

TEST_F(AttachmentStoreTest, StoresUnderTheContentHashWithTwoFanOutLevels)
{
    AttachmentStore store(m_root);
    auto stored = store.store("abc");
    ASSERT_TRUE(stored.ok()) << stored.error().message;
    EXPECT_EQ(stored->hash, abc_hash);
    EXPECT_EQ(stored->size, 3u);
    EXPECT_TRUE(stored->newly_written);
    EXPECT_EQ(files_on_disk(), std::vector<std::string>{"ba/78/" + std::string(abc_hash)});

    auto bytes = store.read(abc_hash);
    ASSERT_TRUE(bytes.ok()) << bytes.error().message;
    EXPECT_EQ(bytes.value(), "abc");
    EXPECT_TRUE(store.contains(abc_hash));
    EXPECT_EQ(store.size_of(abc_hash).value(), 3u);

    // Not readable or writable by others: the files hold applicants' documents.
    struct stat status {};
    ASSERT_EQ(::stat((m_root / "ba" / "78" / std::string(abc_hash)).c_str(), &status), 0);
    EXPECT_EQ(status.st_mode & (S_IWGRP | S_IRWXO), 0u);
}

TEST_F(AttachmentStoreTest, SameContentTwiceIsStoredOnce)
{
    AttachmentStore store(m_root);
    auto first = store.store("même contenu");
    auto second = store.store("même contenu");
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_EQ(first->hash, second->hash);
    EXPECT_TRUE(first->newly_written);
    EXPECT_FALSE(second->newly_written);
    EXPECT_EQ(files_on_disk().size(), 1u);

    auto other = store.store("autre contenu");
    ASSERT_TRUE(other.ok());
    EXPECT_NE(other->hash, first->hash);
    EXPECT_EQ(files_on_disk().size(), 2u);
}

TEST_F(AttachmentStoreTest, RoundTripsBinaryEmptyAndLargeContent)
{
    AttachmentStore store(m_root);
    std::string large(3 * 1024 * 1024 + 17, '\0');
    for (std::size_t i = 0; i < large.size(); ++i)
        large[i] = static_cast<char>((i * 131) % 251);
    for (const std::string& content : {std::string(), std::string("\0\xff\r\n\x1a", 5), large}) {
        auto stored = store.store(content);
        ASSERT_TRUE(stored.ok()) << stored.error().message;
        EXPECT_EQ(stored->hash, essaim::core::sha256_hex(content));
        EXPECT_EQ(stored->size, content.size());
        auto bytes = store.read(stored->hash);
        ASSERT_TRUE(bytes.ok());
        EXPECT_TRUE(bytes.value() == content) << content.size();
        EXPECT_TRUE(store.verify(stored->hash).value());
    }
    // No temporary file is left behind.
    for (const std::string& file : files_on_disk())
        EXPECT_EQ(file.find(".tmp-"), std::string::npos) << file;
}

TEST_F(AttachmentStoreTest, RefusesHashesThatAreNotSixtyFourLowerCaseHexDigits)
{
    AttachmentStore store(m_root);
    ASSERT_TRUE(store.store("abc").ok());
    write_file(m_directory / "secret.txt", "secret");

    const std::vector<std::string> hostile = {
        "",
        "../secret.txt",
        "../../secret.txt",
        "ba/78/" + std::string(abc_hash),
        std::string(abc_hash.substr(0, 63)),
        std::string(abc_hash) + "0",
        "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD",
        std::string(abc_hash.substr(0, 60)) + "../x",
        std::string(abc_hash.substr(0, 63)) + "g",
        std::string(abc_hash.substr(0, 63)) + std::string(1, '\0'),
        "/etc/passwd",
    };
    for (const std::string& hash : hostile) {
        EXPECT_FALSE(AttachmentStore::is_valid_hash(hash)) << hash;
        auto read = store.read(hash);
        ASSERT_FALSE(read.ok()) << hash;
        EXPECT_EQ(read.error().kind, ErrorKind::NotFound) << hash;
        EXPECT_FALSE(store.contains(hash)) << hash;
        EXPECT_FALSE(store.size_of(hash).ok()) << hash;
        EXPECT_FALSE(store.verify(hash).ok()) << hash;
        auto removed = store.remove(hash);
        ASSERT_FALSE(removed.ok()) << hash;
        EXPECT_EQ(removed.error().kind, ErrorKind::NotFound);
    }
    EXPECT_TRUE(fs::exists(m_directory / "secret.txt"));
    EXPECT_TRUE(store.contains(abc_hash));
    EXPECT_TRUE(AttachmentStore::is_valid_hash(abc_hash));
}

TEST_F(AttachmentStoreTest, AnAbsentHashIsNotFound)
{
    AttachmentStore store(m_root);
    const std::string absent(64, 'a');
    auto read = store.read(absent);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().kind, ErrorKind::NotFound);
    EXPECT_FALSE(store.contains(absent));
    EXPECT_EQ(store.verify(absent).error().kind, ErrorKind::NotFound);
    EXPECT_FALSE(store.remove(absent).value());
}

TEST_F(AttachmentStoreTest, ConcurrentStoresOfTheSameContentAllSucceed)
{
    // Two members may upload the same file at the same moment: both get the hash, one file remains.
    AttachmentStore store(m_root);
    const std::string content(64 * 1024, 'z');
    std::vector<std::string> hashes(8);
    std::vector<int> succeeded(8, 0);  // not vector<bool>: its elements share bytes across threads
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < hashes.size(); ++i) {
        threads.emplace_back([&, i] {
            auto stored = store.store(i % 2 == 0 ? content : content + std::to_string(i));
            succeeded[i] = stored.ok() ? 1 : 0;
            if (stored.ok())
                hashes[i] = stored->hash;
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    for (std::size_t i = 0; i < hashes.size(); ++i) {
        EXPECT_TRUE(succeeded[i]) << i;
        EXPECT_TRUE(store.verify(hashes[i]).value()) << i;
    }
    EXPECT_EQ(store.list_hashes().value().size(), 5u);  // one shared content and four others
    EXPECT_EQ(files_on_disk().size(), 5u);              // and no temporary file left
}

TEST_F(AttachmentStoreTest, RemovesByHash)
{
    AttachmentStore store(m_root);
    const std::string hash = store.store("à supprimer").value().hash;
    const std::string kept = store.store("à garder").value().hash;
    auto removed = store.remove(hash);
    ASSERT_TRUE(removed.ok());
    EXPECT_TRUE(removed.value());
    EXPECT_FALSE(store.contains(hash));
    EXPECT_EQ(store.read(hash).error().kind, ErrorKind::NotFound);
    EXPECT_FALSE(store.remove(hash).value());
    EXPECT_EQ(store.list_hashes().value(), std::vector<std::string>{kept});

    // Stored again after removal, it comes back.
    auto again = store.store("à supprimer");
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->newly_written);
    EXPECT_TRUE(store.contains(hash));
}

TEST_F(AttachmentStoreTest, ListsStoredHashesAndNothingElse)
{
    AttachmentStore store(m_root);
    EXPECT_TRUE(store.list_hashes().value().empty());  // before the root exists

    std::vector<std::string> expected;
    for (const char* content : {"un", "deux", "trois", "quatre"})
        expected.push_back(store.store(content).value().hash);
    std::sort(expected.begin(), expected.end());

    // Things that are not stored attachments: a file at the root, a name that is not a hash, a
    // hash in the wrong fan-out directory, a directory that is not a fan-out level, a leftover
    // temporary file, and a symbolic link named like a hash.
    write_file(m_root / "LISEZMOI", "x");
    write_file(m_root / "ab" / "cd" / "pas-un-hash", "x");
    write_file(m_root / "00" / "00" / std::string(abc_hash), "abc");
    write_file(m_root / "zz" / "zz" / std::string(abc_hash), "abc");
    write_file(m_root / "ba" / "78" / ".tmp-abandonne", "ab");
    fs::create_directories(m_root / "ba" / "78");
    fs::create_symlink(m_directory / "ailleurs", m_root / "ba" / "78" / std::string(abc_hash));

    auto hashes = store.list_hashes();
    ASSERT_TRUE(hashes.ok()) << hashes.error().message;
    EXPECT_EQ(hashes.value(), expected);
    EXPECT_FALSE(store.contains(abc_hash));
}

TEST_F(AttachmentStoreTest, VerifyDetectsAFileChangedOnDisk)
{
    AttachmentStore store(m_root);
    const std::string hash = store.store("original").value().hash;
    EXPECT_TRUE(store.verify(hash).value());

    const fs::path path = m_root / hash.substr(0, 2) / hash.substr(2, 2) / hash;
    fs::permissions(path, fs::perms::owner_write, fs::perm_options::add);
    std::ofstream(path, std::ios::binary | std::ios::trunc) << "modifié !";
    EXPECT_FALSE(store.verify(hash).value());

    // Storing the content again repairs the file, because its size no longer matches.
    auto repaired = store.store("original");
    ASSERT_TRUE(repaired.ok());
    EXPECT_TRUE(repaired->newly_written);
    EXPECT_TRUE(store.verify(hash).value());
}

TEST_F(AttachmentStoreTest, RemovesOnlyStaleTemporaryFiles)
{
    AttachmentStore store(m_root);
    const std::string hash = store.store("gardé").value().hash;
    const fs::path directory = m_root / "12" / "34";
    write_file(directory / ".tmp-ancien", "x");
    write_file(directory / ".tmp-recent", "x");
    fs::last_write_time(directory / ".tmp-ancien", fs::file_time_type::clock::now() - std::chrono::hours(2));

    auto removed = store.remove_stale_temporary_files(std::chrono::minutes(10));
    ASSERT_TRUE(removed.ok()) << removed.error().message;
    EXPECT_EQ(removed.value(), 1u);
    EXPECT_FALSE(fs::exists(directory / ".tmp-ancien"));
    EXPECT_TRUE(fs::exists(directory / ".tmp-recent"));
    EXPECT_TRUE(store.contains(hash));
    EXPECT_EQ(store.remove_stale_temporary_files(std::chrono::minutes(10)).value(), 0u);
}

TEST_F(AttachmentStoreTest, AnUnwritableRootIsUnavailableNotAnException)
{
    // A regular file where the root's parent should be: every write fails (also as root, which
    // permission bits would not stop).
    write_file(m_directory / "fichier", "x");
    AttachmentStore store(m_directory / "fichier" / "pieces");
    auto stored = store.store("abc");
    ASSERT_FALSE(stored.ok());
    EXPECT_EQ(stored.error().kind, ErrorKind::Unavailable);
    EXPECT_FALSE(stored.error().message.empty());
    EXPECT_EQ(stored.error().message.find(m_directory.string()), std::string::npos);  // no path for users
    EXPECT_EQ(store.read(abc_hash).error().kind, ErrorKind::NotFound);
    EXPECT_TRUE(store.list_hashes().value().empty());
}
