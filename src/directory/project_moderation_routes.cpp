// Pages: /projets/{id}/historique (every change of a project: who, when, what; for the
// organisation's owners and the administrators, as an organisation's history), and the
// administrators' moderation of projects: /admin/projets/{id}/masquer and …/republier.

#include "auth/access_rule.hpp"
#include "auth/route_support.hpp"
#include "auth/time_format.hpp"
#include "core/text.hpp"
#include "directory/changes.hpp"
#include "directory/hide_project.hpp"
#include "directory/permissions.hpp"
#include "directory/project_routes.hpp"
#include "directory/project_store.hpp"
#include "directory/routes.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/path_parameters.hpp"
#include "web/registry.hpp"

#include <boost/json.hpp>

namespace essaim::directory {

namespace {

constexpr int revisions_shown = 200;

//! A stored value as people read it: codes become labels, nothing becomes "(vide)".
std::string readable(const std::string& field, const boost::json::value& value)
{
    if (value.is_null())
        return "(vide)";
    if (value.is_bool())
        return value.as_bool() ? "Oui" : "Non";
    if (const auto* array = value.if_array()) {
        std::string text;
        for (const auto& item : *array) {
            std::string part;
            if (item.is_int64() && field == "sdgs")
                part = sdg_label(static_cast<int>(item.as_int64()));
            else if (item.is_string()) {
                std::string code(item.as_string());
                part = std::string(label_of(thematics(), code).value_or(code));
            } else
                part = boost::json::serialize(item);
            text += (text.empty() ? "" : ", ") + part;
        }
        return text.empty() ? "(vide)" : text;
    }
    if (value.is_int64()) {
        auto number = value.as_int64();
        if (field == "jobs_fte_tenths")
            return format_tenths(number);
        if (field == "replicates_project_id" || field == "organisation_id")
            return "n° " + std::to_string(number);
        if (field.ends_with("_euros"))
            return core::format_euros(number);
        return core::group_digits(number);
    }
    if (!value.is_string())
        return boost::json::serialize(value);
    std::string code(value.as_string());
    if (field == "status")
        return project_status_label(code);
    if (field == "stage")
        return std::string(label_of(project_stages(), code).value_or(code));
    if (field == "growth_mode")
        return std::string(label_of(growth_modes(), code).value_or(code));
    return code;
}

http::Response history_page(web::Context& context)
{
    auto id = web::positive_id_parameter(context);
    auto loaded = id ? load_project(context, *id) : std::nullopt;
    if (!loaded || !loaded->may_view)
        return error_response(context, 404, "Ce projet n’existe pas ou n’est pas public.");
    if (!loaded->may_view_history)
        return error_response(context, 403, "L’historique d’un projet est réservé aux responsables de son organisation et aux administrateurs.");

    const auto& title = loaded->project.profile.title;
    web::Page page(context, "Historique du projet", "directory/project_history.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb(loaded->organisation.profile.name, organisation_href(loaded->organisation.id));
    page.add_breadcrumb(title, project_href(*id));
    page.add_breadcrumb("Historique", "");
    auto& content = page.content();
    content.SetValue("TITLE", title);
    content.SetValue("PROJECT_HREF", project_href(*id));
    auto revisions = list_project_revisions(context.db(), *id, revisions_shown);
    content.ShowSection(revisions.empty() ? "NO_REVISION" : "HAS_REVISIONS");
    for (const auto& revision : revisions) {
        auto* row = content.AddSectionDictionary("REVISION");
        row->SetValue("REVISION_AT", auth::format_paris_time(revision.at));
        row->SetValue("REVISION_ACTOR", revision.actor_user_id == 0 ? std::string("Compte supprimé")
                : revision.actor_name.empty()                       ? "Compte supprimé"
                                                                    : revision.actor_name);
        for (const auto& change : parse_changes_json(revision.changes_json)) {
            auto* item = row->AddSectionDictionary("CHANGE");
            item->SetValue("CHANGE_FIELD", std::string(project_field_label(change.field)));
            item->SetValue("CHANGE_BEFORE", readable(change.field, change.before));
            item->SetValue("CHANGE_AFTER", readable(change.field, change.after));
        }
    }
    return page.render();
}

http::Response hide_form(web::Context& context, const LoadedProject& loaded, const std::string& reason, const core::Error* error)
{
    const auto& project = loaded.project;
    web::Page page(context, "Masquer un projet", "directory/project_hide.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb(project.profile.title, project_href(project.id));
    page.add_breadcrumb("Masquer le projet", "");
    auto& content = page.content();
    content.SetValue("TITLE", project.profile.title);
    content.SetValue("ORGANISATION_NAME", loaded.organisation.profile.name);
    content.SetValue("PROJECT_HREF", project_href(project.id));
    content.SetValue("FORM_ACTION", "/admin/projets/" + std::to_string(project.id) + "/masquer");
    content.SetValue("HIDDEN_REASON", reason);
    if (error)
        page.set_errors(*error);
    return page.render(error ? core::http_status_of(error->kind) : 200);
}

http::Response hidden_list_page(web::Context& context)
{
    auto hidden = list_hidden_projects(context.db(), 200);
    web::Page page(context, "Projets masqués", "directory/moderation_projects.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Administration", "/admin");
    page.add_breadcrumb("Projets masqués", "");
    auto& content = page.content();
    content.ShowSection(hidden.empty() ? "NO_HIDDEN" : "HAS_HIDDEN");
    for (const auto& project : hidden) {
        auto* row = content.AddSectionDictionary("HIDDEN_PROJECT");
        row->SetValue("HREF", project_href(project.id));
        row->SetValue("TITLE", project.title);
        row->SetValue("ORGANISATION_HREF", organisation_href(project.organisation_id));
        row->SetValue("ORGANISATION_NAME", project.organisation_name);
        row->SetValue("REASON", project.hidden_reason);
        row->SetValue("AT", project.moderated_at ? auth::format_paris_time(project.moderated_at) : std::string("—"));
        row->SetValue("REPUBLISH_ACTION", "/admin/projets/" + std::to_string(project.id) + "/republier");
    }
    return page.render();
}

} // namespace

void register_project_moderation_routes(web::Registry& registry)
{
    registry.add_flash("projet-masque", {web::FlashLevel::Info, "Projet masqué",
        "Il n’apparaît plus dans l’annuaire ; les responsables de son organisation ont reçu la raison par e-mail."});
    registry.add_flash("projet-republie", {web::FlashLevel::Success, "Projet republié",
        "Il est de nouveau visible dans l’annuaire ; les responsables de son organisation en sont informés."});

    registry.get("/projets/{id}/historique", auth::signed_in(), history_page);

    registry.add_admin_tile({"Projets masqués", "/admin/projets",
        "Revoir les projets retirés de l’annuaire et les republier.", 12});
    registry.get("/admin/projets", auth::administrators(), hidden_list_page);

    registry.get("/admin/projets/{id}/masquer", auth::administrators(), [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        auto loaded = id ? load_project(context, *id) : std::nullopt;
        if (!loaded)
            return error_response(context, 404, "Ce projet n’existe pas.");
        if (loaded->project.status != OrganisationStatus::Publiee)
            return error_response(context, 409, "Ce projet n’est pas publié : il ne peut pas être masqué.");
        return hide_form(context, *loaded, "", nullptr);
    });

    registry.post("/admin/projets/{id}/masquer", auth::administrators(), [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        if (!id)
            return error_response(context, 404, "Ce projet n’existe pas.");
        auto reason = context.form().get("hidden_reason");
        auto result = hide_project(context.services, context.db(), context.identity, *id, reason, auth::request_info(context));
        if (!result) {
            auto loaded = load_project(context, *id);
            if (result.error().kind != core::ErrorKind::Invalid || !loaded)
                return error_response(context, core::http_status_of(result.error().kind), result.error().message);
            return hide_form(context, *loaded, reason, &result.error());
        }
        context.flash("projet-masque");
        return http::Response::redirect(project_href(*id));
    });

    registry.post("/admin/projets/{id}/republier", auth::administrators(), [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        if (!id)
            return error_response(context, 404, "Ce projet n’existe pas.");
        auto result = republish_project(context.services, context.db(), context.identity, *id, auth::request_info(context));
        if (!result)
            return error_response(context, core::http_status_of(result.error().kind), result.error().message);
        context.flash("projet-republie");
        return http::Response::redirect(context.form().get("retour") == "liste" ? std::string("/admin/projets") : project_href(*id));
    });
}

} // namespace essaim::directory
