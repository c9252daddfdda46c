#include "auth/module.hpp"

#include "auth/demo_accounts.hpp"
#include "auth/housekeeping.hpp"
#include "auth/reset_password.hpp"
#include "auth/resolve_session.hpp"
#include "auth/route_support.hpp"
#include "db/session.hpp"
#include "web/context.hpp"
#include "auth/vocabulary.hpp"

namespace essaim::auth {

namespace {

void register_flashes(web::Registry& registry)
{
    using web::FlashLevel;
    registry.add_flash("adresse-confirmee",
        {FlashLevel::Success, "Adresse confirmée", "Votre compte est activé. Vous pouvez maintenant vous connecter."});
    registry.add_flash("connecte", {FlashLevel::Success, "Vous êtes connecté", "Bienvenue sur Essaim."});
    registry.add_flash("deconnecte", {FlashLevel::Info, "Vous êtes déconnecté", "Votre session est fermée. À bientôt."});
    registry.add_flash("deconnecte-partout",
        {FlashLevel::Success, "Toutes vos sessions sont fermées", "Vous êtes déconnecté sur tous vos appareils, y compris celui-ci."});
    registry.add_flash("session-fermee", {FlashLevel::Success, "Session fermée", "L’appareil concerné devra se reconnecter."});
    registry.add_flash("mot-de-passe-change",
        {FlashLevel::Success, "Mot de passe modifié", "Vos autres sessions ont été fermées ; celle-ci reste ouverte."});
    registry.add_flash("mot-de-passe-reinitialise",
        {FlashLevel::Success, "Mot de passe réinitialisé",
            "Toutes les sessions de votre compte ont été fermées. Connectez-vous avec votre nouveau mot de passe."});
    registry.add_flash("role-accorde", {FlashLevel::Success, "Rôle accordé", "Le changement est enregistré dans le journal d’audit."});
    registry.add_flash("role-retire", {FlashLevel::Success, "Rôle retiré", "Le changement est enregistré dans le journal d’audit."});
}

class AuthModule final : public web::Module {
public:
    std::string name() const override { return "auth"; }

    void register_routes(web::Registry& registry) override
    {
        register_flashes(registry);
        register_vocabulary(registry);
        registry.on_request(resolve_session);
        register_sign_up_routes(registry);
        register_sign_in_routes(registry);
        register_password_routes(registry);
        register_account_routes(registry);
        register_admin_routes(registry);
        register_journal_routes(registry);
        // Runs once at start-up (loading the password list), then every ten minutes.
        registry.add_job(web::Job{"auth.housekeeping", std::chrono::minutes(10), run_housekeeping});
        // Reset links are looked up and sent off the request, which thus tells nothing by its timing.
        registry.add_job(web::Job{"auth.reset_links", std::chrono::seconds(1), [](web::Services& services) {
            auto lease = services.pool.acquire();
            send_requested_reset_links(services, *lease);
        }});
        registry.add_demo_seeder(seed_demo_accounts);
    }
};

} // namespace

std::unique_ptr<web::Module> make_module() { return std::make_unique<AuthModule>(); }

} // namespace essaim::auth
