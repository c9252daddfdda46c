#include "directory/module.hpp"

#include "directory/api_routes.hpp"
#include "directory/demo_directory.hpp"
#include "directory/duplicate_routes.hpp"
#include "directory/directory_page_routes.hpp"
#include "directory/naf_catalogue.hpp"
#include "directory/project_routes.hpp"
#include "directory/routes.hpp"
#include "directory/territory_section.hpp"
#include "directory/vocabulary.hpp"

namespace essaim::directory {

namespace {

void register_flashes(web::Registry& registry)
{
    using web::FlashLevel;
    registry.add_flash("organisation-creee",
        {FlashLevel::Success, "Organisation enregistrée",
            "Sa fiche sera publiée dans l’annuaire après validation par l’équipe Essaim ; vous serez prévenu par e-mail."});
    registry.add_flash("organisation-modifiee",
        {FlashLevel::Success, "Fiche mise à jour", "La modification est enregistrée dans l’historique de la fiche."});
    registry.add_flash("organisation-inchangee", {FlashLevel::Info, "Aucune modification", "La fiche était déjà à jour."});
    registry.add_flash("organisation-resoumise",
        {FlashLevel::Success, "Fiche soumise de nouveau", "L’équipe Essaim va examiner la fiche corrigée."});
    registry.add_flash("organisation-publiee",
        {FlashLevel::Success, "Fiche publiée", "Elle est visible dans l’annuaire ; ses responsables en sont informés par e-mail."});
    registry.add_flash("organisation-refusee",
        {FlashLevel::Info, "Fiche refusée", "Ses responsables ont reçu la raison du refus par e-mail."});
    registry.add_flash("revendication-acceptee",
        {FlashLevel::Success, "Vous êtes responsable de cette fiche",
            "Votre adresse électronique est sur le domaine du site de l’organisation : vous pouvez la tenir à jour dès maintenant."});
    registry.add_flash("revendication-envoyee",
        {FlashLevel::Success, "Demande envoyée", "L’équipe Essaim va l’examiner ; vous recevrez sa réponse par e-mail."});
    registry.add_flash("revendication-validee", {FlashLevel::Success, "Demande acceptée", "Le membre est désormais responsable de la fiche et en est informé par e-mail."});
    registry.add_flash("revendication-refusee", {FlashLevel::Info, "Demande refusée", "Le membre a reçu la raison du refus par e-mail."});
    registry.add_flash("organisation-identite-en-attente",
        {FlashLevel::Info, "Changement d’identité en attente",
            "Un changement de nom ou d’identifiant officiel d’une fiche publiée est examiné par l’équipe Essaim : la fiche "
            "garde ses valeurs actuelles jusqu’à sa décision, qui vous sera envoyée par e-mail. Vos autres modifications "
            "sont enregistrées."});
    registry.add_flash("identite-acceptee",
        {FlashLevel::Success, "Changement accepté", "La fiche porte les nouvelles valeurs ; le membre en est informé par e-mail."});
    registry.add_flash("identite-refusee",
        {FlashLevel::Info, "Changement refusé", "La fiche garde ses valeurs ; le membre a reçu la raison du refus par e-mail."});
}

class DirectoryModule final : public web::Module {
public:
    std::string name() const override { return "directory"; }

    void register_routes(web::Registry& registry) override
    {
        register_flashes(registry);
        register_vocabulary(registry);
        // Read on first use and shared by every request, like the territory maps.
        auto naf = std::make_shared<NafCatalogue>();
        register_new_organisation_routes(registry, naf);
        register_organisation_page_routes(registry, naf);
        register_edit_organisation_routes(registry, naf);
        register_history_routes(registry);
        register_moderation_routes(registry);
        register_claim_routes(registry);
        register_claim_moderation_routes(registry);
        register_identity_change_routes(registry);
        register_duplicate_routes(registry);
        register_project_routes(registry);
        register_api_routes(registry, naf);
        registry.add_demo_seeder(seed_demo_directory);
        register_directory_page_routes(registry);
        registry.add_navigation("Annuaire", "/annuaire", 5);
        register_territory_section(registry);
    }
};

} // namespace

std::unique_ptr<web::Module> make_module() { return std::make_unique<DirectoryModule>(); }

} // namespace essaim::directory
