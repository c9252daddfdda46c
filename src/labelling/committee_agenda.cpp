#include "labelling/committee_agenda.hpp"

#include "auth/audit_helpers.hpp"
#include "core/calendar.hpp"
#include "core/clock.hpp"
#include "db/session.hpp"
#include "directory/routes.hpp"
#include "labelling/committee_permissions.hpp"
#include "labelling/committee_store.hpp"
#include "labelling/dossier_store.hpp"
#include "labelling/transition_dossier.hpp"
#include "web/context.hpp"

namespace essaim::labelling {

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

    // The applicant reads this in the e-mail telling them their dossier goes to the committee.
    std::string motivation = "Examen prévu par le comité « " + committee.title + " » du "
        + core::french_date(committee.meets_on) + ".";
    auto now = services.clock.now();
    int added = 0;
    for (long long dossier_id : dossier_ids) {
        lock_dossier(session, dossier_id);
        auto dossier = find_dossier(session, dossier_id);
        if (!dossier)
            return core::Error::not_found("Le dossier n° " + std::to_string(dossier_id) + " n’existe pas.");
        if (committee.call_id != 0 && dossier->call_id != committee.call_id)
            return core::Error::conflict(
                "Le dossier n° " + std::to_string(dossier_id) + " répond à un autre appel que celui du comité.");
        auto moved = apply_transition(services, session, identity,
            TransitionRequest{dossier_id, DossierState::EnComite, motivation}, request_info);
        if (!moved)
            return moved.error();
        insert_agenda_line(session, committee_id, dossier_id);
        auto entry = auth::audit_entry(request_info, identity.user_id, "labelling.committee_agenda_added", "committee",
            std::to_string(committee_id));
        entry.after_json = auth::json_object({{"dossier_id", std::to_string(dossier_id)}});
        auth::record(session, now, entry);
        ++added;
    }
    transaction.commit();
    return added;
}

} // namespace essaim::labelling
