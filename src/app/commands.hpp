#pragma once
// The subcommands of `essaim`, callable from tests as well as from main().

#include <istream>
#include <string>
#include <vector>

namespace essaim::core {
struct Config;
}

namespace essaim::app {

std::string version_string();

int run_serve(const core::Config& config);
//! Applies migrations, then every module's reference-data loader.
int run_migrate(const core::Config& config);
int run_seed_demo(const core::Config& config);

struct CreateUserOptions {
    std::string email;
    std::string display_name;
    std::vector<std::string> roles;
};
int run_create_user(const core::Config& config, const CreateUserOptions& options, std::istream& password_input);
int run_backup(const core::Config& config, const std::string& target);

//! Applies migrations, then reference data (what `migrate` does; `serve` does it first).
void apply_migrations(const core::Config& config);

//! Creates the var/ and mail folders and the SQLite file's folder.
void prepare_directories(const core::Config& config);

} // namespace essaim::app
