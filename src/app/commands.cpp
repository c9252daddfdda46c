#include "app/commands.hpp"

#include "app/platform.hpp"
#include "core/clock.hpp"
#include "core/config.hpp"
#include "core/log.hpp"
#include "db/backup.hpp"
#include "db/migrator.hpp"
#include "db/session.hpp"
#include "web/context.hpp"
#include "web/registry.hpp"

#include <csignal>
#include <iostream>

namespace essaim::app {

std::string version_string() { return ESSAIM_VERSION; }

void prepare_directories(const core::Config& config)
{
    std::filesystem::create_directories(config.var_dir);
    std::filesystem::create_directories(config.mail_dir);
    if (config.uses_sqlite()) {
        auto folder = std::filesystem::path(config.sqlite_path()).parent_path();
        if (!folder.empty())
            std::filesystem::create_directories(folder);
    }
}

void apply_migrations(const core::Config& config)
{
    prepare_directories(config);
    auto session = db::connect(config);
    int applied = db::migrate(*session, config.migrations_dir);
    web::Registry registry;
    register_modules(registry);
    for (const auto& [name, loader] : registry.reference_loaders()) {
        loader(*session, config);
    }
    core::log::info("database ready", {core::log::field("migrations_applied", applied)});
}

int run_migrate(const core::Config& config)
{
    apply_migrations(config);
    return 0;
}

int run_serve(const core::Config& config)
{
    // Block the stop signals before any thread starts, so that only sigwait() receives them.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    apply_migrations(config);
    core::SystemClock clock;
    Platform platform(config, clock);
    auto port = platform.start();
    core::log::info("listening", {core::log::field("address", config.listen_host), core::log::field("port", port),
                                     core::log::field("database", config.uses_sqlite() ? "sqlite" : "postgresql")});
    std::cout << "Essaim écoute sur http://" << config.listen_host << ":" << port << "/" << std::endl;
    platform.run_until_signal();
    core::log::info("stopped");
    return 0;
}

int run_seed_demo(const core::Config& config)
{
    apply_migrations(config);
    core::SystemClock clock;
    Platform platform(config, clock);
    auto lease = platform.services().pool.acquire();
    for (const auto& seeder : platform.services().registry.demo_seeders())
        seeder(platform.services(), *lease);
    return 0;
}

int run_backup(const core::Config& config, const std::string& target)
{
    if (!config.uses_sqlite()) {
        std::cerr << "essaim: pour PostgreSQL, utilisez pg_dump (voir le README, section Sauvegarde).\n";
        return 2;
    }
    db::backup_sqlite(config.sqlite_path(), target);
    std::cout << "Sauvegarde écrite : " << target << "\n";
    return 0;
}

} // namespace essaim::app
