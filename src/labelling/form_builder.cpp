#include "labelling/form_builder.hpp"

#include "auth/audit_helpers.hpp"
#include "core/text.hpp"
#include "db/session.hpp"
#include "http/form.hpp"
#include "labelling/permissions.hpp"

#include <algorithm>

namespace essaim::labelling {

namespace {

constexpr std::size_t max_label = 300;
constexpr std::size_t max_help = 1000;

using Edit = std::function<core::Result<core::Done>(FormDefinition&)>;

//! Applies `edit` to a copy of the current version, checks the result still reads, and stores it:
//! in place when the version is not frozen, as the next version otherwise.
core::Result<CallForm> change_form(db::Session& session, const core::Clock& clock, const auth::Identity& actor,
    long long call_id, const std::string& action, const auth::RequestInfo& request, const Edit& edit)
{
    if (!may_administer_labelling(actor))
        return core::Error::forbidden();
    db::Transaction transaction(session);
    if (!find_call(session, call_id))
        return core::Error::not_found();
    auto form = current_form(session, call_id);
    const long long now = clock.now();
    CallForm result = form.value_or(CallForm{0, call_id, 0, FormDefinition{}, true});
    auto done = edit(result.definition);
    if (!done)
        return done.error();
    if (!form_from_json(form_to_json(result.definition)))
        return core::Error::invalid({}, "Cette modification rendrait le formulaire illisible.");
    const bool new_version = !form || form->frozen;
    if (new_version) {
        result.version = form ? form->version + 1 : 1;
        result.frozen = false;
        result.id = insert_form(session, call_id, result.version, result.definition, now, actor.user_id);
    } else {
        update_form_definition(session, result.id, result.definition);
    }
    auto entry = auth::audit_entry(request, actor.user_id, "labelling.call_form_" + action, "call", std::to_string(call_id));
    entry.after_json = auth::json_object({{"form_id", std::to_string(result.id)}, {"version", std::to_string(result.version)},
        {"new_version", new_version ? "oui" : "non"}});
    auth::record(session, now, entry);
    transaction.commit();
    return result;
}

core::Result<std::string> checked_section_title(const std::string& raw)
{
    auto title = core::trim(raw);
    if (title.empty())
        return core::Error::invalid({{"titre", "Donnez un titre à la partie."}});
    if (!core::is_valid_utf8(title) || core::count_code_points(title) > max_label)
        return core::Error::invalid({{"titre", "Le titre ne peut dépasser 300 caractères."}});
    return title;
}

//! The field list a path points into (a section's fields or a block's sub-fields) and the index in it.
struct Slot {
    std::vector<FormField>* list = nullptr;
    std::size_t index = 0;
};

Slot find_slot(FormDefinition& definition, const FieldPath& path)
{
    for (auto& section : definition.sections) {
        for (std::size_t i = 0; i < section.fields.size(); ++i) {
            auto& field = section.fields[i];
            if (path.block.empty() && field.key == path.key)
                return {&section.fields, i};
            if (!path.block.empty() && field.key == path.block && field.kind == FieldKind::Repeatable)
                for (std::size_t j = 0; j < field.fields.size(); ++j)
                    if (field.fields[j].key == path.key)
                        return {&field.fields, j};
        }
    }
    return {};
}

FormField* find_block(FormDefinition& definition, const std::string& key)
{
    for (auto& section : definition.sections)
        for (auto& field : section.fields)
            if (field.key == key && field.kind == FieldKind::Repeatable)
                return &field;
    return nullptr;
}

//! Builds the field from the input; `taken` are the keys the new key must avoid (empty when editing).
core::Result<FormField> build_field(const FieldInput& input, bool in_block, const std::vector<std::string>& taken,
    const FormField* existing)
{
    core::FieldErrors errors;
    FormField field;
    if (existing)
        field = *existing;
    field.label = core::trim(input.label);
    field.help = core::trim(input.help);
    field.required = input.required;
    if (field.label.empty())
        errors["libelle"] = "Donnez un libellé à la question.";
    else if (!core::is_valid_utf8(field.label) || core::count_code_points(field.label) > max_label)
        errors["libelle"] = "Le libellé ne peut dépasser 300 caractères.";
    if (!core::is_valid_utf8(field.help) || core::count_code_points(field.help) > max_help)
        errors["aide"] = "L’aide ne peut dépasser 1 000 caractères.";
    if (!field_kind_from_code(input.kind, field.kind))
        errors["type"] = "Choisissez le type de la question.";
    else if (in_block && !kind_allowed_in_block(field.kind))
        errors["type"] = "Un bloc répétable ne peut contenir ni pièce jointe, ni choix multiple, ni autre bloc.";
    if (!existing) {
        auto key = core::trim(input.key);
        if (key.empty())
            key = key_from_label(field.label, taken);
        if (!is_valid_field_key(key))
            errors["cle"] = "La clé s’écrit en minuscules sans accent, chiffres et _ (40 caractères au plus), "
                            "et commence par une lettre.";
        else if (std::find(taken.begin(), taken.end(), key) != taken.end())
            errors["cle"] = "Une autre question a déjà cette clé.";
        field.key = key;
    }
    field.choices.clear();
    if (kind_has_choices(field.kind)) {
        std::size_t start = 0;
        const auto& text = input.choices;
        while (start <= text.size()) {
            auto end = text.find('\n', start);
            if (end == std::string::npos)
                end = text.size();
            auto choice = core::trim(text.substr(start, end - start));
            if (!choice.empty() && std::find(field.choices.begin(), field.choices.end(), choice) == field.choices.end())
                field.choices.push_back(choice);
            start = end + 1;
        }
        if (field.choices.empty())
            errors["choix"] = "Saisissez les réponses proposées, une par ligne.";
        else if (field.choices.size() > 100)
            errors["choix"] = "Proposez 100 réponses au plus.";
        else if (!core::is_valid_utf8(text))
            errors["choix"] = "Les réponses contiennent des caractères non valides.";
    }
    if (field.kind != FieldKind::Repeatable)
        field.fields.clear();
    if (!errors.empty())
        return core::Error::invalid(std::move(errors));
    return field;
}

void move_in(std::vector<FormField>& list, std::size_t index, MoveDirection direction)
{
    if (direction == MoveDirection::Up && index > 0)
        std::swap(list[index], list[index - 1]);
    else if (direction == MoveDirection::Down && index + 1 < list.size())
        std::swap(list[index], list[index + 1]);
}

} // namespace

FieldInput field_input_from_form(const http::Form& form)
{
    FieldInput input;
    input.label = form.get("libelle");
    input.help = form.get("aide");
    input.kind = form.get("type");
    input.key = form.get("cle");
    input.choices = form.get("choix");
    input.required = form.get("obligatoire") == "oui";
    return input;
}

FieldInput field_input_from_field(const FormField& field)
{
    FieldInput input;
    input.label = field.label;
    input.help = field.help;
    input.kind = std::string(field_kind_code(field.kind));
    input.key = field.key;
    for (const auto& choice : field.choices)
        input.choices += choice + "\n";
    input.required = field.required;
    return input;
}

std::string key_from_label(const std::string& label, const std::vector<std::string>& taken)
{
    std::string key;
    for (char c : core::fold_for_search(label)) {
        const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (keep)
            key += c;
        else if (!key.empty() && key.back() != '_')
            key += '_';
        if (key.size() >= 30)
            break;
    }
    while (!key.empty() && key.back() == '_')
        key.pop_back();
    if (key.empty() || key.front() < 'a' || key.front() > 'z')
        key = "q_" + key;
    if (key == "q_")
        key = "question";
    std::string candidate = key;
    for (int suffix = 2; std::find(taken.begin(), taken.end(), candidate) != taken.end(); ++suffix)
        candidate = key + "_" + std::to_string(suffix);
    return candidate;
}

const FormField* field_at(const FormDefinition& definition, const FieldPath& path)
{
    for (const auto& section : definition.sections)
        for (const auto& field : section.fields) {
            if (path.block.empty() && field.key == path.key)
                return &field;
            if (!path.block.empty() && field.key == path.block && field.kind == FieldKind::Repeatable)
                for (const auto& sub : field.fields)
                    if (sub.key == path.key)
                        return &sub;
        }
    return nullptr;
}

core::Result<CallForm> add_section(db::Session& session, const core::Clock& clock, const auth::Identity& actor,
    long long call_id, const std::string& title, const auth::RequestInfo& request)
{
    auto checked = checked_section_title(title);
    if (!checked)
        return checked.error();
    return change_form(session, clock, actor, call_id, "section_added", request, [&](FormDefinition& definition) -> core::Result<core::Done> {
        if (definition.sections.size() >= 100)
            return core::Error::invalid({{"titre", "Le formulaire a déjà 100 parties."}});
        definition.sections.push_back(FormSection{checked.value(), {}});
        return core::Done{};
    });
}

core::Result<CallForm> rename_section(db::Session& session, const core::Clock& clock, const auth::Identity& actor,
    long long call_id, std::size_t section, const std::string& title, const auth::RequestInfo& request)
{
    auto checked = checked_section_title(title);
    if (!checked)
        return checked.error();
    return change_form(session, clock, actor, call_id, "section_renamed", request, [&](FormDefinition& definition) -> core::Result<core::Done> {
        if (section >= definition.sections.size())
            return core::Error::not_found("Cette partie n’existe pas.");
        definition.sections[section].title = checked.value();
        return core::Done{};
    });
}

core::Result<CallForm> move_section(db::Session& session, const core::Clock& clock, const auth::Identity& actor,
    long long call_id, std::size_t section, MoveDirection direction, const auth::RequestInfo& request)
{
    return change_form(session, clock, actor, call_id, "section_moved", request, [&](FormDefinition& definition) -> core::Result<core::Done> {
        auto& sections = definition.sections;
        if (section >= sections.size())
            return core::Error::not_found("Cette partie n’existe pas.");
        if (direction == MoveDirection::Up && section > 0)
            std::swap(sections[section], sections[section - 1]);
        else if (direction == MoveDirection::Down && section + 1 < sections.size())
            std::swap(sections[section], sections[section + 1]);
        return core::Done{};
    });
}

core::Result<CallForm> delete_section(db::Session& session, const core::Clock& clock, const auth::Identity& actor,
    long long call_id, std::size_t section, const auth::RequestInfo& request)
{
    return change_form(session, clock, actor, call_id, "section_deleted", request, [&](FormDefinition& definition) -> core::Result<core::Done> {
        if (section >= definition.sections.size())
            return core::Error::not_found("Cette partie n’existe pas.");
        definition.sections.erase(definition.sections.begin() + static_cast<std::ptrdiff_t>(section));
        return core::Done{};
    });
}

core::Result<CallForm> add_field(db::Session& session, const core::Clock& clock, const auth::Identity& actor,
    long long call_id, std::size_t section, const std::string& block, const FieldInput& input,
    const auth::RequestInfo& request)
{
    return change_form(session, clock, actor, call_id, "field_added", request, [&](FormDefinition& definition) -> core::Result<core::Done> {
        if (!block.empty()) {
            auto* parent = find_block(definition, block);
            if (!parent)
                return core::Error::not_found("Ce bloc répétable n’existe pas.");
            std::vector<std::string> taken;
            for (const auto& sub : parent->fields)
                taken.push_back(sub.key);
            auto field = build_field(input, true, taken, nullptr);
            if (!field)
                return field.error();
            parent->fields.push_back(std::move(field.value()));
            return core::Done{};
        }
        if (section >= definition.sections.size())
            return core::Error::not_found("Cette partie n’existe pas.");
        if (field_count(definition) >= 400)
            return core::Error::invalid({{"libelle", "Le formulaire a déjà 400 questions."}});
        auto field = build_field(input, false, field_keys(definition), nullptr);
        if (!field)
            return field.error();
        definition.sections[section].fields.push_back(std::move(field.value()));
        return core::Done{};
    });
}

core::Result<CallForm> edit_field(db::Session& session, const core::Clock& clock, const auth::Identity& actor,
    long long call_id, const FieldPath& path, const FieldInput& input, const auth::RequestInfo& request)
{
    return change_form(session, clock, actor, call_id, "field_edited", request, [&](FormDefinition& definition) -> core::Result<core::Done> {
        auto slot = find_slot(definition, path);
        if (!slot.list)
            return core::Error::not_found("Cette question n’existe pas.");
        auto& existing = (*slot.list)[slot.index];
        auto field = build_field(input, !path.block.empty(), {}, &existing);
        if (!field)
            return field.error();
        existing = std::move(field.value());
        return core::Done{};
    });
}

core::Result<CallForm> move_field(db::Session& session, const core::Clock& clock, const auth::Identity& actor,
    long long call_id, const FieldPath& path, MoveDirection direction, const auth::RequestInfo& request)
{
    return change_form(session, clock, actor, call_id, "field_moved", request, [&](FormDefinition& definition) -> core::Result<core::Done> {
        auto slot = find_slot(definition, path);
        if (!slot.list)
            return core::Error::not_found("Cette question n’existe pas.");
        // A top-level field at the edge of its section moves into the neighbouring section.
        if (path.block.empty()) {
            for (std::size_t s = 0; s < definition.sections.size(); ++s) {
                auto& fields = definition.sections[s].fields;
                if (&fields != slot.list)
                    continue;
                if (direction == MoveDirection::Up && slot.index == 0 && s > 0) {
                    auto field = std::move(fields.front());
                    fields.erase(fields.begin());
                    definition.sections[s - 1].fields.push_back(std::move(field));
                    return core::Done{};
                }
                if (direction == MoveDirection::Down && slot.index + 1 == fields.size() && s + 1 < definition.sections.size()) {
                    auto field = std::move(fields.back());
                    fields.pop_back();
                    auto& next = definition.sections[s + 1].fields;
                    next.insert(next.begin(), std::move(field));
                    return core::Done{};
                }
            }
        }
        move_in(*slot.list, slot.index, direction);
        return core::Done{};
    });
}

core::Result<CallForm> delete_field(db::Session& session, const core::Clock& clock, const auth::Identity& actor,
    long long call_id, const FieldPath& path, const auth::RequestInfo& request)
{
    return change_form(session, clock, actor, call_id, "field_deleted", request, [&](FormDefinition& definition) -> core::Result<core::Done> {
        auto slot = find_slot(definition, path);
        if (!slot.list)
            return core::Error::not_found("Cette question n’existe pas.");
        slot.list->erase(slot.list->begin() + static_cast<std::ptrdiff_t>(slot.index));
        return core::Done{};
    });
}

} // namespace essaim::labelling
