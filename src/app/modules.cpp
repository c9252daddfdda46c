#include "app/platform.hpp"
#include "auth/module.hpp"
#include "directory/module.hpp"
#include "labelling/module.hpp"
#include "mail/module.hpp"
#include "privacy/module.hpp"
#include "site/module.hpp"
#include "territory/module.hpp"
#include "web/registry.hpp"

namespace essaim::app {

void register_modules(web::Registry& registry)
{
    std::vector<std::unique_ptr<web::Module>> modules;
    modules.push_back(site::make_module());
    modules.push_back(auth::make_module());
    modules.push_back(mail::make_module());
    modules.push_back(territory::make_module());
    modules.push_back(directory::make_module());
    modules.push_back(labelling::make_module());
    modules.push_back(privacy::make_module());
    for (auto& module : modules) {
        registry.set_module(module->name());
        module->register_routes(registry);
    }
}

} // namespace essaim::app
