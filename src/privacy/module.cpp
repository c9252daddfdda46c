#include "privacy/module.hpp"

#include "privacy/retention.hpp"
#include "privacy/routes.hpp"

namespace essaim::privacy {

namespace {

class PrivacyModule final : public web::Module {
public:
    std::string name() const override { return "privacy"; }

    void register_routes(web::Registry& registry) override
    {
        register_personal_data_routes(registry);
        register_retention_job(registry);
    }
};

} // namespace

std::unique_ptr<web::Module> make_module() { return std::make_unique<PrivacyModule>(); }

} // namespace essaim::privacy
