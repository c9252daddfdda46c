#include "labelling/module.hpp"

#include "labelling/demo_labelling.hpp"
#include "labelling/routes.hpp"

namespace essaim::labelling {

namespace {

class LabellingModule final : public web::Module {
public:
    std::string name() const override { return "labelling"; }

    void register_routes(web::Registry& registry) override
    {
        register_call_routes(registry);
        register_dossier_routes(registry);
        register_review_routes(registry);
        register_committee_routes(registry);
        register_label_routes(registry);
        registry.add_demo_seeder(seed_demo_labelling);
    }
};

} // namespace

std::unique_ptr<web::Module> make_module() { return std::make_unique<LabellingModule>(); }

} // namespace essaim::labelling
