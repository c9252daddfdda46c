#include "labelling/start_dossier.hpp"

#include "auth/audit_helpers.hpp"
#include "core/calendar.hpp"
#include "core/clock.hpp"
#include "db/session.hpp"
#include "labelling/call.hpp"
#include "labelling/call_store.hpp"
#include "labelling/dossier_store.hpp"
#include "web/context.hpp"

#include <algorithm>
#include <ctime>

namespace essaim::labelling {

core::Result<StartOutcome> start_dossier(web::Services& services, db::Session& session, const auth::Identity& identity,
    const StartRequest& request, const auth::RequestInfo& request_info)
{
    auto call = find_call(session, request.call_id);
    if (!call || call->state == CallState::Brouillon)
        return core::Error::not_found("Cet appel n’existe pas.");
    auto now = services.clock.now();
    if (!is_open_for_applications(*call, core::iso_day(now)))
        return core::Error::conflict("Cet appel ne reçoit pas de candidatures en ce moment.");

    core::FieldErrors errors;
    auto organisations = member_organisations(session, identity.user_id);
    auto organisation = std::find_if(organisations.begin(), organisations.end(),
        [&](const MemberOrganisation& candidate) { return candidate.id == request.organisation_id; });
    if (organisation == organisations.end())
        errors["organisation"] = "Choisissez l’une de vos organisations.";
    std::string region = organisation == organisations.end() ? std::string() : organisation->region_code;
    bool territory = call->category == LabelCategory::Territoire;
    if (territory) {
        bool known_kind = std::any_of(std::begin(territory_kinds), std::end(territory_kinds),
            [&](const auto& kind) { return request.territory_kind == kind.first; });
        if (!known_kind)
            errors["territoire_type"] = "Choisissez le type de territoire : région, département ou commune.";
        else if (request.territory_code.empty())
            errors["territoire_code"] = "Indiquez le code officiel (INSEE) du territoire.";
        else {
            region = territory_region(session, request.territory_kind, request.territory_code);
            if (region.empty())
                errors["territoire_code"] = "Ce code ne correspond à aucun territoire de ce type.";
        }
    }
    if (!errors.empty())
        return core::Error::invalid(errors);

    auto form = current_form(session, call->id);
    if (!form)
        return core::Error::conflict("Le formulaire de cet appel n’est pas encore prêt.");

    db::Transaction transaction(session);
    lock_organisation(session, request.organisation_id);
    if (auto existing = open_dossier_of(session, call->id, request.organisation_id))
        return StartOutcome{existing, true};
    freeze_form(session, form->id);
    Dossier dossier;
    dossier.call_id = call->id;
    dossier.form_id = form->id;
    dossier.organisation_id = request.organisation_id;
    if (territory) {
        dossier.territory_kind = request.territory_kind;
        dossier.territory_code = request.territory_code;
    }
    dossier.region_code = region;
    dossier.state = DossierState::Brouillon;
    dossier.answers_json = "{}";
    dossier.created_by = identity.user_id;
    dossier.created_at = now;
    dossier.updated_at = now;
    auto id = insert_dossier(session, dossier);
    auto entry = auth::audit_entry(request_info, identity.user_id, "labelling.dossier_started", "dossier", std::to_string(id));
    entry.after_json = auth::json_object({{"appel", std::to_string(call->id)},
        {"organisation", std::to_string(request.organisation_id)}, {"formulaire", std::to_string(form->id)}});
    auth::record(session, now, entry);
    transaction.commit();
    return StartOutcome{id, false};
}

} // namespace essaim::labelling
