#include "labelling/declare_conflict.hpp"

#include "auth/audit_helpers.hpp"
#include "core/clock.hpp"
#include "db/session.hpp"
#include "http/form.hpp"
#include "labelling/assignment_store.hpp"
#include "labelling/dossier_store.hpp"
#include "labelling/review.hpp"
#include "labelling/review_mail.hpp"
#include "labelling/review_store.hpp"
#include "mail/outbox.hpp"
#include "web/context.hpp"

namespace essaim::labelling {

core::Result<core::Done> declare_conflict(web::Services& services, db::Session& session, const auth::Identity& identity,
    long long review_id, const std::string& reason, const auth::RequestInfo& request_info)
{
    db::Transaction transaction(session);
    auto review = find_review(session, review_id);
    if (!review || review->expert_id != identity.user_id || !identity.has(auth::Role::Expert)
        || review->state == ReviewState::Annule || review->state == ReviewState::Conflit)
        return core::Error::not_found("Cette demande d’avis n’existe pas.");
    if (review->state != ReviewState::Demande)
        return core::Error::conflict("Votre avis est déjà rendu : il n’est plus possible de déclarer un conflit d’intérêts.");
    auto first = reason.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return core::Error::invalid({{"motif", "Indiquez en quelques mots la nature du conflit d’intérêts."}});
    auto text = reason.substr(first, reason.find_last_not_of(" \t\r\n") - first + 1);
    if (text.size() > 2000 || !http::is_clean_utf8(text))
        return core::Error::invalid({{"motif", "Le motif doit être un texte de 2 000 caractères au plus."}});
    auto dossier = find_dossier(session, review->dossier_id);
    if (!dossier)
        return core::Error::not_found("Cette demande d’avis n’existe pas.");

    auto now = services.clock.now();
    set_review_state(session, review_id, ReviewState::Conflit, text);
    auto entry = auth::audit_entry(request_info, identity.user_id, "labelling.review_conflict", "review", std::to_string(review_id));
    entry.before_json = auth::json_object({{"state", "demande"}});
    entry.after_json = auth::json_object({{"state", "conflit"}, {"reason", text}});
    auth::record(session, now, entry);
    // The instructeur in charge hears of it; before any assignment, whoever asked for the opinion.
    auto recipient = dossier->instructor_id != 0 ? dossier->instructor_id : review->requested_by;
    if (recipient != 0)
        if (auto account = find_account(session, recipient))
            mail::enqueue(session, services.clock,
                review_conflict_mail(services.config, account->email, call_title(session, dossier->call_id), dossier->id,
                    review->expert_name, text));
    transaction.commit();
    return core::Done{};
}

} // namespace essaim::labelling
