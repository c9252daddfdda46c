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

TEST(DossierStateUnit, ApplicantDepositsAndWithdrawsStaffDoesTheRest)
{
    EXPECT_EQ(transition_actor(DossierState::Brouillon, DossierState::Depose), DossierActor::Applicant);
    EXPECT_EQ(transition_actor(DossierState::ComplementsDemandes, DossierState::Depose), DossierActor::Applicant);
    EXPECT_EQ(transition_actor(DossierState::EnComite, DossierState::Retire), DossierActor::Applicant);
    EXPECT_EQ(transition_actor(DossierState::EnComite, DossierState::Labellise), DossierActor::Staff);
    EXPECT_FALSE(transition_actor(DossierState::Brouillon, DossierState::Retire).has_value());
    EXPECT_FALSE(transition_actor(DossierState::Depose, DossierState::Labellise).has_value());
    EXPECT_TRUE(requires_motivation(DossierState::EnInstruction, DossierState::ComplementsDemandes));
    EXPECT_FALSE(requires_motivation(DossierState::Depose, DossierState::EnInstruction));
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
