#include "labelling/routes.hpp"

#include "core/config.hpp"
#include "db/session.hpp"
#include "labelling/dossier_attachment.hpp"
#include "labelling/dossier_decisions.hpp"
#include "labelling/dossier_page_support.hpp"
#include "web/context.hpp"
#include "web/registry.hpp"

namespace essaim::labelling {

void register_dossier_routes(web::Registry& registry)
{
    register_dossier_page_routes(registry);
    register_dossier_decision_routes(registry);
    register_dossier_edit_routes(registry);
    register_dossier_attachment_routes(registry);
    register_dossier_list_routes(registry);
    register_dossier_export_routes(registry);

    registry.add_flash("dossier-enregistre", {web::FlashLevel::Success, "Brouillon enregistré", "Vos réponses sont enregistrées."});
    registry.add_flash("dossier-depose", {web::FlashLevel::Success, "Dossier déposé",
        "Votre dossier est transmis à l’équipe d’instruction. Vous recevez un e-mail de confirmation."});
    registry.add_flash("dossier-supprime", {web::FlashLevel::Success, "Brouillon supprimé", "Le brouillon et ses pièces sont supprimés."});
    registry.add_flash("dossier-transition", {web::FlashLevel::Success, "État du dossier modifié",
        "Le changement est enregistré et le candidat en est informé par e-mail."});
    registry.add_flash("dossier-inscrit-comite", {web::FlashLevel::Success, "Dossier inscrit au comité",
        "Il est à l’ordre du jour de la prochaine séance de son appel. Le candidat n’est pas prévenu de cette étape interne."});
    registry.add_flash("dossier-etape-interne", {web::FlashLevel::Success, "État du dossier modifié",
        "Le changement est enregistré. Le candidat n’est pas prévenu de cette étape interne."});
    registry.add_flash("dossier-message", {web::FlashLevel::Success, "Message envoyé", "Votre message est ajouté au dossier."});
    registry.add_flash("dossier-note", {web::FlashLevel::Success, "Note enregistrée", "La note interne est ajoutée au dossier."});
    registry.add_flash("piece-ajoutee", {web::FlashLevel::Success, "Pièce ajoutée", "Le fichier est joint au dossier."});
    registry.add_flash("piece-supprimee", {web::FlashLevel::Success, "Pièce retirée", "Le fichier est retiré du dossier."});

    // Files no row names (a crash between store and commit) and stale temporary files: none stay.
    registry.add_job(web::Job{"labelling.dossier_files_sweep", std::chrono::hours(24), [](web::Services& services) {
                                  auto lease = services.pool.acquire();
                                  sweep_dossier_files(services.config, *lease);
                              }});
}

} // namespace essaim::labelling
