// The parts of the answers that need the platform: check_answers (commune codes looked up in the
// database) and render_form (templates/labelling/form_fields.tpl and form_field.tpl).
#include "core/calendar.hpp"
#include "core/text.hpp"
#include "labelling/call_store.hpp"
#include "labelling/form_answers.hpp"

#include "web/context.hpp"
#include "web/renderer.hpp"

#include <boost/json.hpp>
#include <ctemplate/template.h>

#include <algorithm>

namespace essaim::labelling {

namespace {

boost::json::object parse_object(const std::string& json)
{
    boost::system::error_code error;
    auto value = boost::json::parse(json, error);
    if (error || !value.is_object())
        return {};
    return std::move(value.as_object());
}

std::string text_of(const boost::json::value* value)
{
    if (value == nullptr || !value->is_string())
        return {};
    return std::string(value->as_string().data(), value->as_string().size());
}

std::vector<std::string> texts_of(const boost::json::value* value)
{
    std::vector<std::string> texts;
    if (value == nullptr || !value->is_array())
        return texts;
    for (const auto& item : value->as_array())
        if (item.is_string())
            texts.emplace_back(item.as_string().data(), item.as_string().size());
    return texts;
}

//! How a stored answer is written back in its input: French decimal comma, dates as JJ/MM/AAAA.
std::string input_value(FieldKind kind, const std::string& value)
{
    if ((kind == FieldKind::Number || kind == FieldKind::Amount) && normalise_number(value) == value) {
        auto shown = value;
        std::replace(shown.begin(), shown.end(), '.', ',');
        return shown;
    }
    if (kind == FieldKind::Date && normalise_date(value) == value)
        return core::short_french_date(value);
    return value;
}

//! How a stored answer reads on the dossier's page.
std::string display_value(FieldKind kind, const std::string& value)
{
    switch (kind) {
    case FieldKind::YesNo:
        return value == "oui" ? "Oui" : value == "non" ? "Non" : value;
    case FieldKind::Amount:
        return core::format_euros(value);
    case FieldKind::Number:
        return core::format_decimal(value);
    case FieldKind::Date:
        return input_value(kind, value);
    default:
        return value;
    }
}

std::string size_text(long long bytes)
{
    if (bytes < 1024)
        return std::to_string(bytes) + " octets";
    if (bytes < 1024 * 1024)
        return std::to_string((bytes + 1023) / 1024) + " Ko";
    return std::to_string((bytes + 1024 * 1024 - 1) / (1024 * 1024)) + " Mo";
}

struct InputSpec {
    const FormField& field;
    std::string name;  //!< posted name, also the element id
    std::string value;
    std::vector<std::string> values;  //!< multiple choice
    std::string error;
    bool disabled = false;
};

//! Fills the include dictionary of templates/labelling/form_field.tpl for one input.
void fill_input(ctemplate::TemplateDictionary& dict, const InputSpec& spec,
    const std::vector<AttachmentLink>& attachments)
{
    const auto& field = spec.field;
    dict.SetValue("ID", spec.name);
    dict.SetValue("NAME", spec.name);
    dict.SetValue("LABEL", field.label);
    dict.SetValue("KEY", field.key);
    if (field.required)
        dict.ShowSection("REQUIRED");
    if (spec.disabled)
        dict.ShowSection("DISABLED");
    std::string described;
    if (!field.help.empty()) {
        dict.SetValueAndShowSection("HELP_TEXT", field.help, "HELP");
        described = spec.name + "-aide";
    }
    if (!spec.error.empty()) {
        dict.SetValueAndShowSection("ERROR_MESSAGE", spec.error, "ERROR");
        dict.SetValue("GROUP_ERROR_CLASS", "fr-input-group--error");
        dict.SetValue("INPUT_ERROR_CLASS", "fr-input--error");
        dict.SetValue("FIELDSET_ERROR_CLASS", "fr-fieldset--error");
        dict.SetValue("UPLOAD_ERROR_CLASS", "fr-upload-group--error");
        described += (described.empty() ? "" : " ") + spec.name + "-erreur";
    }
    switch (field.kind) {
    case FieldKind::LongText: {
        auto* section = dict.AddSectionDictionary("TEXTAREA");
        section->SetValue("VALUE", spec.value);
        break;
    }
    case FieldKind::SingleChoice:
    case FieldKind::YesNo:
    case FieldKind::MultipleChoice: {
        const bool multiple = field.kind == FieldKind::MultipleChoice;
        auto* section = dict.AddSectionDictionary(multiple ? "CHECKBOXES" : "RADIOS");
        if (field.kind == FieldKind::YesNo)
            section->SetValue("INLINE_CLASS", "fr-fieldset--inline");
        std::vector<std::pair<std::string, std::string>> options;
        if (field.kind == FieldKind::YesNo)
            options = {{"oui", "Oui"}, {"non", "Non"}};
        else
            for (const auto& choice : field.choices)
                options.emplace_back(choice, choice);
        std::size_t index = 0;
        for (const auto& [value, label] : options) {
            auto* option = section->AddSectionDictionary("OPTION");
            option->SetValue("OPTION_ID", spec.name + "-" + std::to_string(index++));
            option->SetValue("OPTION_VALUE", value);
            option->SetValue("OPTION_LABEL", label);
            const bool checked = multiple ? std::find(spec.values.begin(), spec.values.end(), value) != spec.values.end()
                                          : spec.value == value;
            if (checked)
                option->ShowSection("CHECKED");
            if (spec.disabled)
                option->ShowSection("DISABLED");
            if (field.kind == FieldKind::YesNo)
                option->SetValue("INLINE_ELEMENT_CLASS", "fr-fieldset__element--inline");
        }
        break;
    }
    case FieldKind::File: {
        auto* section = dict.AddSectionDictionary("FILE");
        bool any = false;
        for (const auto& attachment : attachments) {
            if (attachment.field_key != field.key)
                continue;
            any = true;
            auto* link = section->AddSectionDictionary("ATTACHMENT");
            link->SetValue("HREF", attachment.href);
            link->SetValue("FILE_NAME", attachment.file_name);
            link->SetValue("SIZE", size_text(attachment.size_bytes));
            if (!spec.disabled)
                link->SetValueAndShowSection("PIECE_ID", std::to_string(attachment.id), "REMOVABLE");
        }
        // The attach button submits the whole form: the answers typed so far go with the file.
        if (!spec.disabled)
            section->ShowSection("ATTACH");
        if (any) {
            section->ShowSection("ATTACHMENTS");
            described += (described.empty() ? "" : " ") + spec.name + "-pieces";
        }
        break;
    }
    default: {
        auto* section = dict.AddSectionDictionary("INPUT");
        section->SetValue("VALUE", spec.value);
        std::string mode;
        std::string hint;
        switch (field.kind) {
        case FieldKind::Number:
            mode = "decimal", hint = "Un nombre, par exemple 12 ou 2,5.";
            break;
        case FieldKind::Amount:
            mode = "decimal", hint = "En euros, par exemple 1 500,50.";
            break;
        case FieldKind::Date:
            hint = "Au format JJ/MM/AAAA, par exemple 31/03/2026.";
            break;
        case FieldKind::Siret:
            mode = "numeric", hint = "14 chiffres, par exemple 356 000 000 00048.";
            break;
        case FieldKind::Commune:
            hint = "Le code INSEE de la commune (5 caractères, par exemple 42218 pour Saint-Étienne), pas le code postal.";
            section->ShowSection("COMMUNE");
            break;
        default:
            break;
        }
        if (!mode.empty())
            section->SetValueAndShowSection("MODE", mode, "INPUTMODE");
        if (!hint.empty()) {
            section->SetValueAndShowSection("FORMAT_HINT", hint, "FORMAT");
            described = spec.name + "-format" + (described.empty() ? "" : " ") + described;
        }
    }
    }
    if (!described.empty())
        dict.SetValueAndShowSection("DESCRIBEDBY", described, "DESCRIBED");
}

void add_input(ctemplate::TemplateDictionary& parent, const char* include_name, const InputSpec& spec,
    const std::vector<AttachmentLink>& attachments)
{
    auto* include = parent.AddIncludeDictionary(include_name);
    include->SetFilename("labelling/form_field.tpl");
    fill_input(*include, spec, attachments);
}

std::string error_for(const core::FieldErrors& errors, const std::string& name)
{
    auto found = errors.find(name);
    return found == errors.end() ? std::string() : found->second;
}

void fill_read(ctemplate::TemplateDictionary& item, const FormField& field, const boost::json::object& answers,
    const std::vector<AttachmentLink>& attachments, db::Session* session)
{
    const auto* value = answers.if_contains(field.key);
    bool empty = true;
    switch (field.kind) {
    case FieldKind::File:
        for (const auto& attachment : attachments) {
            if (attachment.field_key != field.key)
                continue;
            empty = false;
            auto* link = item.AddSectionDictionary("LINK");
            link->SetValue("HREF", attachment.href);
            link->SetValue("FILE_NAME", attachment.file_name);
            link->SetValue("SIZE", size_text(attachment.size_bytes));
        }
        if (!empty)
            item.ShowSection("LINKS");
        break;
    case FieldKind::MultipleChoice:
        for (const auto& text : texts_of(value)) {
            empty = false;
            item.AddSectionDictionary("CHOICE_ITEM")->SetValue("CHOICE", text);
        }
        if (!empty)
            item.ShowSection("CHOICES");
        break;
    case FieldKind::Repeatable: {
        if (value == nullptr || !value->is_array())
            break;
        std::size_t number = 1;
        for (const auto& row : value->as_array()) {
            const auto* object = row.if_object();
            if (object == nullptr)
                continue;
            empty = false;
            auto* row_dict = item.AddSectionDictionary("ROW");
            row_dict->SetIntValue("ROW_NUMBER", static_cast<long>(number++));
            for (const auto& sub : field.fields) {
                auto* cell = row_dict->AddSectionDictionary("CELL");
                cell->SetValue("CELL_LABEL", sub.label);
                const auto text = text_of(object->if_contains(sub.key));
                cell->SetValue("CELL_VALUE", text.empty() ? "—" : display_value(sub.kind, text));
            }
        }
        if (!empty)
            item.ShowSection("ROWS");
        break;
    }
    default: {
        auto text = text_of(value);
        if (text.empty())
            break;
        empty = false;
        if (field.kind == FieldKind::Commune && session != nullptr) {
            auto name = commune_name(*session, text);
            if (!name.empty())
                text = name + " (" + text + ")";
        }
        auto* text_dict = item.AddSectionDictionary("TEXT");
        text_dict->SetValue("VALUE", display_value(field.kind, text));
        if (field.kind == FieldKind::LongText)
            text_dict->SetValue("TEXT_CLASS", "essaim-long-answer");
    }
    }
    if (empty)
        item.ShowSection("EMPTY");
}

} // namespace

core::FieldErrors check_answers(db::Session& session, const FormDefinition& definition, const std::string& answers_json,
    const std::set<std::string>& attached_field_keys, AnswerCheck check)
{
    return check_answers_with(definition, answers_json, attached_field_keys, check,
        [&session](const std::string& code) { return commune_exists(session, code); });
}

std::string render_form(web::Context& context, const FormDefinition& definition, const std::string& answers_json,
    const core::FieldErrors& errors, const std::vector<AttachmentLink>& attachments, FormMode mode)
{
    const auto answers = parse_object(answers_json);
    const bool disabled = mode == FormMode::Preview;
    ctemplate::TemplateDictionary dict("labelling/form_fields.tpl");
    std::size_t section_number = 0;
    for (const auto& section : definition.sections) {
        ++section_number;
        if (mode == FormMode::Read) {
            auto* read = dict.AddSectionDictionary("READ_SECTION");
            read->SetValue("TITLE", section.title);
            for (const auto& field : section.fields) {
                auto* item = read->AddSectionDictionary("ITEM");
                item->SetValue("LABEL", field.label);
                fill_read(*item, field, answers, attachments, &context.db());
            }
            if (section.fields.empty())
                read->ShowSection("NO_FIELD");
            continue;
        }
        auto* edit = dict.AddSectionDictionary("EDIT_SECTION");
        edit->SetValue("TITLE", section.title);
        edit->SetValue("SECTION_ID", "section-" + std::to_string(section_number));
        if (section.fields.empty())
            edit->ShowSection("NO_FIELD");
        for (const auto& field : section.fields) {
            auto* field_dict = edit->AddSectionDictionary("FIELD");
            const auto* value = answers.if_contains(field.key);
            if (field.kind != FieldKind::Repeatable) {
                const auto name = field.kind == FieldKind::File ? file_input_name(field.key) : field_input_name(field.key);
                InputSpec spec{field, name, input_value(field.kind, text_of(value)), texts_of(value),
                    error_for(errors, name), disabled};
                add_input(*field_dict->AddSectionDictionary("PLAIN"), "INPUT", spec, attachments);
                continue;
            }
            auto* block = field_dict->AddSectionDictionary("BLOCK");
            const auto name = field_input_name(field.key);
            block->SetValue("ID", name);
            block->SetValue("KEY", field.key);
            block->SetValue("LABEL", field.label);
            if (field.required)
                block->ShowSection("REQUIRED");
            if (disabled)
                block->ShowSection("DISABLED");
            std::string described;
            if (!field.help.empty()) {
                block->SetValueAndShowSection("HELP_TEXT", field.help, "HELP");
                described = name + "-aide";
            }
            if (auto message = error_for(errors, name); !message.empty()) {
                block->SetValueAndShowSection("ERROR_MESSAGE", message, "ERROR");
                block->SetValue("FIELDSET_ERROR_CLASS", "fr-fieldset--error");
                described += (described.empty() ? "" : " ") + name + "-erreur";
            }
            if (!described.empty())
                block->SetValueAndShowSection("DESCRIBEDBY", described, "DESCRIBED");
            // The existing rows, then one empty row to fill in.
            std::vector<const boost::json::object*> rows;
            if (value != nullptr && value->is_array())
                for (const auto& row : value->as_array())
                    if (row.is_object())
                        rows.push_back(&row.as_object());
            const std::size_t row_count = disabled ? 1 : rows.size() + 1;
            for (std::size_t index = 0; index < row_count; ++index) {
                auto* row_dict = block->AddSectionDictionary("ROW");
                row_dict->SetValue("ROW_ID", name + "-ligne-" + std::to_string(index));
                row_dict->SetIntValue("ROW_NUMBER", static_cast<long>(index + 1));
                row_dict->SetValue("LABEL", field.label);
                if (index == rows.size() && !disabled)
                    row_dict->ShowSection("NEW_ROW");
                for (const auto& sub : field.fields) {
                    const auto sub_name = row_input_name(field.key, index, sub.key);
                    const auto text = index < rows.size() ? text_of(rows[index]->if_contains(sub.key)) : std::string();
                    InputSpec spec{sub, sub_name, input_value(sub.kind, text), {}, error_for(errors, sub_name), disabled};
                    add_input(*row_dict->AddSectionDictionary("SUB_FIELD"), "SUB_INPUT", spec, attachments);
                }
            }
        }
    }
    if (definition.sections.empty())
        dict.ShowSection("NO_SECTION");
    return context.services.renderer.render("labelling/form_fields.tpl", dict);
}

} // namespace essaim::labelling
