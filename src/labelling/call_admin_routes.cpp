// Administrators' pages for calls: /admin/appels (the list), /admin/appels/nouveau (create),
// /admin/appels/{id} (edit, publish or close, the instructeurs' team).
#include "auth/route_support.hpp"
#include "core/calendar.hpp"
#include "core/clock.hpp"
#include "directory/organisation_form.hpp"
#include "labelling/call_form.hpp"
#include "labelling/call_routes.hpp"
#include "labelling/call_store.hpp"
#include "labelling/confirmation.hpp"
#include "labelling/create_call.hpp"
#include "labelling/edit_call.hpp"
#include "labelling/publish_call.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/path_parameters.hpp"
#include "web/registry.hpp"

namespace essaim::labelling {

namespace {

// Publishing is irreversible (the form and grid are frozen, candidates may apply): a danger-styled
// button whose modal, or page without JavaScript, confirms it.
Decision publish_decision(const Call& call, const std::string& button)
{
    Decision decision;
    decision.id = "publication-appel";
    decision.button = button;
    decision.tone = DecisionTone::Danger;
    decision.page_href = admin_call_href(call.id) + "/publier";
    decision.title = "Publier l’appel « " + call.title + " »";
    decision.explanation = "L’appel devient public et reçoit des candidatures pendant sa période. La version actuelle "
                           "de son formulaire et de sa grille est figée : chaque dossier la garde.";
    decision.action = admin_call_href(call.id) + "/publier";
    decision.confirm = "Confirmer la publication";
    decision.cancel_href = admin_call_href(call.id);
    return decision;
}

http::Response list_page(web::Context& context)
{
    const auto calls = list_calls(context.db());
    web::Page page(context, "Appels à candidatures", "labelling/call_admin_list.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Administration", "/admin");
    page.add_breadcrumb("Appels à candidatures", "");
    auto& content = page.content();
    content.ShowSection(calls.empty() ? "NO_CALL" : "HAS_CALLS");
    for (const auto& call : calls) {
        auto* row = content.AddSectionDictionary("CALL");
        row->SetValue("HREF", admin_call_href(call.id));
        row->SetValue("TITLE", call.title);
        row->SetValue("CATEGORY", std::string(category_label(call.category)));
        row->SetValue("STATE", std::string(call_state_label(call.state)));
        row->SetValue("STATE_CLASS", call_state_badge_class(call));
        row->SetValue("DATES", call_dates_text(call));
        row->SetIntValue("LABEL_YEARS", call.label_years);
    }
    return page.render();
}

void fill_inputs(ctemplate::TemplateDictionary& content, const CallInput& input)
{
    content.SetValue("TITRE", input.title);
    content.SetValue("DESCRIPTION", input.description);
    content.SetValue("OUVRE_LE", input.opens_on);
    content.SetValue("FERME_LE", input.closes_on);
    content.SetValue("ANNEES_LABEL", input.label_years);
    content.ShowSection(input.duration == "dates" ? "DATED" : "PERMANENT");
    for (auto category : label_categories()) {
        auto* option = content.AddSectionDictionary("CATEGORY_OPTION");
        option->SetValue("CODE", std::string(category_code(category)));
        option->SetValue("LABEL", std::string(category_label(category)));
        if (input.category == category_code(category))
            option->ShowSection("SELECTED");
    }
}

http::Response new_page(web::Context& context, const CallInput& input, const core::Error* error)
{
    web::Page page(context, "Créer un appel à candidatures", "labelling/call_edit.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Administration", "/admin");
    page.add_breadcrumb("Appels à candidatures", "/admin/appels");
    page.add_breadcrumb("Créer un appel", "");
    auto& content = page.content();
    content.SetValue("HEADING", "Créer un appel à candidatures");
    content.SetValue("FORM_ACTION", "/admin/appels/nouveau");
    content.SetValue("SUBMIT_LABEL", "Créer l’appel en brouillon");
    fill_inputs(content, input);
    if (error)
        page.set_errors(*error);
    return page.render(error ? core::http_status_of(error->kind) : 200);
}

//! The call's page; `input` is what the edit form shows, `team_email` what the team form shows.
http::Response call_page(web::Context& context, const Call& call, const CallInput& input, const std::string& team_email,
    const core::Error* error)
{
    auto& session = context.db();
    web::Page page(context, call.title, "labelling/call_edit.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Administration", "/admin");
    page.add_breadcrumb("Appels à candidatures", "/admin/appels");
    page.add_breadcrumb(call.title, "");
    auto& content = page.content();
    content.SetValue("HEADING", "Appel : " + call.title);
    content.SetValue("FORM_ACTION", admin_call_href(call.id));
    content.SetValue("SUBMIT_LABEL", "Enregistrer");
    fill_inputs(content, input);
    content.ShowSection("EXISTING");
    content.SetValue("STATE", std::string(call_state_label(call.state)));
    content.SetValue("STATE_CLASS", call_state_badge_class(call));
    content.SetValue("FORM_HREF", admin_call_href(call.id) + "/formulaire");
    content.SetValue("GRID_HREF", admin_call_href(call.id) + "/grille");
    const auto form = current_form(session, call.id);
    content.SetIntValue("FIELD_COUNT", form ? static_cast<long>(field_count(form->definition)) : 0);
    content.SetIntValue("CRITERION_COUNT", static_cast<long>(list_criteria(session, call.id).size()));
    if (call.state != CallState::Brouillon)
        content.SetValueAndShowSection("PUBLIC_HREF", public_call_href(call.id), "PUBLIC");
    content.SetValue("PUBLISH_ACTION", admin_call_href(call.id) + "/publier");
    content.SetValue("CLOSE_ACTION", admin_call_href(call.id) + "/clore");
    switch (call.state) {
    case CallState::Brouillon:
        content.ShowSection("DRAFT");
        add_decision(*content.AddSectionDictionary("CAN_PUBLISH"), "PUBLISH", publish_decision(call, "Publier l’appel"));
        break;
    case CallState::Publie:
        content.SetValueAndShowSection("OPEN_TEXT",
            is_open_for_applications(call, core::iso_day(context.clock().now()))
                ? std::string("il reçoit des candidatures (") + call_dates_text(call) + ")."
                : "il est visible, mais sa période de candidature (" + call_dates_text(call) + ") n’est pas en cours.",
            "PUBLISHED");
        content.ShowSection("CAN_CLOSE");
        break;
    case CallState::Clos:
        content.ShowSection("CLOSED");
        add_decision(*content.AddSectionDictionary("CAN_PUBLISH"), "PUBLISH", publish_decision(call, "Publier de nouveau"));
        break;
    }
    content.SetValue("TEAM_ACTION", admin_call_href(call.id) + "/equipe");
    content.SetValue("EMAIL", team_email);
    const auto team = list_team(session, call.id);
    content.ShowSection(team.empty() ? "NO_MEMBER" : "HAS_MEMBERS");
    for (const auto& member : team) {
        auto* row = content.AddSectionDictionary("MEMBER");
        row->SetValue("NAME", member.display_name);
        row->SetValue("EMAIL", member.email);
        row->SetValue("REMOVE_ACTION", admin_call_href(call.id) + "/equipe/" + std::to_string(member.user_id) + "/retirer");
    }
    if (error)
        page.set_errors(*error);
    return page.render(error ? core::http_status_of(error->kind) : 200);
}

http::Response state_action(web::Context& context, CallState to, const char* flash)
{
    auto id = web::positive_id_parameter(context);
    if (!id)
        return web::error_page(context, 404, "Cet appel n’existe pas.");
    auto result = change_call_state(context.db(), context.clock(), context.identity, *id, to, auth::request_info(context));
    if (!result)
        return call_error_page(context, result.error());
    context.flash(flash);
    return http::Response::redirect(admin_call_href(*id));
}

} // namespace

void register_call_admin_routes(web::Registry& registry)
{
    registry.get("/admin/appels", auth::administrators(), list_page);
    registry.get("/admin/appels/nouveau", auth::administrators(),
        [](web::Context& context) { return new_page(context, CallInput{}, nullptr); });
    registry.post("/admin/appels/nouveau", auth::administrators(), [](web::Context& context) {
        auto input = call_input_from_form(context.form());
        auto result = create_call(context.db(), context.clock(), context.identity, input, auth::request_info(context));
        if (!result) {
            if (result.error().kind == core::ErrorKind::Invalid)
                return new_page(context, input, &result.error());
            return call_error_page(context, result.error());
        }
        context.flash("appel-cree");
        return http::Response::redirect(admin_call_href(result.value()));
    });
    registry.get("/admin/appels/{id}", auth::administrators(), [](web::Context& context) {
        auto call = call_of_request(context);
        if (!call)
            return web::error_page(context, 404, "Cet appel n’existe pas.");
        return call_page(context, *call, call_input_from_call(*call), "", nullptr);
    });
    registry.post("/admin/appels/{id}", auth::administrators(), [](web::Context& context) {
        auto call = call_of_request(context);
        if (!call)
            return web::error_page(context, 404, "Cet appel n’existe pas.");
        auto input = call_input_from_form(context.form());
        auto result = edit_call(context.db(), context.clock(), context.identity, call->id, input, auth::request_info(context));
        if (!result) {
            if (result.error().kind == core::ErrorKind::Invalid)
                return call_page(context, *call, input, "", &result.error());
            return call_error_page(context, result.error());
        }
        context.flash("appel-modifie");
        return http::Response::redirect(admin_call_href(call->id));
    });
    registry.get("/admin/appels/{id}/publier", auth::administrators(), [](web::Context& context) {
        auto call = call_of_request(context);
        if (!call)
            return web::error_page(context, 404, "Cet appel n’existe pas.");
        if (call->state == CallState::Publie)
            return call_error_page(context, core::Error::conflict("Cet appel est déjà publié."));
        auto decision = publish_decision(*call, "Publier l’appel");
        web::Page page(context, decision.title, "labelling/confirmation_page.tpl");
        page.add_breadcrumb("Accueil", "/");
        page.add_breadcrumb("Appels à candidatures", "/admin/appels");
        page.add_breadcrumb(call->title, admin_call_href(call->id));
        page.add_breadcrumb("Publier", "");
        return render_decision_page(page, decision);
    });
    registry.post("/admin/appels/{id}/publier", auth::administrators(),
        [](web::Context& context) { return state_action(context, CallState::Publie, "appel-publie"); });
    registry.post("/admin/appels/{id}/clore", auth::administrators(),
        [](web::Context& context) { return state_action(context, CallState::Clos, "appel-clos"); });
    registry.post("/admin/appels/{id}/equipe", auth::administrators(), [](web::Context& context) {
        auto call = call_of_request(context);
        if (!call)
            return web::error_page(context, 404, "Cet appel n’existe pas.");
        const auto email = context.form().get("email");
        auto result = add_call_instructor(context.db(), context.clock(), context.identity, call->id, email,
            auth::request_info(context));
        if (!result) {
            if (result.error().kind == core::ErrorKind::Invalid)
                return call_page(context, *call, call_input_from_call(*call), email, &result.error());
            return call_error_page(context, result.error());
        }
        context.flash("equipe-modifiee");
        return http::Response::redirect(admin_call_href(call->id) + "#equipe-titre");
    });
    registry.post("/admin/appels/{id}/equipe/{user}/retirer", auth::administrators(), [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        auto user = web::positive_id_parameter(context, "user");
        if (!id || !user)
            return web::error_page(context, 404, "Cette page n’existe pas.");
        auto result = remove_call_instructor(context.db(), context.clock(), context.identity, *id, *user,
            auth::request_info(context));
        if (!result)
            return call_error_page(context, result.error());
        context.flash("equipe-modifiee");
        return http::Response::redirect(admin_call_href(*id) + "#equipe-titre");
    });
}

} // namespace essaim::labelling
