// Registers the labels part: pages, open data, the reminders job, the navigation entry and the
// section of the territory pages.

#include "labelling/label_routes.hpp"

#include "labelling/label_reminders.hpp"
#include "labelling/label_territory_section.hpp"
#include "labelling/routes.hpp"
#include "web/context.hpp"
#include "web/registry.hpp"

#include <charconv>

namespace essaim::labelling {

std::optional<long long> label_path_id(const web::Context& context)
{
    auto text = context.request.path_parameter("id");
    long long id = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (error != std::errc() || end != text.data() + text.size() || id <= 0)
        return std::nullopt;
    return id;
}

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
