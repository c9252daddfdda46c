// The form definition: its JSON round trip and the rules form_from_json enforces.

#include "labelling/form_definition.hpp"

#include <gtest/gtest.h>

using namespace essaim::labelling;

namespace {

FormDefinition every_kind()
{
    FormDefinition definition;
    FormSection section{"Présentation", {}};
    for (auto kind : field_kinds()) {
        FormField field;
        field.key = "champ_" + std::string(field_kind_code(kind));
        field.kind = kind;
        field.label = std::string(field_kind_label(kind)) + " « test » <b>";
        field.help = "Aide";
        field.required = kind == FieldKind::LongText;
        if (kind_has_choices(kind))
            field.choices = {"Accompagnement", "Financement"};
        if (kind == FieldKind::Repeatable)
            field.fields = {FormField{"nom", FieldKind::ShortText, "Nom", "", true, {}, {}},
                FormField{"role", FieldKind::SingleChoice, "Rôle", "", false, {"Salarié", "Bénévole"}, {}}};
        section.fields.push_back(field);
    }
    definition.sections.push_back(section);
    definition.sections.push_back(FormSection{"Vide", {}});
    return definition;
}

} // namespace

TEST(FormDefinition, KindCodesRoundTrip)
{
    EXPECT_EQ(field_kinds().size(), 12u);
    for (auto kind : field_kinds()) {
        FieldKind read = FieldKind::ShortText;
        ASSERT_TRUE(field_kind_from_code(field_kind_code(kind), read)) << field_kind_code(kind);
        EXPECT_EQ(read, kind);
        EXPECT_FALSE(field_kind_label(kind).empty());
    }
    FieldKind unused;
    EXPECT_FALSE(field_kind_from_code("texte", unused));
    EXPECT_FALSE(field_kind_from_code("", unused));
}

TEST(FormDefinition, JsonRoundTripKeepsEverything)
{
    const auto definition = every_kind();
    const auto json = form_to_json(definition);
    const auto read = form_from_json(json);
    ASSERT_TRUE(read.has_value()) << json;
    EXPECT_EQ(form_to_json(*read), json);
    ASSERT_EQ(read->sections.size(), 2u);
    EXPECT_EQ(read->sections[0].title, "Présentation");
    EXPECT_EQ(field_count(*read), 12u);
    const auto* block = find_field(*read, "champ_repeatable");
    ASSERT_NE(block, nullptr);
    ASSERT_EQ(block->fields.size(), 2u);
    EXPECT_EQ(block->fields[1].choices[1], "Bénévole");
    EXPECT_TRUE(find_field(*read, "champ_long_text")->required);
    EXPECT_EQ(find_field(*read, "absent"), nullptr);
}

TEST(FormDefinition, ReadsTheContractExample)
{
    const auto read = form_from_json(
        R"({"sections":[{"title":"Présentation","fields":[
        {"key":"presentation","kind":"long_text","label":"Présentez votre structure","help":"","required":true},
        {"key":"activite","kind":"single_choice","label":"Activité","help":"","required":false,"choices":["Accompagnement","Financement"]},
        {"key":"equipe","kind":"repeatable","label":"Équipe","help":"","required":false,"fields":[
            {"key":"nom","kind":"short_text","label":"Nom","help":"","required":true}]}]}]})");
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(field_keys(*read), (std::vector<std::string>{"presentation", "activite", "equipe"}));
}

TEST(FormDefinition, RefusesBrokenDefinitions)
{
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"not json", "{"},
        {"not an object", "[]"},
        {"no sections", R"({})"},
        {"section without title", R"({"sections":[{"fields":[]}]})"},
        {"unknown kind", R"({"sections":[{"title":"A","fields":[{"key":"a","kind":"texte","label":"A"}]}]})"},
        {"bad key", R"({"sections":[{"title":"A","fields":[{"key":"A b","kind":"short_text","label":"A"}]}]})"},
        {"key with double underscore", R"({"sections":[{"title":"A","fields":[{"key":"a__b","kind":"short_text","label":"A"}]}]})"},
        {"duplicate key across sections", R"({"sections":[{"title":"A","fields":[{"key":"a","kind":"short_text","label":"A"}]},)"
                                          R"({"title":"B","fields":[{"key":"a","kind":"number","label":"B"}]}]})"},
        {"choice without choices", R"({"sections":[{"title":"A","fields":[{"key":"a","kind":"single_choice","label":"A","choices":[]}]}]})"},
        {"duplicate choices", R"({"sections":[{"title":"A","fields":[{"key":"a","kind":"multiple_choice","label":"A","choices":["x","x"]}]}]})"},
        {"required not a boolean", R"({"sections":[{"title":"A","fields":[{"key":"a","kind":"short_text","label":"A","required":"oui"}]}]})"},
        {"file in a block", R"({"sections":[{"title":"A","fields":[{"key":"a","kind":"repeatable","label":"A","fields":[)"
                            R"({"key":"f","kind":"file","label":"F"}]}]}]})"},
        {"block in a block", R"({"sections":[{"title":"A","fields":[{"key":"a","kind":"repeatable","label":"A","fields":[)"
                             R"({"key":"b","kind":"repeatable","label":"B","fields":[]}]}]}]})"},
        {"duplicate sub-key", R"({"sections":[{"title":"A","fields":[{"key":"a","kind":"repeatable","label":"A","fields":[)"
                              R"({"key":"n","kind":"short_text","label":"N"},{"key":"n","kind":"number","label":"M"}]}]}]})"},
    };
    for (const auto& [name, json] : cases)
        EXPECT_FALSE(form_from_json(json).has_value()) << name;
}

TEST(FormDefinition, FieldKeys)
{
    EXPECT_TRUE(is_valid_field_key("budget_2026"));
    EXPECT_FALSE(is_valid_field_key(""));
    EXPECT_FALSE(is_valid_field_key("2budget"));
    EXPECT_FALSE(is_valid_field_key("budgét"));
    EXPECT_FALSE(is_valid_field_key(std::string(41, 'a')));
}
