// Pages for administrators: /admin/organisations (profiles awaiting moderation), publishing one,
// and refusing one with a reason.

#include "auth/route_support.hpp"
#include "auth/time_format.hpp"
#include "core/text.hpp"
#include "directory/merged_organisation.hpp"
#include "directory/organisation_store.hpp"
#include "directory/publish_organisation.hpp"
#include "directory/refuse_organisation.hpp"
#include "directory/routes.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/path_parameters.hpp"
#include "web/registry.hpp"

namespace essaim::directory {

namespace {

constexpr int queue_length = 100;

std::string moderation_href(long long id, const char* action)
{
    return "/admin/organisations/" + std::to_string(id) + "/" + action;
}

http::Response queue_page(web::Context& context)
{
    auto pending = list_pending(context.db(), queue_length);
    auto total = count_pending(context.db());
    web::Page page(context, "Organisations à modérer", "directory/moderation_queue.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Administration", "/admin");
    page.add_breadcrumb("Organisations à modérer", "");
    auto& content = page.content();
    content.SetValue("TOTAL", core::count_of(total, "fiche en attente", "fiches en attente"));
    content.ShowSection(pending.empty() ? "EMPTY_QUEUE" : "HAS_PENDING");
    if (total > static_cast<long long>(pending.size()))
        content.SetValueAndShowSection("SHOWN", std::to_string(pending.size()), "PARTIAL");
    for (const auto& organisation : pending) {
        auto* row = content.AddSectionDictionary("PENDING");
        row->SetValue("HREF", organisation_href(organisation.id));
        row->SetValue("NAME", organisation.name);
        row->SetValue("SIREN", organisation.siren.empty() ? "—" : organisation.siren);
        row->SetValue("COMMUNE", organisation.commune_name.empty() ? organisation.commune_code
                                                                   : organisation.commune_name + " (" + organisation.commune_code + ")");
        row->SetValue("CREATED_AT", auth::format_paris_time(organisation.created_at));
        row->SetValue("CREATOR", organisation.creator_email.empty() ? "—" : organisation.creator_email);
        row->SetValue("PUBLISH_ACTION", moderation_href(organisation.id, "publier"));
        row->SetValue("REFUSE_HREF", moderation_href(organisation.id, "refuser"));
    }
    return page.render();
}

http::Response refusal_form(web::Context& context, long long id, const std::string& name, const std::string& reason,
    const core::Error* error)
{
    web::Page page(context, "Refuser une fiche", "directory/refuse.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Organisations à modérer", "/admin/organisations");
    page.add_breadcrumb("Refuser une fiche", "");
    auto& content = page.content();
    content.SetValue("NAME", name);
    content.SetValue("ORGANISATION_HREF", organisation_href(id));
    content.SetValue("FORM_ACTION", moderation_href(id, "refuser"));
    content.SetValue("REFUSAL_REASON", reason);
    if (error)
        page.set_errors(*error);
    return page.render(error ? core::http_status_of(error->kind) : 200);
}

} // namespace

void register_moderation_routes(web::Registry& registry)
{
    registry.add_admin_tile({"Organisations à modérer", "/admin/organisations",
        "Publier ou refuser les organisations inscrites par les membres.", 10});
    registry.get("/admin/organisations", auth::administrators(), queue_page);

    registry.post("/admin/organisations/{id}/publier", auth::administrators(), [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        if (!id)
            return error_response(context, 404, "Cette organisation n’existe pas.");
        auto result = publish_organisation(context.services, context.db(), context.identity, *id, auth::request_info(context));
        if (!result)
            return error_response(context, core::http_status_of(result.error().kind), result.error().message);
        context.flash("organisation-publiee");
        return http::Response::redirect("/admin/organisations");
    });

    registry.get("/admin/organisations/{id}/refuser", auth::administrators(), [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        auto organisation = id ? find_organisation(context.db(), *id) : std::nullopt;
        if (!organisation)
            return error_response(context, 404, "Cette organisation n’existe pas.");
        if (auto obstacle = merged_obstacle(context.db(), *id))
            return error_response(context, 409, obstacle->message);
        if (organisation->status != OrganisationStatus::EnAttente)
            return error_response(context, 409, "Cette fiche n’est pas en attente de validation.");
        return refusal_form(context, *id, organisation->profile.name, "", nullptr);
    });

    registry.post("/admin/organisations/{id}/refuser", auth::administrators(), [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        if (!id)
            return error_response(context, 404, "Cette organisation n’existe pas.");
        auto reason = context.form().get("refusal_reason");
        auto result = refuse_organisation(context.services, context.db(), context.identity, *id, reason, auth::request_info(context));
        if (!result) {
            if (result.error().kind != core::ErrorKind::Invalid)
                return error_response(context, core::http_status_of(result.error().kind), result.error().message);
            auto organisation = find_organisation(context.db(), *id);
            return refusal_form(context, *id, organisation ? organisation->profile.name : "", reason, &result.error());
        }
        context.flash("organisation-refusee");
        return http::Response::redirect("/admin/organisations");
    });
}

} // namespace essaim::directory
