#include "labelling/request_reviews.hpp"

#include "auth/audit_helpers.hpp"
#include "core/calendar.hpp"
#include "core/clock.hpp"
#include "db/session.hpp"
#include "labelling/assignment_store.hpp"
#include "labelling/dossier_store.hpp"
#include "labelling/permissions.hpp"
#include "labelling/review.hpp"
#include "labelling/review_mail.hpp"
#include "labelling/review_store.hpp"
#include "mail/outbox.hpp"
#include "web/context.hpp"

#include <algorithm>

namespace essaim::labelling {

namespace {

// The dossier, if the user is its staff; the errors a stranger and a non-staff reader get.
core::Result<Dossier> staff_dossier(db::Session& session, const auth::Identity& identity, long long dossier_id)
{
    auto visible = find_visible_dossier(session, identity, dossier_id);
    if (!visible)
        return visible.error();
    const auto& dossier = visible->dossier;
    const auto& access = visible->access;
    if (!access.staff)
        return core::Error::forbidden("Seule l’équipe d’instruction sollicite les experts.");
    return dossier;
}

std::string review_json(long long expert_id, ReviewState state, const std::string& due_on)
{
    return auth::json_object({{"expert_id", std::to_string(expert_id)}, {"state", std::string(review_state_code(state))},
        {"due_on", due_on}});
}

} // namespace

core::Result<ReviewRequestOutcome> request_reviews(web::Services& services, db::Session& session,
    const auth::Identity& identity, const ReviewRequestInput& input, const auth::RequestInfo& request_info)
{
    db::Transaction transaction(session);
    lock_dossier(session, input.dossier_id);
    auto dossier = staff_dossier(session, identity, input.dossier_id);
    if (!dossier)
        return dossier.error();
    if (dossier->state != DossierState::EnInstruction)
        return core::Error::conflict("Les avis se demandent pendant l’instruction : ce dossier est « "
            + std::string(state_label(dossier->state)) + " ».");

    auto now = services.clock.now();
    core::FieldErrors errors;
    if (input.due_on.empty())
        errors["echeance"] = "Indiquez la date à laquelle l’avis est attendu.";
    else if (!core::is_iso_date(input.due_on))
        errors["echeance"] = "La date attendue est au format JJ/MM/AAAA.";
    else if (input.due_on <= core::iso_day(now))
        errors["echeance"] = "La date attendue doit être postérieure à aujourd’hui.";

    std::vector<long long> experts = input.expert_ids;
    std::sort(experts.begin(), experts.end());
    experts.erase(std::unique(experts.begin(), experts.end()), experts.end());
    std::vector<Account> accounts;
    std::string already;
    for (auto expert_id : experts) {
        auto account = find_account(session, expert_id);
        if (!account || !account_has_role(session, expert_id, "expert")) {
            errors["experts"] = "Choisissez des experts dans la liste.";
            break;
        }
        auto existing = find_review_of(session, dossier->id, expert_id);
        if (existing && existing->state != ReviewState::Annule)
            already += (already.empty() ? "" : ", ") + account->name;
        accounts.push_back(*account);
    }
    if (experts.empty())
        errors["experts"] = "Cochez au moins un expert.";
    else if (!already.empty() && !errors.count("experts"))
        errors["experts"] = "Déjà sollicité pour ce dossier : " + already + ".";
    if (!errors.empty())
        return core::Error::invalid(std::move(errors));

    ReviewRequestOutcome outcome;
    auto title = call_title(session, dossier->call_id);
    for (const auto& account : accounts) {
        NewReview review;
        review.dossier_id = dossier->id;
        review.expert_id = account.user_id;
        review.requested_by = identity.user_id;
        review.requested_at = now;
        review.due_on = input.due_on;
        // Nobody reviews their own organisation's application: the request is recorded, but as a
        // conflict, so the staff see why this expert is missing and ask another.
        bool member = is_organisation_member(session, dossier->organisation_id, account.user_id);
        review.state = member ? ReviewState::Conflit : ReviewState::Demande;
        review.conflict_reason = member ? std::string(member_conflict_reason) : std::string();
        auto id = save_review_request(session, review);
        auto entry = auth::audit_entry(request_info, identity.user_id, member ? "labelling.review_conflict" : "labelling.review_requested",
            "review", std::to_string(id));
        entry.after_json = review_json(account.user_id, review.state, review.due_on);
        auth::record(session, now, entry);
        if (member) {
            outcome.blocked_experts.push_back(account.name);
            continue;
        }
        mail::enqueue(session, services.clock,
            review_request_mail(services.config, account.email, title, dossier->id, id, input.due_on));
        ++outcome.requested;
    }
    transaction.commit();
    return outcome;
}

core::Result<core::Done> cancel_review(web::Services& services, db::Session& session, const auth::Identity& identity,
    long long dossier_id, long long review_id, const auth::RequestInfo& request_info)
{
    db::Transaction transaction(session);
    lock_dossier(session, dossier_id);
    auto dossier = staff_dossier(session, identity, dossier_id);
    if (!dossier)
        return dossier.error();
    auto review = find_review(session, review_id);
    if (!review || review->dossier_id != dossier_id)
        return core::Error::not_found("Cette demande d’avis n’existe pas.");
    if (review->state != ReviewState::Demande)
        return core::Error::conflict("Seule une demande d’avis en attente peut être annulée.");
    set_review_state(session, review_id, ReviewState::Annule, review->conflict_reason);
    auto now = services.clock.now();
    auto entry = auth::audit_entry(request_info, identity.user_id, "labelling.review_cancelled", "review", std::to_string(review_id));
    entry.before_json = review_json(review->expert_id, review->state, review->due_on);
    entry.after_json = review_json(review->expert_id, ReviewState::Annule, review->due_on);
    auth::record(session, now, entry);
    transaction.commit();
    return core::Done{};
}

} // namespace essaim::labelling
