#pragma once
// One real platform per integration-test process, on an ephemeral port, against the backend
// named by ESSAIM_TEST_BACKEND (sqlite: a fresh file; postgres: a fresh database in the
// throwaway cluster started by scripts/test-postgres.sh). Tests share it and create their own
// records (unique e-mails), as users of one site would.

#include "core/clock.hpp"
#include "core/config.hpp"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace essaim::app {
class Platform;
}

namespace essaim::web {
class Module;
}

namespace essaim::test {

//! Test-only routes: /test/panne (throws), /test/lent?ms= (sleeps), POST /test/echo.
std::vector<std::unique_ptr<web::Module>> fault_injection_modules();

class TestPlatform {
public:
    static TestPlatform& instance();
    ~TestPlatform();

    std::uint16_t port() const { return m_port; }
    const core::Config& config() const { return m_config; }
    core::ManualClock& clock() { return m_clock; }
    bool is_postgres() const { return !m_config.uses_sqlite(); }
    app::Platform& platform() { return *m_platform; }

    //! A unique e-mail address for a test ("prefix-N-PID@exemple.fr").
    std::string unique_email(const std::string& prefix);
    //! The newest e-mail written to `to` (an .eml file), waiting up to `wait` for it.
    std::string wait_for_mail(const std::string& to, std::chrono::milliseconds wait = std::chrono::seconds(10));

private:
    TestPlatform();
    core::Config m_config;
    core::ManualClock m_clock;
    std::filesystem::path m_var;
    std::unique_ptr<app::Platform> m_platform;
    std::uint16_t m_port = 0;
    int m_counter = 0;
};

//! The first URL in `text` that starts with `prefix` (links in e-mails).
std::string find_link(const std::string& text, const std::string& prefix);

} // namespace essaim::test
