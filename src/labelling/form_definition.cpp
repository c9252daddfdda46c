#include "labelling/form_definition.hpp"

#include <boost/json.hpp>

#include <array>
#include <set>

namespace essaim::labelling {

namespace {

struct KindInfo {
    FieldKind kind;
    std::string_view code;
    std::string_view label;
};

constexpr std::array<KindInfo, 12> kind_table{{
    {FieldKind::ShortText, "short_text", "Texte court"},
    {FieldKind::LongText, "long_text", "Texte long"},
    {FieldKind::Number, "number", "Nombre"},
    {FieldKind::Amount, "amount", "Montant en euros"},
    {FieldKind::Date, "date", "Date"},
    {FieldKind::SingleChoice, "single_choice", "Choix unique"},
    {FieldKind::MultipleChoice, "multiple_choice", "Choix multiple"},
    {FieldKind::YesNo, "yes_no", "Oui ou non"},
    {FieldKind::Siret, "siret", "Numéro SIRET"},
    {FieldKind::Commune, "commune", "Commune"},
    {FieldKind::File, "file", "Pièce jointe"},
    {FieldKind::Repeatable, "repeatable", "Bloc répétable"},
}};

// Bounds that keep a stored or hostile definition small; far above what a real call needs.
constexpr std::size_t max_json_bytes = 1'000'000;
constexpr std::size_t max_sections = 100;
constexpr std::size_t max_fields = 500;
constexpr std::size_t max_choices = 100;
constexpr std::size_t max_text = 5000;

boost::json::object field_to_json(const FormField& field)
{
    boost::json::object object;
    object["key"] = field.key;
    object["kind"] = field_kind_code(field.kind);
    object["label"] = field.label;
    object["help"] = field.help;
    object["required"] = field.required;
    if (kind_has_choices(field.kind)) {
        boost::json::array choices;
        for (const auto& choice : field.choices)
            choices.emplace_back(choice);
        object["choices"] = std::move(choices);
    }
    if (field.kind == FieldKind::Repeatable) {
        boost::json::array fields;
        for (const auto& sub : field.fields)
            fields.emplace_back(field_to_json(sub));
        object["fields"] = std::move(fields);
    }
    return object;
}

bool read_string(const boost::json::object& object, std::string_view name, std::string& out, bool mandatory)
{
    const auto* value = object.if_contains(name);
    if (value == nullptr)
        return !mandatory;
    const auto* text = value->if_string();
    if (text == nullptr || text->size() > max_text)
        return false;
    out.assign(text->data(), text->size());
    return true;
}

bool read_field(const boost::json::value& value, bool in_block, std::size_t& total, FormField& field)
{
    if (++total > max_fields)
        return false;
    const auto* object = value.if_object();
    if (object == nullptr)
        return false;
    std::string kind;
    if (!read_string(*object, "key", field.key, true) || !is_valid_field_key(field.key))
        return false;
    if (!read_string(*object, "kind", kind, true) || !field_kind_from_code(kind, field.kind))
        return false;
    if (in_block && !kind_allowed_in_block(field.kind))
        return false;
    if (!read_string(*object, "label", field.label, true) || !read_string(*object, "help", field.help, false))
        return false;
    if (const auto* required = object->if_contains("required")) {
        if (!required->is_bool())
            return false;
        field.required = required->as_bool();
    }
    if (kind_has_choices(field.kind)) {
        const auto* choices = object->if_contains("choices");
        if (choices == nullptr || !choices->is_array() || choices->as_array().empty()
            || choices->as_array().size() > max_choices)
            return false;
        std::set<std::string> seen;
        for (const auto& choice : choices->as_array()) {
            const auto* text = choice.if_string();
            if (text == nullptr || text->empty() || text->size() > max_text)
                return false;
            std::string copy(text->data(), text->size());
            if (!seen.insert(copy).second)
                return false;
            field.choices.push_back(std::move(copy));
        }
    }
    if (field.kind == FieldKind::Repeatable) {
        const auto* fields = object->if_contains("fields");
        if (fields == nullptr || !fields->is_array())
            return false;
        std::set<std::string> keys;
        for (const auto& sub_value : fields->as_array()) {
            FormField sub;
            if (!read_field(sub_value, true, total, sub) || !keys.insert(sub.key).second)
                return false;
            field.fields.push_back(std::move(sub));
        }
    }
    return true;
}

} // namespace

const std::vector<FieldKind>& field_kinds()
{
    static const std::vector<FieldKind> kinds = [] {
        std::vector<FieldKind> all;
        for (const auto& info : kind_table)
            all.push_back(info.kind);
        return all;
    }();
    return kinds;
}

std::string_view field_kind_code(FieldKind kind)
{
    for (const auto& info : kind_table)
        if (info.kind == kind)
            return info.code;
    return "short_text";
}

std::string_view field_kind_label(FieldKind kind)
{
    for (const auto& info : kind_table)
        if (info.kind == kind)
            return info.label;
    return "Texte court";
}

bool field_kind_from_code(std::string_view code, FieldKind& kind)
{
    for (const auto& info : kind_table)
        if (info.code == code) {
            kind = info.kind;
            return true;
        }
    return false;
}

bool kind_has_choices(FieldKind kind) { return kind == FieldKind::SingleChoice || kind == FieldKind::MultipleChoice; }

bool kind_allowed_in_block(FieldKind kind)
{
    return kind != FieldKind::File && kind != FieldKind::Repeatable && kind != FieldKind::MultipleChoice;
}

bool is_valid_field_key(std::string_view key)
{
    if (key.empty() || key.size() > 40 || key.front() < 'a' || key.front() > 'z')
        return false;
    for (char c : key)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
            return false;
    // "__" separates a block's key from a row index in posted input names.
    return key.find("__") == std::string_view::npos;
}

std::string form_to_json(const FormDefinition& definition)
{
    boost::json::array sections;
    for (const auto& section : definition.sections) {
        boost::json::object object;
        object["title"] = section.title;
        boost::json::array fields;
        for (const auto& field : section.fields)
            fields.emplace_back(field_to_json(field));
        object["fields"] = std::move(fields);
        sections.emplace_back(std::move(object));
    }
    boost::json::object root;
    root["sections"] = std::move(sections);
    return boost::json::serialize(root);
}

std::optional<FormDefinition> form_from_json(std::string_view json)
{
    if (json.size() > max_json_bytes)
        return std::nullopt;
    boost::system::error_code error;
    boost::json::parse_options options;
    options.max_depth = 16;
    auto root = boost::json::parse(json, error, {}, options);
    if (error || !root.is_object())
        return std::nullopt;
    const auto* sections = root.as_object().if_contains("sections");
    if (sections == nullptr || !sections->is_array() || sections->as_array().size() > max_sections)
        return std::nullopt;
    FormDefinition definition;
    std::set<std::string> keys;
    std::size_t total = 0;
    for (const auto& section_value : sections->as_array()) {
        const auto* object = section_value.if_object();
        if (object == nullptr)
            return std::nullopt;
        FormSection section;
        if (!read_string(*object, "title", section.title, true))
            return std::nullopt;
        const auto* fields = object->if_contains("fields");
        if (fields == nullptr || !fields->is_array())
            return std::nullopt;
        for (const auto& field_value : fields->as_array()) {
            FormField field;
            if (!read_field(field_value, false, total, field) || !keys.insert(field.key).second)
                return std::nullopt;
            section.fields.push_back(std::move(field));
        }
        definition.sections.push_back(std::move(section));
    }
    return definition;
}

const FormField* find_field(const FormDefinition& definition, std::string_view key)
{
    for (const auto& section : definition.sections)
        for (const auto& field : section.fields)
            if (field.key == key)
                return &field;
    return nullptr;
}

std::size_t field_count(const FormDefinition& definition)
{
    std::size_t count = 0;
    for (const auto& section : definition.sections)
        count += section.fields.size();
    return count;
}

std::vector<std::string> field_keys(const FormDefinition& definition)
{
    std::vector<std::string> keys;
    for (const auto& section : definition.sections)
        for (const auto& field : section.fields)
            keys.push_back(field.key);
    return keys;
}

} // namespace essaim::labelling
