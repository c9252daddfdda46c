#include "app/platform.hpp"

#include "core/clock.hpp"
#include "core/config.hpp"
#include "core/log.hpp"
#include "core/server_secret.hpp"
#include "db/session.hpp"
#include "http/server.hpp"
#include "labelling/dossier_attachment.hpp"
#include "web/application.hpp"
#include "web/context.hpp"
#include "web/registry.hpp"
#include "web/renderer.hpp"

#include <atomic>
#include <boost/json.hpp>
#include <condition_variable>
#include <fstream>
#include <sstream>
#include <thread>

namespace essaim::app {

std::string read_dsfr_version(const core::Config& config)
{
    auto path = config.node_modules / "@gouvfr/dsfr/package.json";
    std::ifstream input(path);
    if (!input)
        throw std::runtime_error("DSFR not found at " + path.string() + " — run `make setup` (npm ci in web/)");
    std::stringstream text;
    text << input.rdbuf();
    return std::string(boost::json::parse(text.str()).at("version").as_string());
}

struct Platform::Impl {
    const core::Config& config;
    const core::Clock& clock;
    db::Pool pool;
    web::Renderer renderer;
    web::Registry registry;
    std::unique_ptr<web::Services> services;
    std::unique_ptr<web::Application> application;
    std::unique_ptr<http::Server> server;
    std::thread jobs_thread;
    std::mutex jobs_mutex;
    std::condition_variable jobs_wakeup;
    bool jobs_stopping = false;

    Impl(const core::Config& c, const core::Clock& k, std::vector<std::unique_ptr<web::Module>> extra_modules)
        : config(c)
        , clock(k)
        , pool(c, c.database_pool_size)
        , renderer(c.templates_dir)
    {
        register_modules(registry);
        for (auto& module : extra_modules) {
            registry.set_module(module->name());
            module->register_routes(registry);
        }
        services = std::unique_ptr<web::Services>(
            new web::Services{config, clock, pool, renderer, registry, read_dsfr_version(config), core::server_secret(config)});
        application = std::make_unique<web::Application>(*services);
        server = std::make_unique<http::Server>(
            config, [this](http::Request& request) { return application->handle(request); },
            [this](const http::Request& head) { return application->admit(head); });
    }

    void run_jobs()
    {
        // Jobs run one after another on this thread; each keeps its own schedule.
        std::vector<std::chrono::steady_clock::time_point> next(registry.jobs().size(), std::chrono::steady_clock::now());
        std::unique_lock lock(jobs_mutex);
        while (!jobs_stopping) {
            auto now = std::chrono::steady_clock::now();
            for (std::size_t i = 0; i < registry.jobs().size(); ++i) {
                if (now < next[i])
                    continue;
                const auto& job = registry.jobs()[i];
                lock.unlock();
                try {
                    job.run(*services);
                } catch (const std::exception& failure) {
                    core::log::error("job failed", {core::log::field("job", job.name), core::log::field("error", failure.what())});
                }
                lock.lock();
                next[i] = std::chrono::steady_clock::now() + job.interval;
            }
            jobs_wakeup.wait_for(lock, std::chrono::milliseconds(200));
        }
    }
};

Platform::Platform(const core::Config& config, const core::Clock& clock,
    std::vector<std::unique_ptr<web::Module>> extra_modules)
    : m_impl(std::make_unique<Impl>(config, clock, std::move(extra_modules)))
{
}

Platform::~Platform() { stop(); }

std::uint16_t Platform::start()
{
    {
        // Before the first request, so that no upload can be in flight: what a crash left in the
        // dossiers' file store (a file whose row was never committed, a temporary file) goes now
        // rather than at the daily sweep.
        auto lease = m_impl->pool.acquire();
        labelling::sweep_dossier_files_at_startup(m_impl->config, *lease);
    }
    auto port = m_impl->server->start();
    m_impl->jobs_thread = std::thread([this] { m_impl->run_jobs(); });
    return port;
}

void Platform::stop()
{
    if (!m_impl->server)
        return;
    m_impl->server->stop();
    {
        std::lock_guard lock(m_impl->jobs_mutex);
        m_impl->jobs_stopping = true;
    }
    m_impl->jobs_wakeup.notify_all();
    if (m_impl->jobs_thread.joinable())
        m_impl->jobs_thread.join();
}

void Platform::run_until_signal()
{
    m_impl->server->run_until_signal();
    stop();
}

web::Services& Platform::services() { return *m_impl->services; }

} // namespace essaim::app
