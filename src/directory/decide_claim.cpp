#include "directory/decide_claim.hpp"

#include "auth/audit_helpers.hpp"
#include "core/clock.hpp"
#include "db/session.hpp"
#include "directory/claim_store.hpp"
#include "directory/free_text.hpp"
#include "directory/organisation_mail.hpp"
#include "directory/organisation_store.hpp"
#include "directory/permissions.hpp"
#include "web/context.hpp"

namespace essaim::directory {

namespace {

//! The pending claim, or the error that stops a decision.
core::Result<Claim> pending_claim(db::Session& session, const auth::Identity& identity, long long claim_id)
{
    if (!may_moderate(identity))
        return core::Error::forbidden("Seuls les administrateurs décident des demandes de gestion.");
    auto claim = find_claim(session, claim_id);
    if (!claim)
        return core::Error::not_found("Cette demande n’existe pas.");
    if (claim->status != ClaimStatus::EnAttente)
        return core::Error::conflict("Cette demande a déjà été traitée.");
    return *claim;
}

} // namespace

core::Result<core::Done> accept_claim(web::Services& services, db::Session& session, const auth::Identity& identity,
    long long claim_id, const auth::RequestInfo& request)
{
    auto now = services.clock.now();
    db::Transaction transaction(session);
    auto claim = pending_claim(session, identity, claim_id);
    if (!claim)
        return claim.error();
    auto organisation = find_organisation(session, claim->organisation_id);
    record_claim_decision(session, claim_id, ClaimStatus::Acceptee, false, "", now, identity.user_id);
    add_owner(session, claim->organisation_id, claim->user_id);
    auto entry = auth::audit_entry(request, identity.user_id, "directory.claim_accepted", "organisation",
        std::to_string(claim->organisation_id));
    entry.after_json = auth::json_object({{"claim", std::to_string(claim_id)}, {"decision", "administrateur"},
        {"owner", std::to_string(claim->user_id)}});
    auth::record(session, now, entry);
    mail::enqueue(session, services.clock,
        claim_accepted_mail(services.config, claimant_email(session, claim->user_id),
            organisation ? organisation->profile.name : "", claim->organisation_id));
    transaction.commit();
    return core::Done{};
}

core::Result<core::Done> refuse_claim(web::Services& services, db::Session& session, const auth::Identity& identity,
    long long claim_id, std::string& reason, const auth::RequestInfo& request)
{
    auto problem = free_text_problem(reason, max_claim_refusal_length, "La raison",
        "Expliquez la raison du refus : elle est envoyée au membre qui a fait la demande.");
    auto now = services.clock.now();
    db::Transaction transaction(session);
    auto claim = pending_claim(session, identity, claim_id);
    if (!claim)
        return claim.error();
    if (problem)
        return core::Error::invalid({{"refusal_reason", *problem}});
    auto organisation = find_organisation(session, claim->organisation_id);
    record_claim_decision(session, claim_id, ClaimStatus::Refusee, false, reason, now, identity.user_id);
    auto entry = auth::audit_entry(request, identity.user_id, "directory.claim_refused", "organisation",
        std::to_string(claim->organisation_id));
    entry.after_json = auth::json_object({{"claim", std::to_string(claim_id)}, {"refusal_reason", reason}});
    auth::record(session, now, entry);
    mail::enqueue(session, services.clock,
        claim_refused_mail(services.config, claimant_email(session, claim->user_id),
            organisation ? organisation->profile.name : "", reason));
    transaction.commit();
    return core::Done{};
}

} // namespace essaim::directory
