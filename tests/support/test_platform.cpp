#include "support/test_platform.hpp"

#include "app/commands.hpp"
#include "app/platform.hpp"
#include "core/crypto.hpp"
#include "core/log.hpp"
#include "db/session.hpp"
#include "web/context.hpp"
#include "web/registry.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <unistd.h>

namespace essaim::test {

namespace {

std::string read_file(const std::filesystem::path& path)
{
    std::ifstream input(path);
    std::stringstream text;
    text << input.rdbuf();
    return text.str();
}

std::string postgres_database_for_this_run()
{
    const char* dir = std::getenv("ESSAIM_TEST_POSTGRES_DIR");
    if (!dir)
        throw std::runtime_error("ESSAIM_TEST_POSTGRES_DIR is not set (scripts/test-postgres.sh start DIR)");
    std::string admin_conninfo = read_file(std::filesystem::path(dir) / "conninfo");
    while (!admin_conninfo.empty() && (admin_conninfo.back() == '\n' || admin_conninfo.back() == ' '))
        admin_conninfo.pop_back();
    std::string database = "essaim_test_" + std::to_string(::getpid());
    core::Config admin;
    admin.database_url = admin_conninfo;
    auto session = db::connect(admin);
    session->execute("DROP DATABASE IF EXISTS " + database);
    session->execute("CREATE DATABASE " + database);
    auto at = admin_conninfo.find("dbname=");
    return admin_conninfo.substr(0, at) + "dbname=" + database;
}

} // namespace

//! Routes that exist only in tests, to reach the error handler the way a real bug would.
class FaultInjectionModule final : public web::Module {
public:
    std::string name() const override { return "test-faults"; }
    void register_routes(web::Registry& registry) override
    {
        registry.get("/test/panne", auth::anyone(), [](web::Context&) -> http::Response {
            throw std::runtime_error("SELECT secret FROM simulated_failure -- must never reach the user");
        });
        registry.get("/api/v1/test/panne", auth::anyone(), [](web::Context&) -> http::Response {
            throw std::runtime_error("SELECT secret FROM simulated_failure -- must never reach the user");
        });
        // Holds a worker for `ms` milliseconds, to test draining and timeouts.
        registry.get("/test/lent", auth::anyone(), [](web::Context& context) {
            int ms = std::atoi(context.request.query_parameter("ms").value_or("100").c_str());
            std::this_thread::sleep_for(std::chrono::milliseconds(std::clamp(ms, 0, 5000)));
            return http::Response::text("fini");
        });
        registry.post("/test/echo", auth::anyone(), [](web::Context& context) {
            return http::Response::text(context.form().get("value"));
        });
    }
};

std::vector<std::unique_ptr<web::Module>> fault_injection_modules()
{
    std::vector<std::unique_ptr<web::Module>> modules;
    modules.push_back(std::make_unique<FaultInjectionModule>());
    return modules;
}

TestPlatform& TestPlatform::instance()
{
    static TestPlatform platform;
    return platform;
}

TestPlatform::TestPlatform()
    : m_clock(core::SystemClock().now())
{
    core::initialize_crypto();
    core::log::set_level(std::getenv("ESSAIM_TEST_LOG") ? "info" : "warn");
    m_var = std::filesystem::temp_directory_path() / ("essaim-test-" + std::to_string(::getpid()));
    std::filesystem::remove_all(m_var);
    std::filesystem::create_directories(m_var);

    std::string backend = std::getenv("ESSAIM_TEST_BACKEND") ? std::getenv("ESSAIM_TEST_BACKEND") : "sqlite";
    auto environment = [](const std::string&) -> std::optional<std::string> { return std::nullopt; };
    m_config = core::load_config(std::nullopt, environment);
    m_config.database_url = backend == "postgres" ? postgres_database_for_this_run() : "sqlite:" + (m_var / "essaim.db").string();
    m_config.listen_host = "127.0.0.1";
    m_config.listen_port = 0;
    m_config.var_dir = m_var;
    m_config.mail_dir = m_var / "mail";
    m_config.public_url = "http://127.0.0.1";
    // Not the defaults, so that a test sees the legal notice read them from the configuration.
    m_config.legal.publication_director = "Camille Directrice-de-Test";
    m_config.legal.host = "Hébergeur de test SAS";
    m_config.legal.contact_email = "contact-test@essaim.example";
    m_config.drain_timeout_seconds = 5;
    // Short enough for a test to wait them out.
    m_config.header_timeout_seconds = 2;
    m_config.idle_timeout_seconds = 3;
    // Tests hash many passwords; the cost stays argon2id's, only the throttling thresholds are the defaults.
    app::run_migrate(m_config);
    m_platform = std::make_unique<app::Platform>(m_config, m_clock, fault_injection_modules());
    m_port = m_platform->start();
}

TestPlatform::~TestPlatform()
{
    m_platform.reset();
    std::error_code ignored;
    std::filesystem::remove_all(m_var, ignored);
}

std::string TestPlatform::unique_email(const std::string& prefix)
{
    return prefix + "-" + std::to_string(++m_counter) + "-" + std::to_string(::getpid()) + "@exemple.fr";
}

std::string TestPlatform::wait_for_mail(const std::string& to, std::chrono::milliseconds wait)
{
    auto deadline = std::chrono::steady_clock::now() + wait;
    while (true) {
        std::string newest;
        std::filesystem::file_time_type newest_time{};
        std::error_code error;
        for (const auto& entry : std::filesystem::directory_iterator(m_config.mail_dir, error)) {
            if (entry.path().extension() != ".eml")
                continue;
            auto text = read_file(entry.path());
            if (text.find("To: " + to + "\r\n") == std::string::npos && text.find("To: <" + to + ">") == std::string::npos)
                continue;
            auto time = entry.last_write_time();
            if (newest.empty() || time >= newest_time) {
                newest = text;
                newest_time = time;
            }
        }
        if (!newest.empty())
            return newest;
        if (std::chrono::steady_clock::now() > deadline)
            throw std::runtime_error("no e-mail to " + to);
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

std::string find_link(const std::string& text, const std::string& prefix)
{
    auto at = text.find(prefix);
    if (at == std::string::npos)
        return {};
    auto end = text.find_first_of(" \r\n\"<>", at);
    return text.substr(at, end == std::string::npos ? std::string::npos : end - at);
}

} // namespace essaim::test
