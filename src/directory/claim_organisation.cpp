#include "directory/claim_organisation.hpp"

#include "auth/audit_helpers.hpp"
#include "auth/permissions.hpp"
#include "core/clock.hpp"
#include "db/session.hpp"
#include "directory/claim_store.hpp"
#include "directory/free_text.hpp"
#include "directory/merged_organisation.hpp"
#include "directory/organisation_store.hpp"
#include "web/context.hpp"

namespace essaim::directory {

std::optional<core::Error> claim_obstacle(db::Session& session, const auth::Identity& identity, long long organisation_id)
{
    if (!identity.signed_in())
        return core::Error::forbidden("Connectez-vous pour demander à gérer une organisation.");
    auto organisation = find_organisation(session, organisation_id);
    bool member = organisation && auth::load_membership_role(session, identity.user_id, organisation_id);
    if (member)
        return core::Error::conflict("Vous êtes déjà membre de cette organisation.");
    if (organisation) {
        if (auto obstacle = merged_obstacle(session, organisation_id))
            return *obstacle;
    }
    if (!organisation || organisation->status != OrganisationStatus::Publiee)
        return core::Error::not_found("Cette organisation n’existe pas ou sa fiche n’est pas encore publiée.");
    if (count_owners(session, organisation_id) > 0)
        return core::Error::conflict("Cette organisation a déjà un responsable sur Essaim : demandez-lui de vous ajouter à "
                                     "son équipe.");
    if (has_pending_claim(session, organisation_id, identity.user_id))
        return core::Error::conflict("Votre demande pour cette organisation est déjà en cours d’examen.");
    return std::nullopt;
}

core::Result<ClaimOutcome> claim_organisation(web::Services& services, db::Session& session,
    const auth::Identity& identity, long long organisation_id, std::string& message, const auth::RequestInfo& request)
{
    auto problem = free_text_problem(message, max_claim_message_length, "Le message",
        "Expliquez votre rôle dans l’organisation : l’équipe Essaim en a besoin pour examiner votre demande.");
    auto now = services.clock.now();
    db::Transaction transaction(session);
    lock_organisation(session, organisation_id);
    if (auto obstacle = claim_obstacle(session, identity, organisation_id))
        return *obstacle;
    if (problem)
        return core::Error::invalid({{"message", *problem}});
    auto organisation = find_organisation(session, organisation_id);

    Claim claim;
    claim.organisation_id = organisation_id;
    claim.user_id = identity.user_id;
    claim.message = message;
    claim.created_at = now;
    ClaimOutcome outcome{insert_claim(session, claim), false};
    auto entry = auth::audit_entry(request, identity.user_id, "directory.claim_submitted", "organisation",
        std::to_string(organisation_id));
    entry.after_json = auth::json_object({{"claim", std::to_string(outcome.claim_id)}, {"message", message}});
    auth::record(session, now, entry);

    // Only a confirmed address can sign in, so holding one on the website's domain ties the member to it.
    if (email_matches_website(identity.email, organisation->profile.website)) {
        record_claim_decision(session, outcome.claim_id, ClaimStatus::Acceptee, true, "", now, 0);
        add_owner(session, organisation_id, identity.user_id);
        auto accepted = auth::audit_entry(request, identity.user_id, "directory.claim_accepted", "organisation",
            std::to_string(organisation_id));
        accepted.after_json = auth::json_object({{"claim", std::to_string(outcome.claim_id)}, {"decision", "automatique"},
            {"email", identity.email}, {"website", organisation->profile.website}});
        auth::record(session, now, accepted);
        outcome.accepted = true;
    }
    transaction.commit();
    return outcome;
}

} // namespace essaim::directory
