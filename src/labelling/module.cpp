#include "labelling/module.hpp"

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
    }
};

} // namespace

std::unique_ptr<web::Module> make_module() { return std::make_unique<LabellingModule>(); }

} // namespace essaim::labelling
