#include "labelling/routes.hpp"

#include "core/clock.hpp"
#include "labelling/review_reminders.hpp"
#include "labelling/review_routes.hpp"
#include "web/context.hpp"
#include "web/registry.hpp"

#include <cstdio>

namespace essaim::labelling {

std::string review_score_text(double score)
{
    char text[16];
    std::snprintf(text, sizeof text, "%.1f", score);
    std::string value = text;
    if (auto dot = value.find('.'); dot != std::string::npos)
        value[dot] = ',';
    return value + " / 5";
}

void register_review_routes(web::Registry& registry)
{
    using web::FlashLevel;
    registry.add_flash("avis-demandes", {FlashLevel::Success, "Avis demandés", "Les experts sollicités ont reçu un e-mail."});
    registry.add_flash("avis-conflit-detecte",
        {FlashLevel::Warning, "Conflit d’intérêts détecté",
            "Un expert membre de l’organisation candidate n’a pas été sollicité. Sollicitez un autre expert."});
    registry.add_flash("avis-annule", {FlashLevel::Info, "Demande d’avis annulée", "L’expert ne verra plus ce dossier."});
    registry.add_flash("avis-rendu", {FlashLevel::Success, "Avis rendu", "Merci : votre avis est transmis à l’équipe d’instruction."});
    registry.add_flash("avis-conflit-declare",
        {FlashLevel::Info, "Conflit d’intérêts déclaré", "L’équipe d’instruction est prévenue ; vous ne verrez plus ce dossier."});
    registry.add_flash("instructeur-attribue",
        {FlashLevel::Success, "Instructeur désigné", "L’instructeur a reçu un e-mail."});
    registry.add_flash("regions-enregistrees",
        {FlashLevel::Success, "Régions enregistrées", "Les prochains dossiers seront attribués selon ces régions."});

    registry.add_job(web::Job{"labelling.review_reminders", std::chrono::hours(1),
        [](web::Services& services) { send_review_reminders(services); }});

    register_review_dossier_routes(registry);
    register_review_expert_routes(registry);
    register_instructor_region_routes(registry);
}

} // namespace essaim::labelling
