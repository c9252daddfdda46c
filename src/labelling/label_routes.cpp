// Registers the labels part: pages, open data, the reminders job, the navigation entry and the
// section of the territory pages.

#include "labelling/label_routes.hpp"

#include "labelling/label_reminders.hpp"
#include "labelling/label_territory_section.hpp"
#include "labelling/routes.hpp"
#include "web/context.hpp"
#include "web/registry.hpp"

namespace essaim::labelling {

std::string label_href(long long id) { return "/labels/" + std::to_string(id); }

void register_label_routes(web::Registry& registry)
{
    using web::FlashLevel;
    registry.add_flash("label-retire",
        {FlashLevel::Success, "Label retiré", "Le titulaire est prévenu par e-mail ; la page du label indique le retrait."});
    registry.add_flash("label-renouvellement",
        {FlashLevel::Success, "Dossier de renouvellement créé",
            "Les réponses de votre dernier dossier sont reprises : vérifiez-les, joignez les pièces demandées puis "
            "déposez le dossier."});
    registry.add_navigation("Labels", "/labels", 7);
    register_label_list_routes(registry);
    register_label_page_routes(registry);
    register_label_reminders(registry);
    register_label_territory_section(registry);
}

} // namespace essaim::labelling
