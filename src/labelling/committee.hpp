#pragma once
// Committee sessions (comités de labellisation): a date, members, and an agenda of dossiers that
// are en comité; each agenda line records the decision taken on its dossier with its motivation.

#include "labelling/dossier.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace essaim::labelling {

//! prevu until the session has decided every dossier of its agenda and is marked as held.
enum class CommitteeState { Prevu, Tenu };

std::string_view committee_state_code(CommitteeState state); //!< "prevu", "tenu"
std::string_view committee_state_label(CommitteeState state); //!< "Prévu", "Tenu"
bool committee_state_from_code(std::string_view code, CommitteeState& state);

//! What a committee decides on a dossier. Renvoye sends it back to instruction, which takes it off
//! the agenda (the dossier's history keeps the motivation); the others stay on the line.
enum class CommitteeDecision { Labellise, Refuse, SansSuite, Renvoye };

//! Every decision, in the order the form offers them.
const std::vector<CommitteeDecision>& committee_decisions();
std::string_view decision_code(CommitteeDecision decision); //!< "labellise", "refuse", "sans_suite", "renvoye"
std::string_view decision_label(CommitteeDecision decision); //!< "Labellisé", …, "Renvoyé en instruction"
bool decision_from_code(std::string_view code, CommitteeDecision& decision);
//! The state the decision moves the dossier to.
DossierState decision_target(CommitteeDecision decision);

struct Committee {
    long long id = 0;
    std::string title;
    std::string meets_on; //!< "YYYY-MM-DD"
    long long call_id = 0; //!< 0 = the session examines dossiers of any call
    std::string call_title; //!< "" without a call
    CommitteeState state = CommitteeState::Prevu;
    long long created_at = 0;
    long long created_by = 0;
};

//! A line of the list of sessions.
struct CommitteeSummary {
    Committee committee;
    int members = 0;
    int agenda_lines = 0;
    int decided_lines = 0;
};

struct CommitteeMember {
    long long user_id = 0;
    std::string email;
    std::string display_name;
};

//! A given opinion on a dossier of the agenda, as the ranking reads it.
struct AgendaOpinion {
    long long review_id = 0;
    std::string recommendation; //!< favorable, reserve, defavorable ("" when none)
    std::optional<double> score; //!< the weighted score; nothing for an incomplete grid
    std::string expert_name;
    std::string comment; //!< the expert's general comment
};

struct AgendaLine {
    long long dossier_id = 0;
    int position = 0;
    long long organisation_id = 0;
    std::string organisation_name;
    long long call_id = 0;
    std::string call_title;
    DossierState dossier_state = DossierState::EnComite;
    std::optional<CommitteeDecision> decision; //!< nothing while undecided
    std::string motivation;
    long long decided_at = 0;
    std::string decided_by_name;
    std::vector<AgendaOpinion> opinions;
};

//! A dossier an administrator may put on the agenda (en instruction, of the session's call).
struct AgendaCandidate {
    long long dossier_id = 0;
    std::string organisation_name;
    std::string call_title;
};

} // namespace essaim::labelling
