#include "labelling/dossier.hpp"

namespace essaim::labelling {

namespace {

struct StateName {
    DossierState state;
    std::string_view code;
    std::string_view label;
};

constexpr StateName names[] = {
    {DossierState::Brouillon, "brouillon", "Brouillon"},
    {DossierState::Depose, "depose", "Déposé"},
    {DossierState::EnInstruction, "en_instruction", "En instruction"},
    {DossierState::ComplementsDemandes, "complements_demandes", "Compléments demandés"},
    {DossierState::EnComite, "en_comite", "En comité"},
    {DossierState::Labellise, "labellise", "Labellisé"},
    {DossierState::Refuse, "refuse", "Refusé"},
    {DossierState::SansSuite, "sans_suite", "Sans suite"},
    {DossierState::Retire, "retire", "Retiré par le candidat"},
};

struct Move {
    DossierState from;
    DossierState to;
    DossierActor actor;
};

using S = DossierState;
using A = DossierActor;

constexpr Move moves[] = {
    {S::Brouillon, S::Depose, A::Applicant},
    {S::ComplementsDemandes, S::Depose, A::Applicant},
    {S::Depose, S::EnInstruction, A::Staff},
    {S::EnInstruction, S::ComplementsDemandes, A::Staff},
    {S::EnInstruction, S::EnComite, A::Committee},
    {S::EnComite, S::EnInstruction, A::Committee},
    {S::EnComite, S::Labellise, A::Committee},
    {S::EnComite, S::Refuse, A::Committee},
    {S::EnComite, S::SansSuite, A::Committee},
    {S::Depose, S::Retire, A::Applicant},
    {S::EnInstruction, S::Retire, A::Applicant},
    {S::ComplementsDemandes, S::Retire, A::Applicant},
    {S::EnComite, S::Retire, A::Applicant},
};

} // namespace

const std::vector<DossierState>& dossier_states()
{
    static const std::vector<DossierState> all = [] {
        std::vector<DossierState> states;
        for (const auto& name : names)
            states.push_back(name.state);
        return states;
    }();
    return all;
}

std::string_view state_code(DossierState state)
{
    for (const auto& name : names)
        if (name.state == state)
            return name.code;
    return "";
}

std::string_view state_label(DossierState state)
{
    for (const auto& name : names)
        if (name.state == state)
            return name.label;
    return "";
}

bool state_from_code(std::string_view code, DossierState& state)
{
    for (const auto& name : names)
        if (name.code == code) {
            state = name.state;
            return true;
        }
    return false;
}

bool is_final(DossierState state)
{
    return state == S::Labellise || state == S::Refuse || state == S::SansSuite || state == S::Retire;
}

std::optional<DossierActor> transition_actor(DossierState from, DossierState to)
{
    for (const auto& move : moves)
        if (move.from == from && move.to == to)
            return move.actor;
    return std::nullopt;
}

bool may_move(DossierState from, DossierState to, DossierActor actor)
{
    auto owner = transition_actor(from, to);
    return owner && *owner == actor;
}

bool notifies_applicant(DossierState from, DossierState to)
{
    if (!transition_actor(from, to))
        return false;
    return to != S::EnInstruction && to != S::EnComite;
}

bool requires_motivation(DossierState from, DossierState to)
{
    return to == S::ComplementsDemandes || to == S::Refuse || to == S::SansSuite
        || (from == S::EnComite && to == S::EnInstruction);
}

} // namespace essaim::labelling
