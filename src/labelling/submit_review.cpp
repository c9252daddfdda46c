#include "labelling/submit_review.hpp"

#include "auth/audit_helpers.hpp"
#include "core/clock.hpp"
#include "db/session.hpp"
#include "labelling/dossier_store.hpp"
#include "labelling/review_store.hpp"
#include "web/context.hpp"

namespace essaim::labelling {

core::Result<Review> submit_review(web::Services& services, db::Session& session, const auth::Identity& identity,
    long long review_id, const http::Form& form, const auth::RequestInfo& request_info)
{
    db::Transaction transaction(session);
    auto review = find_review(session, review_id);
    if (!review || review->expert_id != identity.user_id || !identity.has(auth::Role::Expert)
        || review->state == ReviewState::Annule)
        return core::Error::not_found("Cette demande d’avis n’existe pas.");
    if (review->state != ReviewState::Demande)
        return core::Error::conflict("Cet avis n’est plus attendu : il est « " + std::string(review_state_label(review->state)) + " ».");
    auto dossier = find_dossier(session, review->dossier_id);
    if (!dossier)
        return core::Error::not_found("Cette demande d’avis n’existe pas.");
    if (is_final(dossier->state))
        return core::Error::conflict("Ce dossier est « " + std::string(state_label(dossier->state)) + " » : les avis sont clos.");
    auto opinion = parse_opinion_form(list_criteria(session, dossier->call_id), form);
    if (!opinion)
        return opinion.error();
    auto now = services.clock.now();
    save_opinion(session, review_id, *opinion, now);
    auto entry = auth::audit_entry(request_info, identity.user_id, "labelling.review_submitted", "review", std::to_string(review_id));
    entry.before_json = auth::json_object({{"state", "demande"}});
    entry.after_json = auth::json_object(
        {{"state", "rendu"}, {"recommendation", std::string(recommendation_code(opinion->recommendation))}});
    auth::record(session, now, entry);
    transaction.commit();
    return find_review(session, review_id).value();
}

} // namespace essaim::labelling
