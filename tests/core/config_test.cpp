#include "core/config.hpp"

#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <unistd.h>

using namespace essaim::core;

namespace {

EnvironmentLookup environment_of(std::map<std::string, std::string> values)
{
    return [values](const std::string& name) -> std::optional<std::string> {
        auto found = values.find(name);
        if (found == values.end())
            return std::nullopt;
        return found->second;
    };
}

std::filesystem::path write_toml(const std::string& text)
{
    auto path = std::filesystem::temp_directory_path() / ("essaim-config-" + std::to_string(::getpid()) + ".toml");
    std::ofstream(path) << text;
    return path;
}

} // namespace

TEST(Config, DefaultsServeSqliteOnLoopback8080)
{
    auto config = load_config(std::nullopt, environment_of({}));
    EXPECT_EQ(config.database_url, "sqlite:var/essaim.db");
    EXPECT_TRUE(config.uses_sqlite());
    EXPECT_EQ(config.sqlite_path(), "var/essaim.db");
    EXPECT_EQ(config.listen_host, "127.0.0.1");
    EXPECT_EQ(config.listen_port, 8080);
    EXPECT_EQ(config.sqlite_synchronous, "FULL");
    EXPECT_GE(config.database_pool_size, config.worker_threads);
}

TEST(Config, FileValuesThenEnvironmentOverrides)
{
    auto path = write_toml("service_name = \"Essaim test\"\n[database]\nurl = \"sqlite:/tmp/a.db\"\n"
                           "[http]\nlisten = \"0.0.0.0:9000\"\nmax_body_bytes = 2048\n[security]\nsession_idle_seconds = 60\n");
    auto config = load_config(path, environment_of({{"ESSAIM_DATABASE_URL", "host=/tmp dbname=essaim"}}));
    EXPECT_EQ(config.service_name, "Essaim test");
    EXPECT_EQ(config.database_url, "host=/tmp dbname=essaim");
    EXPECT_FALSE(config.uses_sqlite());
    EXPECT_EQ(config.listen_host, "0.0.0.0");
    EXPECT_EQ(config.listen_port, 9000);
    EXPECT_EQ(config.max_body_bytes, 2048u);
    EXPECT_EQ(config.session_idle_seconds, 60);

    auto overridden = load_config(path, environment_of({{"ESSAIM_LISTEN", "[::1]:8181"}, {"ESSAIM_DEMO", "1"}}));
    EXPECT_EQ(overridden.listen_host, "::1");
    EXPECT_EQ(overridden.listen_port, 8181);
    EXPECT_TRUE(overridden.demo_mode);
    std::filesystem::remove(path);
}

TEST(Config, LegalSectionNamesPublisherDirectorAndHost)
{
    auto path = write_toml("[legal]\npublisher = \"Agence test\"\npublication_director = \"Camille Martin\"\n"
                           "host = \"Hébergeur test SAS\"\nhost_address = \"1 rue de l’Hôte, 75001 Paris\"\n"
                           "contact_email = \"contact@test.example\"\n");
    auto config = load_config(path, environment_of({}));
    EXPECT_EQ(config.legal.publisher, "Agence test");
    EXPECT_EQ(config.legal.publication_director, "Camille Martin");
    EXPECT_EQ(config.legal.host, "Hébergeur test SAS");
    EXPECT_EQ(config.legal.host_address, "1 rue de l’Hôte, 75001 Paris");
    EXPECT_EQ(config.legal.contact_email, "contact@test.example");
    // Keys left out keep their defaults.
    EXPECT_EQ(config.legal.publisher_address, LegalConfig{}.publisher_address);
    std::filesystem::remove(path);
}

TEST(Config, TheExampleFileGivesTheDefaultsOfTheLegalSection)
{
    auto example = load_config(std::filesystem::path("config/essaim.example.toml"), environment_of({}));
    LegalConfig defaults;
    EXPECT_EQ(example.legal.publisher, defaults.publisher);
    EXPECT_EQ(example.legal.publisher_address, defaults.publisher_address);
    EXPECT_EQ(example.legal.publication_director, defaults.publication_director);
    EXPECT_EQ(example.legal.host, defaults.host);
    EXPECT_EQ(example.legal.host_address, defaults.host_address);
    EXPECT_EQ(example.legal.contact_email, defaults.contact_email);
    EXPECT_EQ(example.legal.contact_address, defaults.contact_address);
}

TEST(Config, MalformedValuesAreRefusedWithTheirName)
{
    EXPECT_THROW(load_config(std::nullopt, environment_of({{"ESSAIM_LISTEN", "8080"}})), std::runtime_error);
    auto path = write_toml("[http]\nlisten = \"localhost:99999\"\n");
    EXPECT_THROW(load_config(path, environment_of({})), std::runtime_error);
    std::filesystem::remove(path);
}

TEST(Config, ListenAddressParsing)
{
    std::string host;
    std::uint16_t port = 0;
    EXPECT_TRUE(parse_listen_address("127.0.0.1:0", host, port));
    EXPECT_EQ(port, 0);
    for (const char* bad : {"", ":80", "[]:80", "host:", "host:80a", "host:65536", "nocolon"})
        EXPECT_FALSE(parse_listen_address(bad, host, port)) << bad;
}
