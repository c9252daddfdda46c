// Pages for administrators: /admin/identites (changes of name or identifier that members asked on
// published organisations), accepting one, and refusing one with a reason.

#include "auth/route_support.hpp"
#include "auth/time_format.hpp"
#include "directory/decide_identity_change.hpp"
#include "directory/identity_change.hpp"
#include "directory/identity_change_store.hpp"
#include "directory/organisation_store.hpp"
#include "directory/routes.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/path_parameters.hpp"
#include "web/registry.hpp"

namespace essaim::directory {

namespace {

constexpr int queue_length = 100;
const char* queue_path = "/admin/identites";

std::string change_href(long long id, const char* action)
{
    return std::string(queue_path) + "/" + std::to_string(id) + "/" + action;
}

http::Response queue_page(web::Context& context)
{
    auto changes = list_pending_identity_changes(context.db(), queue_length);
    web::Page page(context, "Changements d’identité", "directory/identity_changes_queue.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Administration", "/admin");
    page.add_breadcrumb("Changements d’identité", "");
    auto& content = page.content();
    content.ShowSection(changes.empty() ? "EMPTY_QUEUE" : "HAS_CHANGES");
    for (const auto& pending : changes) {
        auto* row = content.AddSectionDictionary("CHANGE");
        row->SetValue("HREF", organisation_href(pending.change.organisation_id));
        row->SetValue("ORGANISATION_NAME", pending.organisation_name);
        for (const auto& field : pending.change.changes)
            row->AddSectionDictionary("FIELD")->SetValue("DESCRIPTION", describe_change(field));
        row->SetValue("REQUESTER", pending.requester.empty() ? "Compte supprimé" : pending.requester);
        row->SetValue("REQUESTED_AT", auth::format_paris_time(pending.change.requested_at));
        row->SetValue("ACCEPT_ACTION", change_href(pending.change.id, "accepter"));
        row->SetValue("REFUSE_HREF", change_href(pending.change.id, "refuser"));
    }
    return page.render();
}

http::Response refusal_form(web::Context& context, long long id, const std::string& reason, const core::Error* error)
{
    web::Page page(context, "Refuser un changement d’identité", "directory/refuse_request.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Changements d’identité", queue_path);
    page.add_breadcrumb("Refuser un changement", "");
    auto& content = page.content();
    content.SetValue("HEADING", "Refuser un changement d’identité");
    content.SetValue("INTRO", "La raison sera envoyée par e-mail au membre qui a demandé le changement ; la fiche garde "
                              "ses valeurs actuelles.");
    content.SetValue("SUBMIT_LABEL", "Refuser le changement");
    content.SetValue("FORM_ACTION", change_href(id, "refuser"));
    content.SetValue("QUEUE_HREF", queue_path);
    content.SetValue("REFUSAL_REASON", reason);
    if (error)
        page.set_errors(*error);
    return page.render(error ? core::http_status_of(error->kind) : 200);
}

} // namespace

void register_identity_change_routes(web::Registry& registry)
{
    registry.add_admin_tile({"Changements d’identité", queue_path,
        "Accepter ou refuser les changements de nom ou d’identifiant demandés sur des fiches publiées.", 13});
    registry.get(queue_path, auth::administrators(), queue_page);

    registry.post(std::string(queue_path) + "/{id}/accepter", auth::administrators(), [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        if (!id)
            return error_response(context, 404, "Cette demande n’existe pas.");
        auto result = accept_identity_change(context.services, context.db(), context.identity, *id, auth::request_info(context));
        if (!result)
            return error_response(context, core::http_status_of(result.error().kind), result.error().message);
        context.flash("identite-acceptee");
        return http::Response::redirect(queue_path);
    });

    registry.get(std::string(queue_path) + "/{id}/refuser", auth::administrators(), [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        auto change = id ? find_identity_change(context.db(), *id) : std::nullopt;
        if (!change)
            return error_response(context, 404, "Cette demande n’existe pas.");
        if (change->status != "en_attente")
            return error_response(context, 409, "Cette demande a déjà été traitée.");
        return refusal_form(context, *id, "", nullptr);
    });

    registry.post(std::string(queue_path) + "/{id}/refuser", auth::administrators(), [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        if (!id)
            return error_response(context, 404, "Cette demande n’existe pas.");
        auto reason = context.form().get("refusal_reason");
        auto result = refuse_identity_change(
            context.services, context.db(), context.identity, *id, reason, auth::request_info(context));
        if (!result) {
            if (result.error().kind != core::ErrorKind::Invalid)
                return error_response(context, core::http_status_of(result.error().kind), result.error().message);
            return refusal_form(context, *id, reason, &result.error());
        }
        context.flash("identite-refusee");
        return http::Response::redirect(queue_path);
    });
}

} // namespace essaim::directory
