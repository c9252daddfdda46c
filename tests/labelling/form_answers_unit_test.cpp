// Answers: reading the posted form, checking each kind's format (table-driven), required fields
// only on deposit, repeatable rows, and the flattening for exports.

#include "http/form.hpp"
#include "labelling/form_answers.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

using namespace essaim::labelling;
using essaim::http::Form;

namespace {

FormField field(std::string key, FieldKind kind, bool required = false, std::vector<std::string> choices = {})
{
    FormField f;
    f.key = std::move(key);
    f.kind = kind;
    f.label = "Libellé " + f.key;
    f.required = required;
    f.choices = std::move(choices);
    return f;
}

FormDefinition single(FormField f)
{
    FormDefinition definition;
    definition.sections.push_back(FormSection{"Partie", {std::move(f)}});
    return definition;
}

bool known_commune(const std::string& code) { return code == "42218" || code == "2A004"; }

//! The error posted once as `value` into a one-field form of `kind` gives (Draft check), "" when none.
std::string error_for(FieldKind kind, const std::string& value, std::vector<std::string> choices = {})
{
    const auto definition = single(field("q", kind, false, std::move(choices)));
    Form posted;
    posted.add("champ_q", value);
    const auto answers = answers_from_form(definition, posted);
    const auto errors = check_answers_with(definition, answers, {}, AnswerCheck::Draft, known_commune);
    auto found = errors.find("champ_q");
    return found == errors.end() ? "" : found->second;
}

std::string stored(FieldKind kind, const std::string& value, std::vector<std::string> choices = {})
{
    const auto definition = single(field("q", kind, false, std::move(choices)));
    Form posted;
    posted.add("champ_q", value);
    auto object = boost::json::parse(answers_from_form(definition, posted)).as_object();
    if (!object.contains("q"))
        return "<absent>";
    return std::string(object["q"].as_string().c_str());
}

struct Case {
    FieldKind kind;
    std::string input;
    bool valid;
    std::string stored;  //!< expected canonical value when valid
};

} // namespace

TEST(FormAnswers, EachKindChecksItsFormat)
{
    const std::vector<std::string> choices = {"Accompagnement", "Financement"};
    const std::vector<Case> cases = {
        {FieldKind::ShortText, "  Bonjour  ", true, "Bonjour"},
        {FieldKind::ShortText, std::string(501, 'a'), false, ""},
        {FieldKind::LongText, "Ligne 1\r\nLigne 2", true, "Ligne 1\r\nLigne 2"},
        {FieldKind::Number, "12", true, "12"},
        {FieldKind::Number, "-3,5", true, "-3.5"},
        {FieldKind::Number, "1 500,50", true, "1500.50"},
        {FieldKind::Number, "1\xC2\xA0" "500", true, "1500"},
        {FieldKind::Number, "douze", false, ""},
        {FieldKind::Number, "1,5,2", false, ""},
        {FieldKind::Amount, "1 500,50", true, "1500.50"},
        {FieldKind::Amount, "2500", true, "2500"},
        {FieldKind::Amount, "00120.5", true, "120.5"},
        {FieldKind::Amount, "-10", false, ""},
        {FieldKind::Amount, "10,555", false, ""},
        {FieldKind::Amount, "10 €", false, ""},
        {FieldKind::Date, "2026-03-31", true, "2026-03-31"},
        {FieldKind::Date, "31/03/2026", true, "2026-03-31"},
        {FieldKind::Date, "29/02/2024", true, "2024-02-29"},
        {FieldKind::Date, "29/02/2026", false, ""},
        {FieldKind::Date, "2026-13-01", false, ""},
        {FieldKind::Date, "demain", false, ""},
        {FieldKind::SingleChoice, "Financement", true, "Financement"},
        {FieldKind::SingleChoice, "Autre", false, ""},
        {FieldKind::YesNo, "oui", true, "oui"},
        {FieldKind::YesNo, "Non", true, "non"},
        {FieldKind::YesNo, "peut-être", false, ""},
        {FieldKind::Siret, "732 829 320 00074", true, "73282932000074"},
        {FieldKind::Siret, "35600000000048", true, "35600000000048"},
        {FieldKind::Siret, "73282932000075", false, ""},
        {FieldKind::Siret, "7328293200007", false, ""},
        {FieldKind::Commune, "42218", true, "42218"},
        {FieldKind::Commune, "2a004", true, "2A004"},
        {FieldKind::Commune, "42999", false, ""},  // well-formed but not in the table
        {FieldKind::Commune, "4221", false, ""},
    };
    for (const auto& c : cases) {
        const auto label = std::string(field_kind_code(c.kind)) + " « " + c.input + " »";
        const auto error = error_for(c.kind, c.input, choices);
        EXPECT_EQ(error.empty(), c.valid) << label << " → " << error;
        if (c.valid)
            EXPECT_EQ(stored(c.kind, c.input, choices), c.stored) << label;
        else
            EXPECT_NE(stored(c.kind, c.input, choices), "<absent>") << label << " (kept as typed)";
    }
}

TEST(FormAnswers, EmptyAnswersAreLeftOut)
{
    EXPECT_EQ(stored(FieldKind::ShortText, "   "), "<absent>");
    EXPECT_EQ(error_for(FieldKind::Number, ""), "");
}

TEST(FormAnswers, RequiredFieldsOnlyOnDeposit)
{
    FormDefinition definition;
    FormField block = field("equipe", FieldKind::Repeatable, true);
    block.fields = {field("nom", FieldKind::ShortText, true), field("age", FieldKind::Number)};
    definition.sections.push_back(FormSection{"A",
        {field("presentation", FieldKind::LongText, true), field("choix", FieldKind::MultipleChoice, true, {"a", "b"}),
            field("statuts", FieldKind::File, true), field("facultatif", FieldKind::ShortText), block}});
    const std::string empty = answers_from_form(definition, Form{});
    EXPECT_EQ(empty, "{}");
    EXPECT_TRUE(check_answers_with(definition, empty, {}, AnswerCheck::Draft, known_commune).empty());

    const auto errors = check_answers_with(definition, empty, {}, AnswerCheck::Deposit, known_commune);
    EXPECT_EQ(errors.size(), 4u);
    EXPECT_TRUE(errors.count("champ_presentation"));
    EXPECT_TRUE(errors.count("champ_choix"));
    EXPECT_TRUE(errors.count("fichier_statuts"));
    EXPECT_TRUE(errors.count("champ_equipe"));
    EXPECT_FALSE(errors.count("champ_facultatif"));

    // The attachment answers the file field; a row without its required sub-field is flagged there.
    Form posted;
    posted.add("champ_presentation", "Nous accompagnons");
    posted.add("champ_choix", "b");
    posted.add("champ_equipe__0__age", "30");
    const auto answers = answers_from_form(definition, posted);
    const auto second = check_answers_with(definition, answers, {"statuts"}, AnswerCheck::Deposit, known_commune);
    ASSERT_EQ(second.size(), 1u) << answers;
    EXPECT_EQ(second.begin()->first, "champ_equipe__0__nom");
}

TEST(FormAnswers, MultipleChoiceKeepsOrderAndRefusesUnknownChoices)
{
    const auto definition = single(field("q", FieldKind::MultipleChoice, false, {"a", "b", "c"}));
    Form posted;
    posted.add("champ_q", "c");
    posted.add("champ_q", "a");
    posted.add("champ_q", "c");
    const auto answers = answers_from_form(definition, posted);
    EXPECT_EQ(answers, R"({"q":["c","a"]})");
    EXPECT_TRUE(check_answers_with(definition, answers, {}, AnswerCheck::Deposit, known_commune).empty());
    posted.add("champ_q", "z");
    EXPECT_EQ(check_answers_with(definition, answers_from_form(definition, posted), {}, AnswerCheck::Draft, known_commune)
                  .count("champ_q"),
        1u);
}

TEST(FormAnswers, RepeatableRowsAreRenumberedAndEmptyRowsDropped)
{
    FormField block = field("equipe", FieldKind::Repeatable);
    block.fields = {field("nom", FieldKind::ShortText, true), field("budget", FieldKind::Amount)};
    const auto definition = single(block);
    Form posted;
    posted.add("champ_equipe__5__nom", "Zoé");
    posted.add("champ_equipe__5__budget", "1 000");
    posted.add("champ_equipe__0__nom", " Ali ");
    posted.add("champ_equipe__1__nom", "");  // the empty row offered by the form
    posted.add("champ_equipe__1__budget", " ");
    posted.add("champ_equipe__2__inconnu", "ignored");
    posted.add("champ_equipe__x__nom", "ignored");
    posted.add("champ_equipe__3__budget", "abc");
    const auto answers = answers_from_form(definition, posted);
    EXPECT_EQ(answers, R"({"equipe":[{"nom":"Ali"},{"budget":"abc"},{"budget":"1000","nom":"Zoé"}]})");
    const auto errors = check_answers_with(definition, answers, {}, AnswerCheck::Deposit, known_commune);
    EXPECT_EQ(errors.size(), 2u);
    EXPECT_TRUE(errors.count("champ_equipe__1__nom"));
    EXPECT_TRUE(errors.count("champ_equipe__1__budget"));
    const auto columns = flatten_answers(definition, answers);
    ASSERT_EQ(columns.size(), 6u);
    EXPECT_EQ(columns[4].first, "Libellé equipe 3 — Libellé nom");
    EXPECT_EQ(columns[4].second, "Zoé");
}

TEST(FormAnswers, UnreadableStoredAnswersAreReported)
{
    const auto definition = single(field("q", FieldKind::ShortText, true));
    EXPECT_EQ(check_answers_with(definition, R"({"q":12})", {}, AnswerCheck::Draft, known_commune).count("champ_q"), 1u);
    // Not JSON at all: read as no answer.
    EXPECT_EQ(check_answers_with(definition, "oops", {}, AnswerCheck::Deposit, known_commune).count("champ_q"), 1u);
    EXPECT_TRUE(check_answers_with(definition, "oops", {}, AnswerCheck::Draft, known_commune).empty());
}

TEST(FormAnswers, FlattenInFormOrder)
{
    FormDefinition definition;
    definition.sections.push_back(FormSection{"A", {field("oui_non", FieldKind::YesNo), field("piece", FieldKind::File)}});
    definition.sections.push_back(FormSection{"B", {field("choix", FieldKind::MultipleChoice, false, {"x", "y"})}});
    const auto columns = flatten_answers(definition, R"({"oui_non":"oui","choix":["x","y"]})");
    ASSERT_EQ(columns.size(), 2u);
    EXPECT_EQ(columns[0], (std::pair<std::string, std::string>{"Libellé oui_non", "Oui"}));
    EXPECT_EQ(columns[1], (std::pair<std::string, std::string>{"Libellé choix", "x; y"}));
}

TEST(FormAnswers, NormalisersAreIdempotent)
{
    for (std::string input : {"1 500,50", "-0,0", "007", "3.25"}) {
        auto once = normalise_number(input);
        ASSERT_TRUE(once) << input;
        EXPECT_EQ(normalise_number(*once), once) << input;
    }
    EXPECT_EQ(normalise_date("2026-02-28"), "2026-02-28");
    EXPECT_FALSE(normalise_number(""));
    EXPECT_FALSE(normalise_number("-"));
    EXPECT_FALSE(normalise_number(",5"));
    EXPECT_FALSE(normalise_number("5,"));
}

TEST(FormAnswers, MergeReplacesOnlyTheNamedQuestions)
{
    FormDefinition definition;
    definition.sections.push_back(FormSection{"A", {field("nom", FieldKind::ShortText), field("budget", FieldKind::Amount),
                                                       field("themes", FieldKind::MultipleChoice, false, {"x", "y"}),
                                                       field("piece", FieldKind::File)}});
    const std::string stored_json = R"({"nom":"Ruche","budget":"100","themes":["x"]})";
    Form posted;
    posted.add("champ_budget", "1 500,50");
    posted.add("champ_nom", "ignored: not named");
    auto merged = boost::json::parse(merge_answers(definition, stored_json, posted, {"budget"})).as_object();
    EXPECT_EQ(merged["nom"].as_string(), "Ruche");
    EXPECT_EQ(merged["budget"].as_string(), "1500.50");
    EXPECT_EQ(merged["themes"].as_array().size(), 1u);

    // Every box unticked, or the text emptied: the answer goes; unknown and file keys change nothing.
    Form cleared;
    cleared.add("champ_nom", "   ");
    merged = boost::json::parse(merge_answers(definition, stored_json, cleared, {"themes", "nom", "piece", "inconnu"})).as_object();
    EXPECT_FALSE(merged.contains("themes"));
    EXPECT_FALSE(merged.contains("nom"));
    EXPECT_EQ(merged["budget"].as_string(), "100");
    EXPECT_FALSE(merged.contains("piece"));
    EXPECT_FALSE(merged.contains("inconnu"));
}

TEST(FormAnswers, ErrorSummaryNamesEachFieldInFormOrder)
{
    auto team = field("equipe", FieldKind::Repeatable);
    team.label = "Équipe";
    auto member = field("nom", FieldKind::ShortText, true);
    member.label = "Nom";
    team.fields.push_back(member);
    auto title = field("titre", FieldKind::ShortText, true);
    title.label = "Titre du projet";
    auto budget = field("budget", FieldKind::Amount, true);
    budget.label = "Budget prévisionnel";
    auto statutes = field("statuts", FieldKind::File, true);
    statutes.label = "Statuts";
    FormDefinition definition;
    definition.sections.push_back(FormSection{"A", {title, budget}});
    definition.sections.push_back(FormSection{"B", {team, statutes}});

    const auto errors = check_answers_with(definition, R"({"equipe":[{"nom":"A"},{}]})", {}, AnswerCheck::Deposit, known_commune);
    const auto summary = error_summary(definition, errors);
    std::vector<std::string> texts;
    for (const auto& item : summary)
        texts.push_back(item.input_name + " | " + item.text);
    EXPECT_EQ(texts, (std::vector<std::string>{
                         "champ_titre | Titre du projet : ce champ est obligatoire",
                         "champ_budget | Budget prévisionnel : ce champ est obligatoire",
                         "champ_equipe__1__nom | Équipe — ligne 2 — Nom : ce champ est obligatoire",
                         "fichier_statuts | Statuts : ce document est obligatoire",
                     }));
    // Next to the field, the message stays a sentence of its own.
    EXPECT_EQ(errors.at("champ_budget"), "Ce champ est obligatoire.");
    EXPECT_EQ(input_label(definition, "champ_equipe__0__nom"), "Équipe — ligne 1 — Nom");
    EXPECT_EQ(input_label(definition, "champ_inconnu"), "");
}
