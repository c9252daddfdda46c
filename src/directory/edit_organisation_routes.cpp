// Pages: /organisations/{id}/modifier, where owners, editors and administrators edit a profile.

#include "auth/route_support.hpp"
#include "directory/edit_organisation.hpp"
#include "directory/identity_change.hpp"
#include "directory/identity_change_store.hpp"
#include "directory/naf_catalogue.hpp"
#include "directory/merged_organisation.hpp"
#include "directory/organisation_form_page.hpp"
#include "directory/organisation_store.hpp"
#include "directory/permissions.hpp"
#include "directory/routes.hpp"
#include "web/context.hpp"
#include "web/path_parameters.hpp"
#include "web/registry.hpp"

#include <variant>

namespace essaim::directory {

namespace {

//! The form's settings for `organisation` as the identity sees it: the register's identifiers
//! locked, and on a published profile the moderation of identity said, with what waits.
FormPageSettings edit_settings(web::Context& context, const Organisation& organisation)
{
    auto href = organisation_href(organisation.id);
    FormPageSettings settings{"Modifier la fiche", href + "/modifier", "Enregistrer les modifications", href,
        organisation.profile.name, href};
    settings.locked_inputs = register_locked_inputs(organisation);
    settings.identity_moderated
        = identity_change_needs_decision(organisation.status, context.identity.has(auth::Role::Administrateur));
    if (auto pending = pending_identity_change_of(context.db(), organisation.id)) {
        for (const auto& change : pending->changes)
            settings.pending_identity.push_back(describe_change(change));
    }
    return settings;
}

//! The organisation, when the identity may edit it; otherwise the error page to answer with.
std::variant<Organisation, http::Response> editable_organisation(web::Context& context)
{
    auto id = web::positive_id_parameter(context);
    auto organisation = id ? find_organisation(context.db(), *id) : std::nullopt;
    if (organisation) {
        if (auto obstacle = merged_obstacle(context.db(), *id))
            return error_response(context, 409, obstacle->message);
    }
    auto membership = organisation ? membership_of(context, *id) : std::nullopt;
    if (!organisation || !may_view_organisation(context.identity, organisation->status, membership))
        return error_response(context, 404, "Cette organisation n’existe pas ou sa fiche n’est pas encore publiée.");
    if (!auth::may_edit_organisation(context.identity, membership))
        return error_response(context, 403, "Seuls les membres de cette organisation et les administrateurs peuvent la modifier.");
    return std::move(*organisation);
}

} // namespace

void register_edit_organisation_routes(web::Registry& registry, std::shared_ptr<NafCatalogue> naf)
{
    registry.get("/organisations/{id}/modifier", auth::signed_in(), [naf](web::Context& context) {
        auto found = editable_organisation(context);
        if (auto* response = std::get_if<http::Response>(&found))
            return std::move(*response);
        const auto& organisation = std::get<Organisation>(found);
        return organisation_form_page(context, *naf, edit_settings(context, organisation),
            input_from_profile(organisation.profile), nullptr);
    });

    registry.post("/organisations/{id}/modifier", auth::signed_in(), [naf](web::Context& context) {
        auto found = editable_organisation(context);
        if (auto* response = std::get_if<http::Response>(&found))
            return std::move(*response);
        const auto& organisation = std::get<Organisation>(found);
        auto input = input_from_form(context.form());
        auto result = edit_organisation(context.services, context.db(), *naf, context.identity, organisation.id, input,
            auth::request_info(context));
        if (!result) {
            if (result.error().kind != core::ErrorKind::Invalid)
                return error_response(context, core::http_status_of(result.error().kind), result.error().message);
            return organisation_form_page(context, *naf, edit_settings(context, organisation), input,
                &result.error());
        }
        if (result->identity_held)
            context.flash("organisation-identite-en-attente");
        else if (result->resubmitted)
            context.flash("organisation-resoumise");
        else
            context.flash(result->changed_fields == 0 ? "organisation-inchangee" : "organisation-modifiee");
        return http::Response::redirect(organisation_href(organisation.id));
    });
}

} // namespace essaim::directory
