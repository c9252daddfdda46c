#include "directory/edit_organisation.hpp"

#include "auth/audit_helpers.hpp"
#include "core/calendar.hpp"
#include "core/clock.hpp"
#include "db/session.hpp"
#include "directory/changes.hpp"
#include "directory/identity_change.hpp"
#include "directory/identity_change_store.hpp"
#include "directory/merged_organisation.hpp"
#include "directory/organisation_store.hpp"
#include "directory/permissions.hpp"
#include "directory/profile_checks.hpp"
#include "web/context.hpp"

namespace essaim::directory {

core::Result<EditOutcome> edit_organisation(web::Services& services, db::Session& session, NafCatalogue& naf,
    const auth::Identity& identity, long long organisation_id, OrganisationInput& input, const auth::RequestInfo& request)
{
    auto now = services.clock.now();

    // Read and written under one write lock, so two concurrent edits each record what they replaced.
    db::Transaction transaction(session);
    lock_organisation(session, organisation_id);
    auto organisation = find_organisation(session, organisation_id);
    // Said before visibility: the merge is public (the absorbed page redirects to the kept one).
    if (organisation) {
        if (auto obstacle = merged_obstacle(session, organisation_id))
            return *obstacle;
    }
    std::optional<auth::MembershipRole> membership;
    if (organisation && identity.signed_in())
        membership = auth::load_membership_role(session, identity.user_id, organisation_id);
    if (!organisation || !may_view_organisation(identity, organisation->status, membership))
        return core::Error::not_found("Cette organisation n’existe pas.");
    if (!auth::may_edit_organisation(identity, membership))
        return core::Error::forbidden("Seuls les membres de cette organisation et les administrateurs peuvent la modifier.");
    auto errors = validate_organisation(input, core::iso_day(now), organisation->profile);
    check_references(session, naf, services.config, input.profile, organisation_id, errors);
    check_register_identifiers(*organisation, input.profile, errors);
    if (!errors.empty())
        return core::Error::invalid(std::move(errors));

    EditOutcome outcome;
    auto changes = diff_profiles(organisation->profile, input.profile);
    auto saved = input.profile;
    if (identity_change_needs_decision(organisation->status, identity.has(auth::Role::Administrateur))) {
        auto split = split_identity_changes(changes);
        if (!split.identity.empty()) {
            save_pending_identity_change(session, organisation_id, identity.user_id, now, split.identity);
            auto entry = auth::audit_entry(request, identity.user_id, "directory.identity_change_requested",
                "organisation", std::to_string(organisation_id));
            entry.before_json = before_json(split.identity);
            entry.after_json = after_json(split.identity);
            auth::record(session, now, entry);
            outcome.identity_held = true;
        }
        changes = std::move(split.others);
        saved = with_identity_of(input.profile, organisation->profile);
    }
    if (changes.empty()) {
        transaction.commit();
        return outcome;
    }
    mark_edited(organisation->member_edited_fields, changes);
    organisation->profile = saved;
    organisation->updated_at = now;
    outcome.changed_fields = changes.size();
    if (organisation->status == OrganisationStatus::Refusee && !identity.has(auth::Role::Administrateur)
        && is_allowed_transition(OrganisationStatus::Refusee, OrganisationStatus::EnAttente)) {
        changes.push_back(status_change(organisation->status, OrganisationStatus::EnAttente));
        organisation->status = OrganisationStatus::EnAttente;
        organisation->refusal_reason.clear();
        outcome.resubmitted = true;
    }
    update_organisation(session, *organisation);
    insert_revision(session, organisation_id, now, identity.user_id, changes_json(changes));
    auto entry = auth::audit_entry(request, identity.user_id, "directory.organisation_updated", "organisation",
        std::to_string(organisation_id));
    entry.before_json = before_json(changes);
    entry.after_json = after_json(changes);
    auth::record(session, now, entry);
    transaction.commit();
    return outcome;
}

} // namespace essaim::directory
