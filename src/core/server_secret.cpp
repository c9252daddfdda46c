#include "core/server_secret.hpp"

#include "core/config.hpp"
#include "core/crypto.hpp"

#include <cerrno>
#include <chrono>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>
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

} // namespace

std::string server_secret(const Config& config)
{
    if (!config.secret_key.empty())
        return config.secret_key;
    std::filesystem::create_directories(config.var_dir);
    const auto path = config.var_dir / "secret_key";
    // O_EXCL: two servers starting on one directory agree on the first one written.
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        const std::string key = random_token(32);
        const bool written = ::write(fd, key.data(), key.size()) == static_cast<ssize_t>(key.size()) && ::fsync(fd) == 0;
        ::close(fd);
        if (!written) {
            std::filesystem::remove(path);
            throw std::runtime_error("cannot write the secret key to " + path.string());
        }
        return key;
    }
    if (errno != EEXIST)
        throw std::runtime_error("cannot create the secret key at " + path.string());
    // Another server may have created the file an instant ago and still be writing it.
    std::string key = read_whole(path);
    for (int attempt = 0; attempt < 50 && key.size() < 32; ++attempt) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        key = read_whole(path);
    }
    if (key.size() < 32)
        throw std::runtime_error(path.string() + " holds no usable secret key (at least 32 characters)");
    return key;
}

} // namespace essaim::core
