#include "directory/decide_identity_change.hpp"

#include "auth/audit_helpers.hpp"
#include "core/clock.hpp"
#include "db/session.hpp"
#include "directory/claim_store.hpp"
#include "directory/free_text.hpp"
#include "directory/identity_change.hpp"
#include "directory/identity_change_store.hpp"
#include "directory/merged_organisation.hpp"
#include "directory/organisation_mail.hpp"
#include "directory/organisation_store.hpp"
#include "directory/permissions.hpp"
#include "web/context.hpp"

namespace essaim::directory {

namespace {

std::string text_of(const boost::json::value& value)
{
    return value.is_string() ? std::string(value.as_string()) : std::string();
}

//! The pending request, or the error that stops a decision.
core::Result<IdentityChange> pending_change(db::Session& session, const auth::Identity& identity, long long change_id)
{
    if (!may_moderate(identity))
        return core::Error::forbidden("Seuls les administrateurs décident des changements d’identité.");
    auto change = find_identity_change(session, change_id);
    if (!change)
        return core::Error::not_found("Cette demande n’existe pas.");
    if (change->status != "en_attente")
        return core::Error::conflict("Cette demande a déjà été traitée.");
    return *change;
}

std::string changes_text(const std::vector<FieldChange>& changes)
{
    std::string text;
    for (const auto& change : changes)
        text += "- " + describe_change(change) + "\n";
    return text;
}

} // namespace

core::Result<core::Done> accept_identity_change(web::Services& services, db::Session& session,
    const auth::Identity& identity, long long change_id, const auth::RequestInfo& request)
{
    auto now = services.clock.now();
    db::Transaction transaction(session);
    auto change = pending_change(session, identity, change_id);
    if (!change)
        return change.error();
    lock_organisation(session, change->organisation_id);
    if (auto obstacle = merged_obstacle(session, change->organisation_id))
        return *obstacle;
    auto organisation = find_organisation(session, change->organisation_id);
    if (!organisation)
        return core::Error::not_found("Cette organisation n’existe plus.");

    auto profile = organisation->profile;
    for (const auto& field : change->changes) {
        auto member = profile_member(field.field);
        if (member == nullptr || !is_identity_field(field.field))
            continue;
        // Decided on what the administrator read: a value changed since (by an import, say) asks for a new look.
        if (profile.*member != text_of(field.before))
            return core::Error::conflict("La fiche a changé depuis la demande (" + std::string(field_label(field.field))
                + ") : refusez-la, le membre pourra en faire une nouvelle.");
        profile.*member = text_of(field.after);
    }
    if (!profile.siren.empty() && organisation_with_siren(session, profile.siren, organisation->id))
        return core::Error::conflict("Une autre organisation porte désormais ce SIREN : la demande ne peut être acceptée.");
    if (!profile.rna.empty() && organisation_with_rna(session, profile.rna, organisation->id))
        return core::Error::conflict("Une autre organisation porte désormais ce numéro RNA : la demande ne peut être acceptée.");

    auto changes = diff_profiles(organisation->profile, profile);
    mark_edited(organisation->member_edited_fields, changes);
    organisation->profile = profile;
    organisation->updated_at = now;
    update_organisation(session, *organisation);
    insert_revision(session, organisation->id, now, identity.user_id, changes_json(changes));
    record_identity_decision(session, change_id, "acceptee", "", now, identity.user_id);
    auto entry = auth::audit_entry(request, identity.user_id, "directory.identity_change_accepted", "organisation",
        std::to_string(organisation->id));
    entry.before_json = before_json(changes);
    entry.after_json = after_json(changes);
    auth::record(session, now, entry);
    if (change->requested_by != 0)
        mail::enqueue(session, services.clock,
            identity_change_accepted_mail(services.config, claimant_email(session, change->requested_by), profile.name,
                organisation->id, changes_text(changes)));
    transaction.commit();
    return core::Done{};
}

core::Result<core::Done> refuse_identity_change(web::Services& services, db::Session& session,
    const auth::Identity& identity, long long change_id, std::string& reason, const auth::RequestInfo& request)
{
    auto problem = free_text_problem(reason, max_identity_refusal_length, "La raison",
        "Expliquez la raison du refus : elle est envoyée au membre qui a fait la demande.");
    auto now = services.clock.now();
    db::Transaction transaction(session);
    auto change = pending_change(session, identity, change_id);
    if (!change)
        return change.error();
    if (problem)
        return core::Error::invalid({{"refusal_reason", *problem}});
    auto organisation = find_organisation(session, change->organisation_id);
    record_identity_decision(session, change_id, "refusee", reason, now, identity.user_id);
    auto entry = auth::audit_entry(request, identity.user_id, "directory.identity_change_refused", "organisation",
        std::to_string(change->organisation_id));
    entry.after_json = auth::json_object({{"identity_change", std::to_string(change_id)}, {"refusal_reason", reason}});
    auth::record(session, now, entry);
    if (change->requested_by != 0 && organisation)
        mail::enqueue(session, services.clock,
            identity_change_refused_mail(services.config, claimant_email(session, change->requested_by),
                organisation->profile.name, organisation->id, changes_text(change->changes), reason));
    transaction.commit();
    return core::Done{};
}

} // namespace essaim::directory
