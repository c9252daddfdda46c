#pragma once
// The whole platform assembled from a Config: database pool, templates, modules, HTTP server
// and background jobs. `essaim serve` runs one; integration tests start one on port 0.

#include "web/registry.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace essaim::core {
struct Config;
class Clock;
} // namespace essaim::core

namespace essaim::web {
struct Services;
} // namespace essaim::web

namespace essaim::app {

//! Registers every domain module, in order. The one list of modules.
void register_modules(web::Registry& registry);

class Platform {
public:
    //! `extra_modules` are registered after the platform's own (tests add fault-injection routes).
    Platform(const core::Config& config, const core::Clock& clock,
        std::vector<std::unique_ptr<web::Module>> extra_modules = {});
    ~Platform();
    //! Starts the HTTP server and the jobs; returns the bound port.
    std::uint16_t start();
    void stop();
    void run_until_signal();
    web::Services& services();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

//! DSFR's version from its package.json, or throws with the set-up hint.
std::string read_dsfr_version(const core::Config& config);

} // namespace essaim::app
