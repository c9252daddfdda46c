#include "labelling/renew_label.hpp"

#include "auth/audit_helpers.hpp"
#include "core/calendar.hpp"
#include "core/clock.hpp"
#include "db/session.hpp"
#include "labelling/call_store.hpp"
#include "labelling/dossier_store.hpp"
#include "labelling/label_store.hpp"
#include "web/context.hpp"

#include <boost/json.hpp>

namespace essaim::labelling {

bool renewal_window_open(const Label& label, std::string_view today)
{
    if (label.withdrawn)
        return false;
    auto days_left = core::days_between(today, label.expires_on);
    return days_left <= renewal_opens_days_before && days_left >= -renewal_closes_days_after;
}

std::string answers_for_form(const FormDefinition& form, std::string_view answers_json)
{
    boost::system::error_code error;
    auto parsed = boost::json::parse(answers_json, error);
    if (error || !parsed.is_object())
        return "{}";
    boost::json::object kept;
    for (const auto& [key, value] : parsed.as_object()) {
        // Attachments are rows of the old dossier, not answers: they are not carried over.
        const auto* field = find_field(form, std::string_view(key.data(), key.size()));
        if (field && field->kind != FieldKind::File)
            kept[key] = value;
    }
    return boost::json::serialize(kept);
}

core::Result<long long> renew_label(web::Services& services, db::Session& session, const auth::Identity& identity,
    long long label_id, const auth::RequestInfo& request_info)
{
    db::Transaction transaction(session);
    auto label = find_label(session, label_id);
    if (!label)
        return core::Error::not_found("Ce label n’existe pas.");
    if (!is_organisation_member(session, label->organisation_id, identity.user_id))
        return core::Error::forbidden("Seuls les membres de l’organisation titulaire renouvellent ce label.");
    auto now = services.clock.now();
    auto today = core::iso_day(now);
    if (label->withdrawn)
        return core::Error::conflict("Ce label a été retiré : il ne peut pas être renouvelé. Déposez une nouvelle candidature.");
    if (!renewal_window_open(*label, today))
        return core::Error::conflict(core::days_between(today, label->expires_on) > renewal_opens_days_before
                ? "Le renouvellement ouvre 90 jours avant la fin de validité du label, le "
                    + core::french_date(core::add_days(label->expires_on, -renewal_opens_days_before)) + "."
                : "Ce label a expiré depuis plus d’un an : déposez une nouvelle candidature.");
    auto call = label->call_id == 0 ? std::nullopt : find_call(session, label->call_id);
    if (!call || !is_open_for_applications(*call, today))
        return core::Error::conflict("L’appel à candidatures de ce label n’est pas ouvert en ce moment : le "
                                     "renouvellement sera possible à sa réouverture.");
    if (auto open = open_renewal_dossier(session, label_id))
        return core::Error::conflict("Un dossier de renouvellement est déjà en cours (dossier n° " + std::to_string(open) + ").");
    auto form = current_form(session, call->id);
    if (!form)
        return core::Error::conflict("L’appel à candidatures de ce label n’a pas encore de formulaire.");

    Dossier dossier;
    dossier.call_id = call->id;
    dossier.form_id = form->id;
    dossier.organisation_id = label->organisation_id;
    dossier.territory_kind = label->territory_kind;
    dossier.territory_code = label->territory_code;
    dossier.region_code = label->region_code;
    dossier.state = DossierState::Brouillon;
    dossier.answers_json = label->dossier_id == 0
        ? std::string("{}")
        : answers_for_form(form->definition, dossier_answers_json(session, label->dossier_id));
    dossier.created_by = identity.user_id;
    dossier.created_at = now;
    dossier.updated_at = now;
    dossier.renewal_of_label_id = label_id;
    // As when any dossier starts: the version it is filled with becomes read-only.
    freeze_form(session, form->id);
    auto id = insert_dossier(session, dossier);
    auto entry = auth::audit_entry(request_info, identity.user_id, "labelling.label_renewal_started", "label",
        std::to_string(label_id));
    entry.after_json = auth::json_object({{"dossier_id", std::to_string(id)}});
    auth::record(session, now, entry);
    transaction.commit();
    return id;
}

} // namespace essaim::labelling
