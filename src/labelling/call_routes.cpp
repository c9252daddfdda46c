// The routes of calls: administrators' pages (call_admin_routes.cpp, form_builder_routes.cpp,
// criteria_routes.cpp) and the public pages (call_page_routes.cpp).
#include "labelling/call_routes.hpp"

#include "labelling/call.hpp"
#include "labelling/call_store.hpp"
#include "labelling/routes.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/path_parameters.hpp"
#include "web/registry.hpp"

#include <charconv>

namespace essaim::labelling {

std::optional<long long> call_path_number(const web::Context& context, const std::string& name)
{
    auto text = context.request.path_parameter(name);
    long long id = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (text.empty() || error != std::errc() || end != text.data() + text.size() || id < 0)
        return std::nullopt;
    return id;
}

std::optional<Call> call_of_request(web::Context& context)
{
    auto id = web::positive_id_parameter(context);
    if (!id)
        return std::nullopt;
    return find_call(context.db(), *id);
}

std::string admin_call_href(long long call_id) { return "/admin/appels/" + std::to_string(call_id); }
std::string public_call_href(long long call_id) { return "/appels/" + std::to_string(call_id); }

http::Response call_error_page(web::Context& context, const core::Error& error)
{
    return web::error_page(context, core::http_status_of(error.kind), error.message);
}

std::string call_state_badge_class(const Call& call)
{
    switch (call.state) {
    case CallState::Publie:
        return "fr-badge--success";
    case CallState::Clos:
        return "fr-badge--warning";
    default:
        return "fr-badge--info";
    }
}

void register_call_routes(web::Registry& registry)
{
    registry.add_flash("appel-cree", {web::FlashLevel::Success, "Appel créé",
        "L’appel est en brouillon : composez son formulaire et sa grille d’évaluation, puis publiez-le."});
    registry.add_flash("appel-modifie", {web::FlashLevel::Success, "Appel enregistré", "Les modifications sont enregistrées."});
    registry.add_flash("appel-publie", {web::FlashLevel::Success, "Appel publié",
        "L’appel est visible sur la page des appels à candidatures ; la version actuelle du formulaire est figée."});
    registry.add_flash("appel-clos", {web::FlashLevel::Info, "Appel clos", "L’appel ne reçoit plus de candidatures."});
    registry.add_flash("equipe-modifiee", {web::FlashLevel::Success, "Équipe enregistrée", "L’équipe d’instruction est à jour."});
    registry.add_flash("formulaire-modifie", {web::FlashLevel::Success, "Formulaire enregistré", "Le formulaire est à jour."});
    registry.add_flash("grille-modifiee", {web::FlashLevel::Success, "Grille enregistrée", "La grille d’évaluation est à jour."});
    registry.add_admin_tile({"Appels à candidatures", "/admin/appels",
        "Créer les appels, composer leurs formulaires et grilles d’évaluation, les publier.", 40});
    registry.add_navigation("Appels à candidatures", "/appels", 6);
    register_call_admin_routes(registry);
    register_form_builder_routes(registry);
    register_criteria_routes(registry);
    register_call_page_routes(registry);
}

} // namespace essaim::labelling
