// Pages: /organisations/nouvelle, where a member creates an organisation.

#include "auth/route_support.hpp"
#include "directory/create_organisation.hpp"
#include "directory/naf_catalogue.hpp"
#include "directory/organisation_form_page.hpp"
#include "directory/register_lookup.hpp"
#include "directory/routes.hpp"
#include "web/context.hpp"
#include "web/registry.hpp"

namespace essaim::directory {

namespace {

FormPageSettings creation_settings()
{
    return FormPageSettings{"Inscrire une organisation", "/organisations/nouvelle", "Envoyer pour validation", "/compte", "", ""};
}

} // namespace

void register_new_organisation_routes(web::Registry& registry, std::shared_ptr<NafCatalogue> naf)
{
    // ?identifiant=: the SIRET or SIREN the person looked up first, so that an organisation the
    // registers already brought is claimed rather than created twice.
    registry.get("/organisations/nouvelle", auth::signed_in(), [naf](web::Context& context) {
        auto settings = creation_settings();
        OrganisationInput input;
        if (auto typed = context.request.query_parameter("identifiant"); typed && !typed->empty()) {
            settings.lookup = look_up_identifier(context.db(), *typed);
            if (settings.lookup->error.empty() && !settings.lookup->found && !settings.lookup->held_unpublished) {
                input.profile.siren = settings.lookup->siren;
                input.siret = settings.lookup->siret;
            }
        }
        return organisation_form_page(context, *naf, settings, input, nullptr);
    });

    registry.post("/organisations/nouvelle", auth::signed_in(), [naf](web::Context& context) {
        auto input = input_from_form(context.form());
        auto result = create_organisation(context.services, context.db(), *naf, context.identity, input,
            auth::request_info(context));
        if (!result) {
            if (result.error().kind != core::ErrorKind::Invalid)
                return error_response(context, core::http_status_of(result.error().kind), result.error().message);
            return organisation_form_page(context, *naf, creation_settings(), input, &result.error());
        }
        context.flash("organisation-creee");
        return http::Response::redirect(organisation_href(result.value()));
    });
}

} // namespace essaim::directory
