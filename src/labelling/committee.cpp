#include "labelling/committee.hpp"

namespace essaim::labelling {

namespace {

struct DecisionName {
    CommitteeDecision decision;
    std::string_view code;
    std::string_view label;
    DossierState target;
};

constexpr DecisionName decision_names[] = {
    {CommitteeDecision::Labellise, "labellise", "Labellisé", DossierState::Labellise},
    {CommitteeDecision::Refuse, "refuse", "Refusé", DossierState::Refuse},
    {CommitteeDecision::SansSuite, "sans_suite", "Sans suite", DossierState::SansSuite},
    {CommitteeDecision::Renvoye, "renvoye", "Renvoyé en instruction", DossierState::EnInstruction},
};

} // namespace

std::string_view committee_state_code(CommitteeState state) { return state == CommitteeState::Tenu ? "tenu" : "prevu"; }

std::string_view committee_state_label(CommitteeState state)
{
    return state == CommitteeState::Tenu ? "Tenu" : "Prévu";
}

bool committee_state_from_code(std::string_view code, CommitteeState& state)
{
    if (code == "prevu")
        state = CommitteeState::Prevu;
    else if (code == "tenu")
        state = CommitteeState::Tenu;
    else
        return false;
    return true;
}

const std::vector<CommitteeDecision>& committee_decisions()
{
    static const std::vector<CommitteeDecision> all = [] {
        std::vector<CommitteeDecision> decisions;
        for (const auto& name : decision_names)
            decisions.push_back(name.decision);
        return decisions;
    }();
    return all;
}

std::string_view decision_code(CommitteeDecision decision)
{
    for (const auto& name : decision_names)
        if (name.decision == decision)
            return name.code;
    return "";
}

std::string_view decision_label(CommitteeDecision decision)
{
    for (const auto& name : decision_names)
        if (name.decision == decision)
            return name.label;
    return "";
}

bool decision_from_code(std::string_view code, CommitteeDecision& decision)
{
    for (const auto& name : decision_names)
        if (name.code == code) {
            decision = name.decision;
            return true;
        }
    return false;
}

DossierState decision_target(CommitteeDecision decision)
{
    for (const auto& name : decision_names)
        if (name.decision == decision)
            return name.target;
    return DossierState::EnInstruction;
}

} // namespace essaim::labelling
