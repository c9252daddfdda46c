// `essaim create-user`: kept apart so that only the executable links the account code it needs.

#include "app/commands.hpp"
#include "app/platform.hpp"
#include "auth/create_user.hpp"
#include "core/clock.hpp"
#include "core/config.hpp"
#include "db/session.hpp"
#include "web/context.hpp"

#include <iostream>

namespace essaim::app {

int run_create_user(const core::Config& config, const CreateUserOptions& options, std::istream& password_input)
{
    apply_migrations(config);
    std::string password;
    std::getline(password_input, password);
    std::vector<auth::Role> roles;
    for (const auto& code : options.roles) {
        auth::Role role;
        if (!auth::role_from_code(code, role)) {
            std::cerr << "essaim: rôle inconnu : " << code << "\n";
            return 2;
        }
        roles.push_back(role);
    }
    core::SystemClock clock;
    Platform platform(config, clock);
    auto lease = platform.services().pool.acquire();
    auto created = auth::create_confirmed_user(platform.services(), *lease, options.email, options.display_name, password, roles);
    if (!created) {
        std::cerr << "essaim: " << created.error().message << "\n";
        for (const auto& [field, message] : created.error().field_errors)
            std::cerr << "  " << field << " : " << message << "\n";
        return 2;
    }
    std::cout << "Compte créé (n° " << created.value() << ")\n";
    return 0;
}

} // namespace essaim::app
