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
        registry.vocabulary().add(web::Term::AuditAction, "privacy.account_erased", "Suppression du compte");
        registry.vocabulary().add(web::Term::AuditAction, "privacy.draft_deleted", "Brouillon supprimé (compte ou inactivité)");
        registry.vocabulary().add(web::Term::Field, "motif", "Motif");
        registry.vocabulary().add(web::Term::Value, "motif:brouillon_abandonne", "Brouillon abandonné");
        register_personal_data_routes(registry);
        register_retention_job(registry);
    }
};

} // namespace

std::unique_ptr<web::Module> make_module() { return std::make_unique<PrivacyModule>(); }

} // namespace essaim::privacy
