// The evaluation grid's pages: /admin/appels/{id}/grille (criteria, adding one) and editing,
// moving and deleting a criterion.
#include "auth/route_support.hpp"
#include "labelling/call_routes.hpp"
#include "labelling/call_store.hpp"
#include "labelling/criteria.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/path_parameters.hpp"
#include "web/registry.hpp"

namespace essaim::labelling {

namespace {

std::string grid_href(long long call_id) { return admin_call_href(call_id) + "/grille"; }
std::string criterion_action(long long call_id, long long criterion_id)
{
    return grid_href(call_id) + "/" + std::to_string(criterion_id);
}

CriterionInput default_input()
{
    CriterionInput input;
    input.levels = {"Absent ou non renseigné", "Très insuffisant", "Insuffisant", "Correct", "Bon", "Excellent"};
    return input;
}

//! The grid; `editing` is the criterion the form edits (0: the form adds one).
http::Response grid_page(web::Context& context, const Call& call, long long editing, const CriterionInput& input,
    const core::Error* error)
{
    const auto criteria = list_criteria(context.db(), call.id);
    web::Page page(context, editing ? "Modifier un critère" : "Grille d’évaluation : " + call.title, "labelling/criteria.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Administration", "/admin");
    page.add_breadcrumb("Appels à candidatures", "/admin/appels");
    page.add_breadcrumb(call.title, admin_call_href(call.id));
    page.add_breadcrumb("Grille d’évaluation", "");
    auto& content = page.content();
    content.SetValue("CALL_TITLE", call.title);
    content.SetValue("CALL_HREF", admin_call_href(call.id));
    content.SetValue("GRID_HREF", grid_href(call.id));
    content.ShowSection(criteria.empty() ? "NO_CRITERION" : "HAS_CRITERIA");
    long total = 0;
    for (const auto& criterion : criteria) {
        total += criterion.weight;
        auto* row = content.AddSectionDictionary("CRITERION");
        row->SetValue("TITLE", criterion.title);
        if (!criterion.description.empty())
            row->SetValueAndShowSection("DESCRIPTION_TEXT", criterion.description, "DESCRIPTION");
        row->SetIntValue("WEIGHT", criterion.weight);
        for (std::size_t level = 0; level < criterion.scale.size(); ++level)
            row->AddSectionDictionary("LEVEL")->SetValue("LEVEL_TEXT", criterion.scale[level]);
        row->SetValue("ACTION", criterion_action(call.id, criterion.id));
        row->SetValue("EDIT_HREF", criterion_action(call.id, criterion.id) + "/modifier#critere-formulaire");
    }
    content.SetIntValue("TOTAL_WEIGHT", total);
    if (editing) {
        content.SetValue("FORM_HEADING", "Modifier le critère");
        content.SetValue("FORM_ACTION", criterion_action(call.id, editing) + "/modifier");
        content.SetValue("SUBMIT_LABEL", "Enregistrer le critère");
        content.ShowSection("EDITING");
    } else {
        content.SetValue("FORM_HEADING", "Ajouter un critère");
        content.SetValue("FORM_ACTION", grid_href(call.id));
        content.SetValue("SUBMIT_LABEL", "Ajouter le critère");
    }
    content.SetValue("TITRE", input.title);
    content.SetValue("DESCRIPTION", input.description);
    content.SetValue("POIDS", input.weight);
    for (std::size_t level = 0; level < input.levels.size(); ++level) {
        auto* row = content.AddSectionDictionary("LEVEL_INPUT");
        row->SetIntValue("LEVEL", static_cast<long>(level));
        row->SetValue("VALUE", input.levels[level]);
        if (level == 0)
            row->SetValueAndShowSection("HINT_TEXT", "le niveau le plus bas", "HINT");
        if (level == 5)
            row->SetValueAndShowSection("HINT_TEXT", "le niveau le plus haut", "HINT");
        if (error) {
            auto found = error->field_errors.find("niveau_" + std::to_string(level));
            if (found != error->field_errors.end()) {
                row->SetValueAndShowSection("MESSAGE", found->second, "ERROR");
                row->SetValue("GROUP_CLASS", "fr-input-group--error");
                row->SetValue("INPUT_CLASS", "fr-input--error");
            }
        }
    }
    if (error)
        page.set_errors(*error);
    return page.render(error ? core::http_status_of(error->kind) : 200);
}

std::optional<Criterion> criterion_of_request(web::Context& context, const Call& call)
{
    auto id = web::positive_id_parameter(context, "critere");
    if (!id)
        return std::nullopt;
    auto criterion = find_criterion(context.db(), *id);
    if (!criterion || criterion->call_id != call.id)
        return std::nullopt;
    return criterion;
}

template<typename Action>
http::Response criterion_action_route(web::Context& context, Action action)
{
    auto call = call_of_request(context);
    if (!call)
        return web::error_page(context, 404, "Cet appel n’existe pas.");
    auto id = web::positive_id_parameter(context, "critere");
    if (!id)
        return web::error_page(context, 404, "Ce critère n’existe pas.");
    auto result = action(*call, *id);
    if (!result)
        return call_error_page(context, result.error());
    context.flash("grille-modifiee");
    return http::Response::redirect(grid_href(call->id));
}

} // namespace

void register_criteria_routes(web::Registry& registry)
{
    registry.get("/admin/appels/{id}/grille", auth::administrators(), [](web::Context& context) {
        auto call = call_of_request(context);
        if (!call)
            return web::error_page(context, 404, "Cet appel n’existe pas.");
        return grid_page(context, *call, 0, default_input(), nullptr);
    });
    registry.post("/admin/appels/{id}/grille", auth::administrators(), [](web::Context& context) {
        auto call = call_of_request(context);
        if (!call)
            return web::error_page(context, 404, "Cet appel n’existe pas.");
        auto input = criterion_input_from_form(context.form());
        auto result = add_criterion(context.db(), context.clock(), context.identity, call->id, input, auth::request_info(context));
        if (!result) {
            if (result.error().kind == core::ErrorKind::Invalid)
                return grid_page(context, *call, 0, input, &result.error());
            return call_error_page(context, result.error());
        }
        context.flash("grille-modifiee");
        return http::Response::redirect(grid_href(call->id));
    });
    registry.get("/admin/appels/{id}/grille/{critere}/modifier", auth::administrators(), [](web::Context& context) {
        auto call = call_of_request(context);
        if (!call)
            return web::error_page(context, 404, "Cet appel n’existe pas.");
        auto criterion = criterion_of_request(context, *call);
        if (!criterion)
            return web::error_page(context, 404, "Ce critère n’existe pas.");
        return grid_page(context, *call, criterion->id, criterion_input_from_criterion(*criterion), nullptr);
    });
    registry.post("/admin/appels/{id}/grille/{critere}/modifier", auth::administrators(), [](web::Context& context) {
        auto call = call_of_request(context);
        if (!call)
            return web::error_page(context, 404, "Cet appel n’existe pas.");
        auto criterion = criterion_of_request(context, *call);
        if (!criterion)
            return web::error_page(context, 404, "Ce critère n’existe pas.");
        auto input = criterion_input_from_form(context.form());
        auto result = edit_criterion(context.db(), context.clock(), context.identity, call->id, criterion->id, input,
            auth::request_info(context));
        if (!result) {
            if (result.error().kind == core::ErrorKind::Invalid)
                return grid_page(context, *call, criterion->id, input, &result.error());
            return call_error_page(context, result.error());
        }
        context.flash("grille-modifiee");
        return http::Response::redirect(grid_href(call->id));
    });
    for (const auto& [verb, up] : {std::pair{"monter", true}, std::pair{"descendre", false}}) {
        const bool move_up = up;
        registry.post(std::string("/admin/appels/{id}/grille/{critere}/") + verb, auth::administrators(),
            [move_up](web::Context& context) {
                return criterion_action_route(context, [&](const Call& call, long long id) {
                    return move_criterion(context.db(), context.clock(), context.identity, call.id, id, move_up,
                        auth::request_info(context));
                });
            });
    }
    registry.post("/admin/appels/{id}/grille/{critere}/supprimer", auth::administrators(), [](web::Context& context) {
        return criterion_action_route(context, [&](const Call& call, long long id) {
            return remove_criterion(context.db(), context.clock(), context.identity, call.id, id, auth::request_info(context));
        });
    });
}

} // namespace essaim::labelling
