#include "directory/create_organisation.hpp"

#include "auth/audit_helpers.hpp"
#include "core/calendar.hpp"
#include "core/clock.hpp"
#include "db/session.hpp"
#include "directory/changes.hpp"
#include "directory/organisation_store.hpp"
#include "directory/profile_checks.hpp"
#include "web/context.hpp"

namespace essaim::directory {

core::Result<long long> create_organisation(web::Services& services, db::Session& session, NafCatalogue& naf,
    const auth::Identity& identity, OrganisationInput& input, const auth::RequestInfo& request)
{
    if (!identity.signed_in())
        return core::Error::forbidden("Connectez-vous pour inscrire une organisation.");
    auto now = services.clock.now();
    auto errors = validate_organisation(input, core::iso_day(now));

    // The write lock is taken before the uniqueness checks, so that they still hold at the insert.
    db::Transaction transaction(session);
    check_references(session, naf, services.config, input.profile, 0, errors);
    if (!errors.empty())
        return core::Error::invalid(std::move(errors));

    Organisation organisation;
    organisation.profile = input.profile;
    organisation.status = OrganisationStatus::EnAttente;
    organisation.source = OrganisationSource::Membre;
    organisation.created_at = now;
    organisation.updated_at = now;
    organisation.created_by = identity.user_id;
    auto changes = diff_profiles(OrganisationProfile{}, organisation.profile);
    // Everything the member typed is theirs: a later register import leaves it alone.
    mark_edited(organisation.member_edited_fields, changes);

    auto id = insert_organisation(session, organisation);
    if (!id) {
        // Only a concurrent creation with the same identifier gets here: the checks above passed.
        core::FieldErrors taken;
        taken[organisation.profile.siren.empty() ? "rna" : "siren"] = "Cet identifiant vient d’être enregistré pour une autre organisation.";
        return core::Error::invalid(std::move(taken));
    }
    add_owner(session, *id, identity.user_id);
    insert_revision(session, *id, now, identity.user_id, changes_json(changes));
    auto entry = auth::audit_entry(request, identity.user_id, "directory.organisation_created", "organisation", std::to_string(*id));
    entry.after_json = after_json(changes);
    auth::record(session, now, entry);
    transaction.commit();
    return *id;
}

} // namespace essaim::directory
