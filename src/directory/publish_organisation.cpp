#include "directory/publish_organisation.hpp"

#include "auth/audit_helpers.hpp"
#include "core/clock.hpp"
#include "db/session.hpp"
#include "directory/changes.hpp"
#include "directory/merged_organisation.hpp"
#include "directory/organisation_mail.hpp"
#include "directory/organisation_store.hpp"
#include "directory/permissions.hpp"
#include "web/context.hpp"

namespace essaim::directory {

core::Result<core::Done> publish_organisation(web::Services& services, db::Session& session,
    const auth::Identity& identity, long long organisation_id, const auth::RequestInfo& request)
{
    if (!may_moderate(identity))
        return core::Error::forbidden("Seuls les administrateurs publient les fiches des organisations.");
    auto now = services.clock.now();
    db::Transaction transaction(session);
    lock_organisation(session, organisation_id);
    auto organisation = find_organisation(session, organisation_id);
    if (!organisation)
        return core::Error::not_found("Cette organisation n’existe pas.");
    if (auto obstacle = merged_obstacle(session, organisation_id))
        return *obstacle;
    if (!is_allowed_transition(organisation->status, OrganisationStatus::Publiee))
        return core::Error::conflict("Cette fiche n’est pas en attente de validation : elle est « "
            + std::string(status_label(organisation->status)) + " ».");

    record_moderation(session, organisation_id, OrganisationStatus::Publiee, "", now, identity.user_id);
    std::vector<FieldChange> changes{status_change(organisation->status, OrganisationStatus::Publiee)};
    insert_revision(session, organisation_id, now, identity.user_id, changes_json(changes));
    auto entry = auth::audit_entry(request, identity.user_id, "directory.organisation_published", "organisation",
        std::to_string(organisation_id));
    entry.before_json = before_json(changes);
    entry.after_json = after_json(changes);
    auth::record(session, now, entry);
    for (const auto& email : owner_emails(session, organisation_id))
        mail::enqueue(session, services.clock, published_mail(services.config, email, organisation->profile.name, organisation_id));
    transaction.commit();
    return core::Done{};
}

} // namespace essaim::directory
