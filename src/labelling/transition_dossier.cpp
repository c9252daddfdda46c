#include "labelling/transition_dossier.hpp"

#include "auth/audit_helpers.hpp"
#include "core/clock.hpp"
#include "db/session.hpp"
#include "labelling/assignment.hpp"
#include "labelling/dossier_mail.hpp"
#include "labelling/dossier_store.hpp"
#include "labelling/permissions.hpp"
#include "mail/outbox.hpp"
#include "web/context.hpp"

namespace essaim::labelling {

namespace {

std::string state_json(DossierState state) { return auth::json_object({{"state", std::string(state_code(state))}}); }

} // namespace

core::Result<Dossier> apply_transition(web::Services& services, db::Session& session, const auth::Identity& identity,
    const TransitionRequest& request, const auth::RequestInfo& request_info)
{
    auto visible = find_visible_dossier(session, identity, request.dossier_id);
    if (!visible)
        return visible.error();
    const auto& dossier = visible->dossier;
    const auto& access = visible->access;
    auto actor = transition_actor(dossier.state, request.to);
    if (!actor)
        return core::Error::conflict("Ce dossier est « " + std::string(state_label(dossier.state))
            + " » : il ne peut pas passer à « " + std::string(state_label(request.to)) + " ».");
    if (*actor == DossierActor::Committee && request.channel != TransitionChannel::Committee)
        return core::Error::forbidden(request.to == DossierState::EnComite
                ? "Un dossier passe « En comité » en étant inscrit à l’ordre du jour d’une séance du comité."
                : "Seul le comité de labellisation en décide, lors de sa séance.");
    if (!may_act_as(access, *actor))
        return core::Error::forbidden(*actor == DossierActor::Applicant
                ? "Seuls les membres de l’organisation candidate font ce changement."
                : "Seule l’équipe d’instruction fait ce changement.");
    if (requires_motivation(dossier.state, request.to) && request.motivation.find_first_not_of(" \t\r\n") == std::string::npos)
        return core::Error::invalid({{"motivation", "Indiquez le motif : il est transmis au candidat."}});

    auto now = services.clock.now();
    auto from = dossier.state;
    update_dossier_state(session, dossier.id, request.to, now);
    insert_transition(session, dossier.id, from, request.to, identity.user_id, now, request.motivation);
    auto entry = auth::audit_entry(request_info, identity.user_id, "labelling.dossier_transition", "dossier",
        std::to_string(dossier.id));
    entry.before_json = state_json(from);
    entry.after_json = state_json(request.to);
    auth::record(session, now, entry);
    if (notifies_applicant(from, request.to)) {
        auto title = call_title(session, dossier.call_id);
        for (const auto& email : applicant_emails(session, dossier))
            mail::enqueue(session, services.clock,
                transition_mail(services.config, email, title, dossier.id, request.to, request.motivation,
                                  request.mail_details));
    }
    if (request.to == DossierState::Depose && dossier.instructor_id == 0)
        assign_automatically(session, dossier.id, now);
    return find_dossier(session, dossier.id).value();
}

core::Result<Dossier> transition_dossier(web::Services& services, db::Session& session, const auth::Identity& identity,
    const TransitionRequest& request, const auth::RequestInfo& request_info)
{
    db::Transaction transaction(session);
    lock_dossier(session, request.dossier_id);
    auto result = apply_transition(services, session, identity, request, request_info);
    if (result)
        transaction.commit();
    return result;
}

} // namespace essaim::labelling
