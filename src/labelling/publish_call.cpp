#include "labelling/publish_call.hpp"

#include "auth/audit_helpers.hpp"
#include "db/session.hpp"
#include "labelling/call_store.hpp"
#include "labelling/permissions.hpp"

namespace essaim::labelling {

core::Result<core::Done> change_call_state(db::Session& session, const core::Clock& clock, const auth::Identity& actor,
    long long call_id, CallState to, const auth::RequestInfo& request)
{
    if (!may_administer_labelling(actor))
        return core::Error::forbidden();
    db::Transaction transaction(session);
    auto call = find_call(session, call_id);
    if (!call)
        return core::Error::not_found();
    if (!is_legal_call_move(call->state, to))
        return core::Error::conflict("Un appel « " + std::string(call_state_label(call->state)) + " » ne peut pas passer à l’état « "
            + std::string(call_state_label(to)) + " ».");
    const long long now = clock.now();
    if (to == CallState::Publie) {
        auto form = current_form(session, call_id);
        if (!form || field_count(form->definition) == 0)
            return core::Error::conflict("Avant de publier l’appel, ajoutez au moins une question à son formulaire.");
        if (list_criteria(session, call_id).empty())
            return core::Error::conflict("Avant de publier l’appel, ajoutez au moins un critère à sa grille d’évaluation.");
        freeze_form(session, form->id);
    }
    set_call_state(session, call_id, to, now);
    auto entry = auth::audit_entry(request, actor.user_id,
        to == CallState::Publie ? "labelling.call_published" : "labelling.call_closed", "call", std::to_string(call_id));
    entry.before_json = auth::json_object({{"state", std::string(call_state_code(call->state))}});
    entry.after_json = auth::json_object({{"state", std::string(call_state_code(to))}});
    auth::record(session, now, entry);
    transaction.commit();
    return core::Done{};
}

} // namespace essaim::labelling
