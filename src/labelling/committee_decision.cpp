#include "labelling/committee_decision.hpp"

#include "auth/audit_helpers.hpp"
#include "core/clock.hpp"
#include "db/session.hpp"
#include "labelling/committee.hpp"
#include "labelling/committee_permissions.hpp"
#include "labelling/committee_store.hpp"
#include "labelling/dossier_store.hpp"
#include "labelling/grant_label.hpp"
#include "labelling/label_mail.hpp"
#include "labelling/label_store.hpp"
#include "labelling/transition_dossier.hpp"
#include "web/context.hpp"

#include <algorithm>

namespace essaim::labelling {

namespace {

bool blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

std::size_t character_count(const std::string& text)
{
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

} // namespace

core::Result<Dossier> record_decision(web::Services& services, db::Session& session, const auth::Identity& identity,
    const DecisionRequest& request, const auth::RequestInfo& request_info)
{
    db::Transaction transaction(session);
    auto visible = find_visible_committee(session, identity, request.committee_id);
    if (!visible)
        return visible.error();
    const auto& committee = visible->committee;
    const auto& access = visible->access;
    if (!access.decide)
        return core::Error::forbidden("Les décisions du comité sont enregistrées par un administrateur.");
    if (committee.state == CommitteeState::Tenu)
        return core::Error::conflict("Ce comité s’est déjà tenu : ses décisions sont closes.");

    core::FieldErrors errors;
    CommitteeDecision decision = CommitteeDecision::Labellise;
    if (!decision_from_code(request.decision, decision))
        errors["decision"] = "Choisissez la décision du comité.";
    bool required = errors.empty() && requires_motivation(DossierState::EnComite, decision_target(decision));
    if (required && blank(request.motivation))
        errors["motivation"] = decision == CommitteeDecision::Renvoye
            ? "Indiquez ce qui reste à instruire : l’équipe d’instruction le lira dans l’historique du dossier."
            : "Indiquez le motif de la décision : il est transmis au candidat.";
    else if (character_count(request.motivation) > max_motivation_length)
        errors["motivation"] = "La motivation tient en 5 000 caractères au plus.";
    if (!errors.empty())
        return core::Error::invalid(std::move(errors));

    lock_dossier(session, request.dossier_id);
    auto decided = agenda_line_decided(session, request.committee_id, request.dossier_id);
    if (!decided)
        return core::Error::not_found("Ce dossier n’est pas à l’ordre du jour de ce comité.");
    if (*decided)
        return core::Error::conflict("Le comité a déjà décidé de ce dossier.");
    auto dossier = find_dossier(session, request.dossier_id);
    if (!dossier)
        return core::Error::not_found("Ce dossier n’est pas à l’ordre du jour de ce comité.");
    auto now = services.clock.now();
    TransitionRequest transition{
        request.dossier_id, decision_target(decision), request.motivation, TransitionChannel::Committee, {}};
    // The label exists before the transition, so that the one e-mail telling the applicant of the
    // decision gives its page, its code and its certificate. A failed transition rolls it back.
    long long label_id = 0;
    if (decision == CommitteeDecision::Labellise && dossier->state == DossierState::EnComite) {
        label_id = grant_label(session, *dossier, now);
        if (auto label = find_label(session, label_id))
            transition.mail_details = label_granted_details(services.config, *label);
    }
    auto moved = apply_transition(services, session, identity, transition, request_info);
    if (!moved)
        return moved.error();

    if (decision == CommitteeDecision::Renvoye)
        delete_agenda_line(session, request.committee_id, request.dossier_id);
    else
        record_line_decision(
            session, request.committee_id, request.dossier_id, decision, request.motivation, now, identity.user_id);

    auto entry = auth::audit_entry(request_info, identity.user_id, "labelling.committee_decision", "committee",
        std::to_string(request.committee_id));
    std::vector<std::pair<std::string, std::string>> after{
        {"dossier_id", std::to_string(request.dossier_id)}, {"decision", std::string(decision_code(decision))}};
    if (label_id != 0)
        after.emplace_back("label_id", std::to_string(label_id));
    entry.after_json = auth::json_object(after);
    auth::record(session, now, entry);
    transaction.commit();
    return std::move(moved).value();
}

core::Result<core::Done> mark_committee_held(web::Services& services, db::Session& session,
    const auth::Identity& identity, long long committee_id, const auth::RequestInfo& request_info)
{
    db::Transaction transaction(session);
    auto visible = find_visible_committee(session, identity, committee_id);
    if (!visible)
        return visible.error();
    const auto& committee = visible->committee;
    const auto& access = visible->access;
    if (!access.decide)
        return core::Error::forbidden("Seul un administrateur clôt la séance.");
    if (committee.state == CommitteeState::Tenu)
        return core::Error::conflict("Ce comité est déjà marqué comme tenu.");
    if (count_undecided_lines(session, committee_id) > 0)
        return core::Error::conflict("Des dossiers de l’ordre du jour attendent encore une décision.");
    set_committee_state(session, committee_id, CommitteeState::Tenu);
    auto entry = auth::audit_entry(
        request_info, identity.user_id, "labelling.committee_held", "committee", std::to_string(committee_id));
    entry.before_json = auth::json_object({{"state", "prevu"}});
    entry.after_json = auth::json_object({{"state", "tenu"}});
    auth::record(session, services.clock.now(), entry);
    transaction.commit();
    return core::Done{};
}

} // namespace essaim::labelling
