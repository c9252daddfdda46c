// Pages for administrators: /admin/revendications (claims awaiting a decision), accepting one, and
// refusing one with a reason.

#include "auth/route_support.hpp"
#include "auth/time_format.hpp"
#include "directory/claim.hpp"
#include "directory/claim_store.hpp"
#include "directory/decide_claim.hpp"
#include "directory/organisation_store.hpp"
#include "directory/routes.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/path_parameters.hpp"
#include "web/registry.hpp"

namespace essaim::directory {

namespace {

constexpr int queue_length = 100;

std::string claim_href(long long id, const char* action)
{
    return "/admin/revendications/" + std::to_string(id) + "/" + action;
}

http::Response claims_page(web::Context& context)
{
    auto claims = list_pending_claims(context.db(), queue_length);
    web::Page page(context, "Demandes de gestion", "directory/claims_queue.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Administration", "/admin");
    page.add_breadcrumb("Demandes de gestion", "");
    auto& content = page.content();
    content.ShowSection(claims.empty() ? "EMPTY_QUEUE" : "HAS_CLAIMS");
    for (const auto& claim : claims) {
        auto* row = content.AddSectionDictionary("CLAIM");
        row->SetValue("HREF", organisation_href(claim.organisation_id));
        row->SetValue("ORGANISATION_NAME", claim.organisation_name);
        row->SetValue("WEBSITE", claim.website.empty() ? "—" : claim.website);
        row->SetValue("CLAIMANT", claim.claimant_name + " (" + claim.claimant_email + ")");
        row->SetValue("MESSAGE", claim.message);
        row->SetValue("CREATED_AT", auth::format_paris_time(claim.created_at));
        row->SetValue("ACCEPT_ACTION", claim_href(claim.id, "accepter"));
        row->SetValue("REFUSE_HREF", claim_href(claim.id, "refuser"));
    }
    return page.render();
}

http::Response refusal_form(web::Context& context, long long id, const std::string& reason, const core::Error* error)
{
    web::Page page(context, "Refuser une demande de gestion", "directory/refuse_request.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Demandes de gestion", "/admin/revendications");
    page.add_breadcrumb("Refuser une demande", "");
    auto& content = page.content();
    content.SetValue("HEADING", "Refuser une demande de gestion");
    content.SetValue("INTRO", "La raison sera envoyée par e-mail au membre qui a fait la demande.");
    content.SetValue("SUBMIT_LABEL", "Refuser la demande");
    content.SetValue("QUEUE_HREF", "/admin/revendications");
    content.SetValue("FORM_ACTION", claim_href(id, "refuser"));
    content.SetValue("REFUSAL_REASON", reason);
    if (error)
        page.set_errors(*error);
    return page.render(error ? core::http_status_of(error->kind) : 200);
}

} // namespace

void register_claim_moderation_routes(web::Registry& registry)
{
    registry.add_admin_tile({"Revendications", "/admin/revendications",
        "Accepter ou refuser les membres qui revendiquent une organisation.", 11});
    registry.get("/admin/revendications", auth::administrators(), claims_page);

    registry.post("/admin/revendications/{id}/accepter", auth::administrators(), [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        if (!id)
            return error_response(context, 404, "Cette demande n’existe pas.");
        auto result = accept_claim(context.services, context.db(), context.identity, *id, auth::request_info(context));
        if (!result)
            return error_response(context, core::http_status_of(result.error().kind), result.error().message);
        context.flash("revendication-validee");
        return http::Response::redirect("/admin/revendications");
    });

    registry.get("/admin/revendications/{id}/refuser", auth::administrators(), [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        auto claim = id ? find_claim(context.db(), *id) : std::nullopt;
        if (!claim)
            return error_response(context, 404, "Cette demande n’existe pas.");
        if (claim->status != ClaimStatus::EnAttente)
            return error_response(context, 409, "Cette demande a déjà été traitée.");
        return refusal_form(context, *id, "", nullptr);
    });

    registry.post("/admin/revendications/{id}/refuser", auth::administrators(), [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        if (!id)
            return error_response(context, 404, "Cette demande n’existe pas.");
        auto reason = context.form().get("refusal_reason");
        auto result = refuse_claim(context.services, context.db(), context.identity, *id, reason, auth::request_info(context));
        if (!result) {
            if (result.error().kind != core::ErrorKind::Invalid)
                return error_response(context, core::http_status_of(result.error().kind), result.error().message);
            return refusal_form(context, *id, reason, &result.error());
        }
        context.flash("revendication-refusee");
        return http::Response::redirect("/admin/revendications");
    });
}

} // namespace essaim::directory
