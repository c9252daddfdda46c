// The dossier's lifecycle as data, the permission helpers built on it, and the CSV export's
// defences; no database.

#include "labelling/dossier.hpp"
#include "labelling/dossier_export.hpp"
#include "labelling/permissions.hpp"

#include <gtest/gtest.h>

namespace essaim::labelling {
namespace {

TEST(DossierStateUnit, FinalStatesHaveNoWayOut)
{
    for (auto from : dossier_states())
        for (auto to : dossier_states()) {
            if (is_final(from)) {
                EXPECT_FALSE(transition_actor(from, to).has_value()) << state_code(from) << " -> " << state_code(to);
            }
        }
}

using S = DossierState;
using A = DossierActor;

// The whole lifecycle, written out independently of the code: each move that exists, who makes
// it, whether it needs a motivation and whether the applicant receives an e-mail for it.
struct ExpectedMove {
    S from;
    S to;
    A actor;
    bool motivation;
    bool mail;
};

const ExpectedMove expected_moves[] = {
    {S::Brouillon, S::Depose, A::Applicant, false, true},
    {S::ComplementsDemandes, S::Depose, A::Applicant, false, true},
    {S::Depose, S::EnInstruction, A::Staff, false, false},
    {S::EnInstruction, S::ComplementsDemandes, A::Staff, true, true},
    // Placing on a session's agenda, and the session sending it back: internal, no e-mail.
    {S::EnInstruction, S::EnComite, A::Committee, false, false},
    {S::EnComite, S::EnInstruction, A::Committee, true, false},
    // Only the committee labels, refuses or closes a dossier.
    {S::EnComite, S::Labellise, A::Committee, false, true},
    {S::EnComite, S::Refuse, A::Committee, true, true},
    {S::EnComite, S::SansSuite, A::Committee, true, true},
    {S::Depose, S::Retire, A::Applicant, false, true},
    {S::EnInstruction, S::Retire, A::Applicant, false, true},
    {S::ComplementsDemandes, S::Retire, A::Applicant, false, true},
    {S::EnComite, S::Retire, A::Applicant, false, true},
};

const ExpectedMove* expected(S from, S to)
{
    for (const auto& move : expected_moves)
        if (move.from == from && move.to == to)
            return &move;
    return nullptr;
}

const char* actor_name(A actor)
{
    switch (actor) {
    case A::Applicant: return "candidat";
    case A::Staff: return "instruction";
    case A::Committee: return "comité";
    }
    return "";
}

TEST(DossierStateUnit, EveryStateActionAndActorIsAllowedOnlyAsTheTableSays)
{
    int allowed = 0;
    for (auto from : dossier_states())
        for (auto to : dossier_states())
            for (auto actor : {A::Applicant, A::Staff, A::Committee}) {
                const auto* move = expected(from, to);
                bool expected_allowed = move && move->actor == actor;
                EXPECT_EQ(may_move(from, to, actor), expected_allowed)
                    << state_code(from) << " -> " << state_code(to) << " par " << actor_name(actor);
                allowed += expected_allowed ? 1 : 0;
            }
    EXPECT_EQ(allowed, static_cast<int>(std::size(expected_moves)));
}

TEST(DossierStateUnit, EveryMoveNeedsAMotivationAndMailsTheApplicantOnlyAsTheTableSays)
{
    for (auto from : dossier_states())
        for (auto to : dossier_states()) {
            const auto* move = expected(from, to);
            EXPECT_EQ(transition_actor(from, to).has_value(), move != nullptr) << state_code(from) << " -> " << state_code(to);
            EXPECT_EQ(notifies_applicant(from, to), move && move->mail) << state_code(from) << " -> " << state_code(to);
            if (move)
                EXPECT_EQ(requires_motivation(from, to), move->motivation) << state_code(from) << " -> " << state_code(to);
        }
}

TEST(DossierStateUnit, NothingButTheCommitteeLabelsADossier)
{
    for (auto from : dossier_states()) {
        EXPECT_FALSE(may_move(from, S::Labellise, A::Staff)) << state_code(from);
        EXPECT_FALSE(may_move(from, S::Labellise, A::Applicant)) << state_code(from);
    }
}

TEST(DossierStateUnit, OnlyTheApplicantEditsAndOnlyWhileItMayBeCompleted)
{
    Dossier dossier;
    DossierAccess applicant;
    applicant.applicant = true;
    DossierAccess staff;
    staff.staff = true;
    DossierAccess expert;
    expert.expert = true;
    for (auto state : dossier_states()) {
        dossier.state = state;
        bool editable = state == DossierState::Brouillon || state == DossierState::ComplementsDemandes;
        EXPECT_EQ(may_edit_application(applicant, dossier), editable) << state_code(state);
        EXPECT_FALSE(may_edit_application(staff, dossier));
    }
    EXPECT_TRUE(may_write_note(staff));
    EXPECT_FALSE(may_write_note(applicant));
    EXPECT_FALSE(may_read_messages(expert));
    EXPECT_FALSE(expert.may_read_instruction());
    EXPECT_TRUE(expert.may_read_application());
    EXPECT_FALSE(DossierAccess{}.any());
    // The committee's moves are made by staff only, through the committee's use cases.
    EXPECT_TRUE(may_act_as(staff, DossierActor::Committee));
    EXPECT_FALSE(may_act_as(applicant, DossierActor::Committee));
}

TEST(DossierStateUnit, CsvExportIsSemicolonSeparatedWithBomAndDefusesFormulas)
{
    ExportTable table;
    table.headers = {"N°", "Organisation", "Montant"};
    table.rows = {{"1", "=HYPERLINK(\"http://x\")", "-12.50"}, {"2", "Ruche; « Les Abeilles »", "+33"}};
    auto csv = export_csv(table);
    EXPECT_EQ(csv.rfind("\xEF\xBB\xBF", 0), 0u);
    EXPECT_NE(csv.find("N°;Organisation;Montant\r\n"), std::string::npos);
    EXPECT_NE(csv.find("'=HYPERLINK"), std::string::npos);
    EXPECT_NE(csv.find(";-12.50\r\n"), std::string::npos);
    EXPECT_NE(csv.find("\"Ruche; « Les Abeilles »\""), std::string::npos);
    EXPECT_NE(csv.find(";'+33\r\n"), std::string::npos);
}

} // namespace
} // namespace essaim::labelling
