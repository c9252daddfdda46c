#pragma once
// The form of a call for applications: sections of typed fields, stored as JSON in
// call_forms.definition_json. One version of it is what a dossier is filled with.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace essaim::labelling {

enum class FieldKind {
    ShortText,
    LongText,
    Number,
    Amount,
    Date,
    SingleChoice,
    MultipleChoice,
    YesNo,
    Siret,
    Commune,
    File,
    Repeatable,
};

//! Every kind, in the builder's display order.
const std::vector<FieldKind>& field_kinds();
std::string_view field_kind_code(FieldKind kind);   //!< "short_text", …, "repeatable"
std::string_view field_kind_label(FieldKind kind);  //!< "Texte court", …, "Bloc répétable"
bool field_kind_from_code(std::string_view code, FieldKind& kind);
//! Single and multiple choice fields need their list of choices.
bool kind_has_choices(FieldKind kind);
//! A repeatable block's sub-fields hold one text each: any kind except file, multiple choice and repeatable.
bool kind_allowed_in_block(FieldKind kind);

struct FormField {
    std::string key;  //!< unique in the form (sub-fields: within their block); [a-z0-9_], 1–40
    FieldKind kind = FieldKind::ShortText;
    std::string label;
    std::string help;
    bool required = false;
    std::vector<std::string> choices;  //!< single_choice and multiple_choice
    std::vector<FormField> fields;     //!< repeatable: its sub-fields
};

struct FormSection {
    std::string title;
    std::vector<FormField> fields;
};

struct FormDefinition {
    std::vector<FormSection> sections;
};

//! Lower-case ASCII letters, digits and underscores, starting with a letter, at most 40 characters.
bool is_valid_field_key(std::string_view key);

//! The JSON stored in call_forms.definition_json.
std::string form_to_json(const FormDefinition& definition);
//! Reads a definition; nullopt when the JSON is malformed or breaks a rule (unknown kind, bad or
//! duplicate key, a choice field without choices, a file, multiple choice or block inside a block, too big).
std::optional<FormDefinition> form_from_json(std::string_view json);

//! The top-level field with this key, or nullptr.
const FormField* find_field(const FormDefinition& definition, std::string_view key);
//! Number of top-level fields over all sections.
std::size_t field_count(const FormDefinition& definition);
//! Every key used in the form (top-level fields), to check a new key is free.
std::vector<std::string> field_keys(const FormDefinition& definition);

} // namespace essaim::labelling
