#include "labelling/assignment.hpp"

#include "auth/audit_helpers.hpp"
#include "core/clock.hpp"
#include "db/session.hpp"
#include "labelling/assignment_store.hpp"
#include "labelling/dossier_store.hpp"
#include "labelling/permissions.hpp"
#include "labelling/review_mail.hpp"
#include "mail/outbox.hpp"
#include "web/context.hpp"

#include <algorithm>

namespace essaim::labelling {

namespace {

bool covers(const AssignmentCandidate& candidate, const std::string& region_code)
{
    if (candidate.regions.empty() || region_code.empty())
        return true;
    return std::find(candidate.regions.begin(), candidate.regions.end(), region_code) != candidate.regions.end();
}

std::string instructor_json(long long user_id)
{
    return auth::json_object({{"instructor_id", user_id == 0 ? std::string() : std::to_string(user_id)}});
}

} // namespace

long long choose_instructor(const std::vector<AssignmentCandidate>& candidates, const std::string& region_code)
{
    const AssignmentCandidate* best = nullptr;
    for (const auto& candidate : candidates) {
        if (!covers(candidate, region_code))
            continue;
        if (!best || candidate.open_dossiers < best->open_dossiers
            || (candidate.open_dossiers == best->open_dossiers && candidate.user_id < best->user_id))
            best = &candidate;
    }
    return best ? best->user_id : 0;
}

long long assign_automatically(db::Session& session, long long dossier_id, long long now)
{
    auto dossier = find_dossier(session, dossier_id);
    if (!dossier)
        return 0;
    auto chosen = choose_instructor(assignment_candidates(session, dossier->call_id), dossier->region_code);
    if (chosen == 0)
        return 0;
    set_dossier_instructor(session, dossier_id, chosen, now);
    // The system assigns: no actor and no request to stamp the entry with.
    auto entry = auth::audit_entry(auth::RequestInfo{}, 0, "labelling.dossier_assigned", "dossier", std::to_string(dossier_id));
    entry.before_json = instructor_json(dossier->instructor_id);
    entry.after_json = auth::json_object({{"instructor_id", std::to_string(chosen)}, {"mode", "automatique"}});
    auth::record(session, now, entry);
    return chosen;
}

core::Result<core::Done> assign_by_hand(web::Services& services, db::Session& session, const auth::Identity& identity,
    long long dossier_id, long long instructor_id, const auth::RequestInfo& request_info)
{
    db::Transaction transaction(session);
    lock_dossier(session, dossier_id);
    auto visible = find_visible_dossier(session, identity, dossier_id);
    if (!visible)
        return visible.error();
    const auto& dossier = visible->dossier;
    const auto& access = visible->access;
    if (!access.staff)
        return core::Error::forbidden("Seule l’équipe d’instruction attribue les dossiers.");
    if (is_final(dossier.state))
        return core::Error::conflict("Ce dossier est « " + std::string(state_label(dossier.state))
            + " » : son instruction est terminée.");
    auto team = call_instructor_accounts(session, dossier.call_id);
    auto chosen = std::find_if(team.begin(), team.end(), [&](const Account& account) { return account.user_id == instructor_id; });
    if (chosen == team.end())
        return core::Error::invalid({{"instructeur", "Choisissez un instructeur de l’équipe de l’appel."}});
    if (dossier.instructor_id == instructor_id) {
        transaction.commit();
        return core::Done{};
    }
    auto now = services.clock.now();
    set_dossier_instructor(session, dossier_id, instructor_id, now);
    auto entry = auth::audit_entry(request_info, identity.user_id, "labelling.dossier_assigned", "dossier", std::to_string(dossier_id));
    entry.before_json = instructor_json(dossier.instructor_id);
    entry.after_json = auth::json_object({{"instructor_id", std::to_string(instructor_id)}, {"mode", "manuel"}});
    auth::record(session, now, entry);
    mail::enqueue(session, services.clock,
        assignment_mail(services.config, chosen->email, call_title(session, dossier.call_id), dossier_id));
    transaction.commit();
    return core::Done{};
}

} // namespace essaim::labelling
