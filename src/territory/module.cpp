#include "territory/module.hpp"

#include "core/clock.hpp"
#include "core/config.hpp"
#include "territory/load_reference_data.hpp"
#include "territory/routes.hpp"

#include <stdexcept>

namespace essaim::territory {

namespace {

class TerritoryModule final : public web::Module {
public:
    std::string name() const override { return "territory"; }

    void register_routes(web::Registry& registry) override
    {
        registry.add_navigation("Territoires", "/territoires", 10);
        registry.add_reference_loader("territoires", [](db::Session& session, const core::Config& config) {
            core::SystemClock clock;
            auto outcome = load_reference_data(session, config, clock, ReloadPolicy::WhenChanged);
            if (!outcome)
                throw std::runtime_error("chargement des territoires impossible : " + outcome.error().message);
        });
        register_territory_routes(registry);
    }
};

} // namespace

std::unique_ptr<web::Module> make_module() { return std::make_unique<TerritoryModule>(); }

} // namespace essaim::territory
