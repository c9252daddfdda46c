#include "labelling/committee_agenda.hpp"

#include "auth/audit_helpers.hpp"
#include "core/calendar.hpp"
#include "core/clock.hpp"
#include "db/session.hpp"
#include "directory/routes.hpp"
#include "labelling/committee_permissions.hpp"
#include "labelling/committee_store.hpp"
#include "labelling/dossier_store.hpp"
#include "labelling/permissions.hpp"
#include "labelling/transition_dossier.hpp"
#include "web/context.hpp"

namespace essaim::labelling {

namespace {

// One dossier onto one session's agenda, inside the caller's transaction: the move to en comité
// and the agenda line go together, so a dossier en comité is always on an agenda. The applicant
// is not told (an internal step); the motivation is for the dossier's history.
core::Result<core::Done> place_on_agenda(web::Services& services, db::Session& session, const auth::Identity& identity,
    const Committee& committee, long long dossier_id, const auth::RequestInfo& request_info)
{
    lock_dossier(session, dossier_id);
    auto dossier = find_dossier(session, dossier_id);
    if (!dossier)
        return core::Error::not_found("Le dossier n° " + std::to_string(dossier_id) + " n’existe pas.");
    if (committee.call_id != 0 && dossier->call_id != committee.call_id)
        return core::Error::conflict(
            "Le dossier n° " + std::to_string(dossier_id) + " répond à un autre appel que celui du comité.");
    std::string motivation = "Inscrit à l’ordre du jour du comité « " + committee.title + " » du "
        + core::french_date(committee.meets_on) + ".";
    auto moved = apply_transition(services, session, identity,
        TransitionRequest{dossier_id, DossierState::EnComite, motivation, TransitionChannel::Committee, {}},
        request_info);
    if (!moved)
        return moved.error();
    insert_agenda_line(session, committee.id, dossier_id);
    auto entry = auth::audit_entry(request_info, identity.user_id, "labelling.committee_agenda_added", "committee",
        std::to_string(committee.id));
    entry.after_json = auth::json_object({{"dossier_id", std::to_string(dossier_id)}});
    auth::record(session, services.clock.now(), entry);
    return core::Done{};
}

} // namespace

core::Result<int> add_to_agenda(web::Services& services, db::Session& session, const auth::Identity& identity,
    long long committee_id, const std::vector<long long>& dossier_ids, const auth::RequestInfo& request_info)
{
    db::Transaction transaction(session);
    auto visible = find_visible_committee(session, identity, committee_id);
    if (!visible)
        return visible.error();
    const auto& committee = visible->committee;
    const auto& access = visible->access;
    if (!access.fill_agenda)
        return core::Error::forbidden(
            "Seuls les administrateurs et les instructeurs membres du comité complètent l’ordre du jour.");
    if (committee.state == CommitteeState::Tenu)
        return core::Error::conflict("Ce comité s’est déjà tenu : son ordre du jour est clos.");
    if (dossier_ids.empty())
        return core::Error::invalid({{"dossiers", "Choisissez au moins un dossier."}});

    int added = 0;
    for (long long dossier_id : dossier_ids) {
        auto placed = place_on_agenda(services, session, identity, committee, dossier_id, request_info);
        if (!placed)
            return placed.error();
        ++added;
    }
    transaction.commit();
    return added;
}

core::Result<Committee> place_on_next_committee(web::Services& services, db::Session& session,
    const auth::Identity& identity, long long dossier_id, const auth::RequestInfo& request_info)
{
    db::Transaction transaction(session);
    lock_dossier(session, dossier_id);
    auto visible = find_visible_dossier(session, identity, dossier_id);
    if (!visible)
        return visible.error();
    if (visible->dossier.state != DossierState::EnInstruction)
        return core::Error::conflict("Ce dossier est « " + std::string(state_label(visible->dossier.state))
            + " » : seul un dossier en instruction est inscrit au comité.");
    if (!visible->access.staff)
        return core::Error::forbidden("Seule l’équipe d’instruction inscrit un dossier au comité.");
    auto committee_id
        = next_committee_for_call(session, visible->dossier.call_id, core::iso_day(services.clock.now()));
    if (committee_id == 0)
        return core::Error::conflict(
            "Aucune séance du comité n’est prévue pour cet appel : un administrateur doit d’abord en planifier une.");
    auto committee = find_committee(session, committee_id).value();
    auto placed = place_on_agenda(services, session, identity, committee, dossier_id, request_info);
    if (!placed)
        return placed.error();
    transaction.commit();
    return committee;
}

} // namespace essaim::labelling
