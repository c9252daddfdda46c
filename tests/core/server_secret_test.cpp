// The server's secret: from the configuration when set, else made once under var_dir and kept,
// so that CSRF tokens survive a restart; a configured key too short to be a secret is refused.

#include "core/config.hpp"
#include "core/crypto.hpp"
#include "core/server_secret.hpp"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace essaim::core;

namespace {

EnvironmentLookup environment_with_secret(std::optional<std::string> secret)
{
    return [secret](const std::string& name) -> std::optional<std::string> {
        return name == "ESSAIM_SECRET_KEY" ? secret : std::nullopt;
    };
}

} // namespace

TEST(ServerSecret, TheConfiguredKeyIsUsedAndAShortOneRefused)
{
    const std::string key(40, 'k');
    auto config = load_config(std::nullopt, environment_with_secret(key));
    EXPECT_EQ(server_secret(config), key);
    EXPECT_THROW(load_config(std::nullopt, environment_with_secret("trop-courte")), std::runtime_error);
}

TEST(ServerSecret, WithoutOneAKeyIsMadeOnceKeptPrivateAndReadBack)
{
    initialize_crypto();
    auto config = load_config(std::nullopt, environment_with_secret(std::nullopt));
    config.var_dir = std::filesystem::temp_directory_path() / ("essaim-secret-" + std::to_string(::getpid()));
    std::filesystem::remove_all(config.var_dir);
    const auto first = server_secret(config);
    EXPECT_GE(first.size(), 32u);
    EXPECT_EQ(server_secret(config), first) << "a restart finds the same key";
    struct stat status {};
    ASSERT_EQ(::stat((config.var_dir / "secret_key").c_str(), &status), 0);
    EXPECT_EQ(status.st_mode & 0777, 0600u);

    auto other = config;
    other.var_dir = config.var_dir / "autre";
    EXPECT_NE(server_secret(other), first) << "each data directory has its own";

    std::ofstream(config.var_dir / "secret_key", std::ios::trunc) << "court";
    EXPECT_THROW(server_secret(config), std::runtime_error);
    std::filesystem::remove_all(config.var_dir);
}

TEST(ServerSecret, AServerKilledWhileWritingItsKeyLeavesNoHalfKeyBehind)
{
    initialize_crypto();
    auto config = load_config(std::nullopt, environment_with_secret(std::nullopt));
    config.var_dir = std::filesystem::temp_directory_path() / ("essaim-secret-kill-" + std::to_string(::getpid()));
    std::filesystem::remove_all(config.var_dir);
    std::filesystem::create_directories(config.var_dir);
    // What a server killed before its write had finished leaves: its draft, never the key's name.
    std::ofstream(config.var_dir / "secret_key.4242.tmp") << "moiti";
    const auto key = server_secret(config);
    EXPECT_GE(key.size(), 32u);
    EXPECT_EQ(server_secret(config), key);
    EXPECT_FALSE(std::filesystem::exists(config.var_dir / ("secret_key." + std::to_string(::getpid()) + ".tmp")))
        << "the draft of this process is removed once linked";
    std::filesystem::remove_all(config.var_dir);
}
