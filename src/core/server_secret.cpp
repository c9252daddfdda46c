#include "core/server_secret.hpp"

#include "core/config.hpp"
#include "core/crypto.hpp"

#include <cerrno>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

namespace essaim::core {

namespace {

std::string read_whole(const std::filesystem::path& path)
{
    std::ifstream input(path, std::ios::binary);
    std::stringstream text;
    text << input.rdbuf();
    return text.str();
}

std::string read_stored_secret(const std::filesystem::path& path)
{
    std::string key = read_whole(path);
    if (key.size() < 32)
        throw std::runtime_error(path.string() + " holds no usable secret key (at least 32 characters)");
    return key;
}

//! The link survives a power cut only once its directory is on disk.
void sync_directory(const std::filesystem::path& directory)
{
    const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

std::string server_secret(const Config& config)
{
    if (!config.secret_key.empty())
        return config.secret_key;
    std::filesystem::create_directories(config.var_dir);
    const auto path = config.var_dir / "secret_key";
    if (std::filesystem::exists(path))
        return read_stored_secret(path);
    // The key is written whole to a file of this process, then linked to its name: a kill at any
    // moment leaves either no key or a whole one, never an empty file that would stop every later
    // start. link() fails when another server linked its key first; both then use that one.
    const auto draft = config.var_dir / ("secret_key." + std::to_string(::getpid()) + ".tmp");
    int fd = ::open(draft.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        throw std::runtime_error("cannot create the secret key at " + path.string());
    const std::string key = random_token(32);
    const bool written = ::write(fd, key.data(), key.size()) == static_cast<ssize_t>(key.size()) && ::fsync(fd) == 0;
    ::close(fd);
    const bool linked = written && ::link(draft.c_str(), path.c_str()) == 0;
    const int link_error = errno;
    std::error_code ignored;
    std::filesystem::remove(draft, ignored);
    if (!written || (!linked && link_error != EEXIST))
        throw std::runtime_error("cannot write the secret key to " + path.string());
    if (!linked)
        return read_stored_secret(path);
    sync_directory(config.var_dir);
    return key;
}

} // namespace essaim::core
