// The form builder's pure parts: keys made from labels, and reading a field back into its form.

#include "labelling/form_builder.hpp"

#include <gtest/gtest.h>

using namespace essaim::labelling;

TEST(FormBuilder, KeysFromLabels)
{
    EXPECT_EQ(key_from_label("Nom du porteur", {}), "nom_du_porteur");
    EXPECT_EQ(key_from_label("Êtes-vous une association ?", {}), "etes_vous_une_association");
    EXPECT_EQ(key_from_label("Budget", {"budget", "budget_2"}), "budget_3");
    EXPECT_EQ(key_from_label("2025 : bilan", {}), "q_2025_bilan");
    EXPECT_EQ(key_from_label("???", {}), "question");
    const auto long_key = key_from_label(std::string(80, 'x'), {});
    EXPECT_TRUE(is_valid_field_key(long_key));
    EXPECT_LE(long_key.size(), 40u);
    for (const auto& label : {"Équipe", "A__B", "_x", "日本"})
        EXPECT_TRUE(is_valid_field_key(key_from_label(label, {}))) << label;
}

TEST(FormBuilder, FieldInputRoundTrip)
{
    FormField field{"activite", FieldKind::SingleChoice, "Activité", "Aide", true, {"A", "B"}, {}};
    const auto input = field_input_from_field(field);
    EXPECT_EQ(input.kind, "single_choice");
    EXPECT_EQ(input.choices, "A\nB\n");
    EXPECT_TRUE(input.required);

    FormDefinition definition;
    FormField block{"equipe", FieldKind::Repeatable, "Équipe", "", false, {}, {FormField{"nom", FieldKind::ShortText, "Nom", "", true, {}, {}}}};
    definition.sections.push_back(FormSection{"A", {field, block}});
    EXPECT_EQ(field_at(definition, FieldPath{"activite", ""})->label, "Activité");
    EXPECT_EQ(field_at(definition, FieldPath{"nom", "equipe"})->label, "Nom");
    EXPECT_EQ(field_at(definition, FieldPath{"nom", ""}), nullptr);
    EXPECT_EQ(field_at(definition, FieldPath{"nom", "activite"}), nullptr);
}
