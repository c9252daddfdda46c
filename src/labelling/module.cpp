#include "labelling/module.hpp"

#include "labelling/demo_labelling.hpp"
#include "labelling/routes.hpp"
#include "labelling/vocabulary.hpp"

namespace essaim::labelling {

namespace {

class LabellingModule final : public web::Module {
public:
    std::string name() const override { return "labelling"; }

    void register_routes(web::Registry& registry) override
    {
        register_vocabulary(registry);
        register_call_routes(registry);
        register_dossier_routes(registry);
        register_review_routes(registry);
        register_committee_routes(registry);
        register_label_routes(registry);
        registry.add_demo_seeder(seed_demo_labelling);
        // Each person's own labelling pages, in the menu of those who have some.
        using auth::Role;
        registry.add_navigation("Mes dossiers", "/mes-dossiers", 20, auth::signed_in());
        registry.add_navigation("Instruction", "/instruction", 21, auth::any_of({Role::Instructeur, Role::Administrateur}));
        registry.add_navigation("Mes avis", "/avis", 22, auth::any_of({Role::Expert}));
        registry.add_navigation("Comités", "/comites", 23, auth::any_of({Role::Instructeur, Role::Expert, Role::Administrateur}));
    }
};

} // namespace

std::unique_ptr<web::Module> make_module() { return std::make_unique<LabellingModule>(); }

} // namespace essaim::labelling
