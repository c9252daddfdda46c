// Pages: /organisations/{id}/revendiquer, where a member asks to manage an organisation that has
// no owner on the platform.

#include "auth/route_support.hpp"
#include "directory/claim.hpp"
#include "directory/claim_organisation.hpp"
#include "directory/organisation_store.hpp"
#include "directory/routes.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/path_parameters.hpp"
#include "web/registry.hpp"

namespace essaim::directory {

namespace {

http::Response claim_form(web::Context& context, long long id, const std::string& message, const core::Error* error)
{
    auto organisation = find_organisation(context.db(), id);
    const std::string name = organisation ? organisation->profile.name : "";
    web::Page page(context, "Demander à gérer une fiche", "directory/claim.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb(name, organisation_href(id));
    page.add_breadcrumb("Demander à gérer la fiche", "");
    auto& content = page.content();
    content.SetValue("NAME", name);
    content.SetValue("FORM_ACTION", organisation_href(id) + "/revendiquer");
    content.SetValue("ORGANISATION_HREF", organisation_href(id));
    content.SetValue("MESSAGE", message);
    content.SetValue("EMAIL", context.identity.email);
    content.ShowSection(organisation && organisation->source != OrganisationSource::Membre ? "FROM_REGISTERS" : "NO_MANAGER");
    if (organisation && !organisation->profile.website.empty())
        content.SetValueAndShowSection("WEBSITE", organisation->profile.website, "HAS_WEBSITE");
    if (error)
        page.set_errors(*error);
    return page.render(error ? core::http_status_of(error->kind) : 200);
}

} // namespace

void register_claim_routes(web::Registry& registry)
{
    registry.get("/organisations/{id}/revendiquer", auth::signed_in(), [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        if (!id)
            return error_response(context, 404, "Cette organisation n’existe pas.");
        if (auto obstacle = claim_obstacle(context.db(), context.identity, *id))
            return error_response(context, core::http_status_of(obstacle->kind), obstacle->message);
        return claim_form(context, *id, "", nullptr);
    });

    registry.post("/organisations/{id}/revendiquer", auth::signed_in(), [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        if (!id)
            return error_response(context, 404, "Cette organisation n’existe pas.");
        auto message = context.form().get("message");
        auto result = claim_organisation(context.services, context.db(), context.identity, *id, message,
            auth::request_info(context));
        if (!result) {
            if (result.error().kind != core::ErrorKind::Invalid)
                return error_response(context, core::http_status_of(result.error().kind), result.error().message);
            return claim_form(context, *id, message, &result.error());
        }
        context.flash(result->accepted ? "revendication-acceptee" : "revendication-envoyee");
        return http::Response::redirect(organisation_href(*id));
    });
}

} // namespace essaim::directory
