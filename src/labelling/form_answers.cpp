// The database-free part of the answers: reading them from the posted form, checking their
// formats and flattening them. check_answers (with the session) and render_form are in form_render.cpp.
#include "labelling/form_answers.hpp"

#include "core/identifiers.hpp"
#include "core/text.hpp"
#include "http/form.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <charconv>
#include <map>

namespace essaim::labelling {

namespace {

constexpr std::size_t max_short_text = 500;
constexpr std::size_t max_long_text = 20000;
constexpr std::size_t max_rows = 100;

//! `text` with each byte that does not start a well-formed UTF-8 sequence replaced by U+FFFD, so
//! what is stored is valid JSON text (and valid for PostgreSQL); check_answers then reports it.
std::string repair_utf8(std::string_view text)
{
    if (core::is_valid_utf8(text))
        return std::string(text);
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
        if (length != 0 && i + length <= text.size() && core::is_valid_utf8(text.substr(i, length))) {
            out.append(text.substr(i, length));
            i += length;
        } else {
            out += "\xEF\xBF\xBD";
            ++i;
        }
    }
    return out;
}

std::string trim(std::string_view raw)
{
    return core::trim(repair_utf8(raw));
}

std::string lower_ascii(std::string text)
{
    for (auto& c : text)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return text;
}

//! The canonical form of a scalar answer when it parses, the trimmed input otherwise.
std::string normalise_scalar(FieldKind kind, const std::string& value)
{
    switch (kind) {
    case FieldKind::Number:
        return normalise_number(value).value_or(value);
    case FieldKind::Amount:
        return normalise_amount(value).value_or(value);
    case FieldKind::Date:
        return normalise_date(value).value_or(value);
    case FieldKind::YesNo: {
        auto lowered = lower_ascii(value);
        return lowered == "oui" || lowered == "non" ? lowered : value;
    }
    case FieldKind::Siret: {
        auto siret = core::validate_siret(value);
        return siret ? siret.value() : value;
    }
    case FieldKind::Commune: {
        auto code = core::validate_commune_code(value);
        return code ? code.value() : value;
    }
    default:
        return value;
    }
}

//! The message for a malformed non-empty scalar answer, or "" when it is fine.
std::string scalar_error(const FormField& field, const std::string& value,
    const std::function<bool(const std::string&)>& commune_exists)
{
    if (!http::is_clean_utf8(value))
        return "Ce texte contient des caractères non valides.";
    switch (field.kind) {
    case FieldKind::ShortText:
        return value.size() > max_short_text ? "Ce texte est trop long (500 caractères au plus)." : "";
    case FieldKind::LongText:
        return value.size() > max_long_text ? "Ce texte est trop long (20 000 caractères au plus)." : "";
    case FieldKind::Number:
        return normalise_number(value) ? "" : "Saisissez un nombre, par exemple 12 ou 1 500,5.";
    case FieldKind::Amount:
        return normalise_amount(value) ? "" : "Saisissez un montant en euros, positif, par exemple 1 500,50.";
    case FieldKind::Date:
        return normalise_date(value) ? "" : "Saisissez une date valide au format JJ/MM/AAAA, par exemple 31/03/2026.";
    case FieldKind::SingleChoice:
        return std::find(field.choices.begin(), field.choices.end(), value) != field.choices.end()
            ? ""
            : "Choisissez une des réponses proposées.";
    case FieldKind::YesNo:
        return value == "oui" || value == "non" ? "" : "Répondez par oui ou par non.";
    case FieldKind::Siret: {
        auto siret = core::validate_siret(value);
        return siret ? "" : siret.error().message;
    }
    case FieldKind::Commune: {
        auto code = core::validate_commune_code(value);
        if (!code)
            return code.error().message;
        return commune_exists(code.value()) ? ""
                                            : "Aucune commune n’a ce code INSEE : vérifiez-le (ce n’est pas le code postal).";
    }
    default:
        return "";
    }
}

std::string string_of(const boost::json::value* value)
{
    if (value == nullptr)
        return {};
    if (const auto* text = value->if_string())
        return std::string(text->data(), text->size());
    return {};
}

boost::json::object parse_answers(const std::string& answers_json)
{
    boost::system::error_code error;
    boost::json::parse_options options;
    options.max_depth = 8;
    auto value = boost::json::parse(answers_json, error, {}, options);
    if (error || !value.is_object())
        return {};
    return std::move(value.as_object());
}

//! Reads "<index>__<subkey>" after a block's prefix.
bool parse_row_suffix(std::string_view suffix, std::size_t& index, std::string_view& sub_key)
{
    const auto separator = suffix.find("__");
    if (separator == std::string_view::npos || separator == 0 || separator > 4)
        return false;
    auto digits = suffix.substr(0, separator);
    auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), index);
    if (error != std::errc() || end != digits.data() + digits.size())
        return false;
    sub_key = suffix.substr(separator + 2);
    return true;
}

std::string choices_text(const boost::json::value* value)
{
    std::string text;
    if (value == nullptr || !value->is_array())
        return text;
    for (const auto& item : value->as_array()) {
        if (!item.is_string())
            continue;
        if (!text.empty())
            text += "; ";
        text += std::string(item.as_string().data(), item.as_string().size());
    }
    return text;
}

std::string display_scalar(FieldKind kind, const std::string& value)
{
    if (kind == FieldKind::YesNo)
        return value == "oui" ? "Oui" : value == "non" ? "Non" : value;
    return value;
}

} // namespace

std::string field_input_name(std::string_view key) { return "champ_" + std::string(key); }

std::string row_input_name(std::string_view block_key, std::size_t index, std::string_view sub_key)
{
    return "champ_" + std::string(block_key) + "__" + std::to_string(index) + "__" + std::string(sub_key);
}

std::string file_input_name(std::string_view key) { return "fichier_" + std::string(key); }

std::optional<std::string> normalise_number(std::string_view text)
{
    std::string compact;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ' ' || c == '\t')
            continue;
        if (text.compare(i, 2, "\xC2\xA0") == 0) {  // no-break space
            ++i;
            continue;
        }
        if (text.compare(i, 3, "\xE2\x80\xAF") == 0) {  // narrow no-break space
            i += 2;
            continue;
        }
        compact += c;
    }
    if (compact.empty() || compact.size() > 40)
        return std::nullopt;
    std::string out;
    std::size_t i = 0;
    if (compact[0] == '-') {
        out += '-';
        i = 1;
    }
    std::string integer, decimals;
    bool separator = false;
    for (; i < compact.size(); ++i) {
        const char c = compact[i];
        if (c >= '0' && c <= '9')
            (separator ? decimals : integer) += c;
        else if ((c == ',' || c == '.') && !separator)
            separator = true;
        else
            return std::nullopt;
    }
    if (integer.empty() || (separator && decimals.empty()))
        return std::nullopt;
    const auto significant = integer.find_first_not_of('0');
    integer = significant == std::string::npos ? "0" : integer.substr(significant);
    out += integer;
    if (separator)
        out += "." + decimals;
    return out;
}

std::optional<std::string> normalise_amount(std::string_view text)
{
    auto number = normalise_number(text);
    if (!number || number->front() == '-')
        return std::nullopt;
    const auto dot = number->find('.');
    if (dot != std::string::npos && number->size() - dot - 1 > 2)
        return std::nullopt;
    return number;
}

std::optional<std::string> normalise_date(std::string_view input)
{
    const std::string text = trim(input);
    auto all_digits = [](std::string_view part) {
        return !part.empty() && std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    std::string year, month, day;
    if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
        year = text.substr(0, 4), month = text.substr(5, 2), day = text.substr(8, 2);
    } else if (text.size() == 10 && text[2] == '/' && text[5] == '/') {
        day = text.substr(0, 2), month = text.substr(3, 2), year = text.substr(6, 4);
    } else {
        return std::nullopt;
    }
    if (!all_digits(year) || !all_digits(month) || !all_digits(day))
        return std::nullopt;
    const int y = std::stoi(year), m = std::stoi(month), d = std::stoi(day);
    if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1)
        return std::nullopt;
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (d > days[m - 1] + (m == 2 && leap ? 1 : 0))
        return std::nullopt;
    return year + "-" + month + "-" + day;
}

std::string answers_from_form(const FormDefinition& definition, const http::Form& posted)
{
    boost::json::object answers;
    for (const auto& section : definition.sections) {
        for (const auto& field : section.fields) {
            const auto name = field_input_name(field.key);
            switch (field.kind) {
            case FieldKind::File:
                break;
            case FieldKind::MultipleChoice: {
                boost::json::array chosen;
                std::vector<std::string> seen;
                for (const auto& value : posted.all(name)) {
                    auto choice = trim(value);
                    if (choice.empty() || std::find(seen.begin(), seen.end(), choice) != seen.end())
                        continue;
                    seen.push_back(choice);
                    chosen.emplace_back(choice);
                }
                if (!chosen.empty())
                    answers[field.key] = std::move(chosen);
                break;
            }
            case FieldKind::Repeatable: {
                const std::string prefix = name + "__";
                std::map<std::size_t, std::map<std::string, std::string>> rows;
                for (const auto& [input, value] : posted.fields()) {
                    if (input.compare(0, prefix.size(), prefix) != 0)
                        continue;
                    std::size_t index = 0;
                    std::string_view sub_key;
                    if (!parse_row_suffix(std::string_view(input).substr(prefix.size()), index, sub_key))
                        continue;
                    const auto sub = std::find_if(field.fields.begin(), field.fields.end(),
                        [&](const FormField& candidate) { return candidate.key == sub_key; });
                    if (sub == field.fields.end())
                        continue;
                    auto& row = rows[index];
                    if (row.count(sub->key) == 0)
                        row[sub->key] = normalise_scalar(sub->kind, trim(value));
                }
                boost::json::array kept;
                for (const auto& [index, row] : rows) {
                    if (kept.size() == max_rows)
                        break;
                    if (std::all_of(row.begin(), row.end(), [](const auto& cell) { return cell.second.empty(); }))
                        continue;
                    boost::json::object object;
                    for (const auto& [sub_key, value] : row)
                        if (!value.empty())
                            object[sub_key] = value;
                    kept.emplace_back(std::move(object));
                }
                if (!kept.empty())
                    answers[field.key] = std::move(kept);
                break;
            }
            default: {
                auto value = normalise_scalar(field.kind, trim(posted.get(name)));
                if (!value.empty())
                    answers[field.key] = value;
            }
            }
        }
    }
    return boost::json::serialize(answers);
}

std::string merge_answers(const FormDefinition& definition, const std::string& stored_json, const http::Form& posted,
    const std::vector<std::string>& keys)
{
    auto merged = parse_answers(stored_json);
    const auto fresh = parse_answers(answers_from_form(definition, posted));
    for (const auto& key : keys) {
        const auto* field = find_field(definition, key);
        if (field == nullptr || field->kind == FieldKind::File)
            continue;
        if (const auto* value = fresh.if_contains(key))
            merged[key] = *value;
        else
            merged.erase(key);
    }
    return boost::json::serialize(merged);
}

std::string input_label(const FormDefinition& definition, std::string_view input_name)
{
    for (const auto& section : definition.sections) {
        for (const auto& field : section.fields) {
            if (input_name == field_input_name(field.key) || input_name == file_input_name(field.key))
                return field.label;
            const auto prefix = field_input_name(field.key) + "__";
            if (field.kind != FieldKind::Repeatable || input_name.substr(0, prefix.size()) != prefix)
                continue;
            std::size_t index = 0;
            std::string_view sub_key;
            if (!parse_row_suffix(input_name.substr(prefix.size()), index, sub_key))
                continue;
            for (const auto& sub : field.fields)
                if (sub.key == sub_key)
                    return field.label + " — ligne " + std::to_string(index + 1) + " — " + sub.label;
        }
    }
    return {};
}

namespace {

//! "Ce champ est obligatoire." → "ce champ est obligatoire": the message read after its field's name.
std::string as_continuation(std::string message)
{
    if (!message.empty() && message.back() == '.')
        message.pop_back();
    if (!message.empty() && message[0] >= 'A' && message[0] <= 'Z')
        message[0] = static_cast<char>(message[0] - 'A' + 'a');
    else if (message.rfind("\xC3\x89", 0) == 0)  // É
        message.replace(0, 2, "\xC3\xA9");
    return message;
}

//! The posted input names of the form in display order, for the fields that can carry an error.
std::vector<std::string> input_names_in_order(const FormDefinition& definition, const core::FieldErrors& errors)
{
    std::vector<std::string> names;
    for (const auto& section : definition.sections) {
        for (const auto& field : section.fields) {
            const auto name = field.kind == FieldKind::File ? file_input_name(field.key) : field_input_name(field.key);
            names.push_back(name);
            if (field.kind != FieldKind::Repeatable)
                continue;
            // A block's sub-field errors come after the block's own, in row order.
            const auto prefix = name + "__";
            std::vector<std::pair<std::size_t, std::string>> rows;
            for (const auto& [input, message] : errors) {
                std::size_t index = 0;
                std::string_view sub_key;
                if (input.rfind(prefix, 0) == 0 && parse_row_suffix(std::string_view(input).substr(prefix.size()), index, sub_key))
                    rows.emplace_back(index, input);
            }
            std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
            for (auto& row : rows)
                names.push_back(std::move(row.second));
        }
    }
    return names;
}

} // namespace

std::vector<ErrorSummaryItem> error_summary(const FormDefinition& definition, const core::FieldErrors& errors)
{
    std::vector<ErrorSummaryItem> items;
    std::set<std::string> listed;
    for (const auto& name : input_names_in_order(definition, errors)) {
        auto found = errors.find(name);
        if (found == errors.end() || !listed.insert(name).second)
            continue;
        items.push_back({name, input_label(definition, name) + " : " + as_continuation(found->second)});
    }
    // Errors on inputs outside the questions (a free attachment) keep their own message.
    for (const auto& [name, message] : errors)
        if (listed.count(name) == 0)
            items.push_back({name, message});
    return items;
}

core::FieldErrors check_answers_with(const FormDefinition& definition, const std::string& answers_json,
    const std::set<std::string>& attached_field_keys, AnswerCheck check,
    const std::function<bool(const std::string&)>& commune_exists)
{
    const bool deposit = check == AnswerCheck::Deposit;
    const auto answers = parse_answers(answers_json);
    core::FieldErrors errors;
    for (const auto& section : definition.sections) {
        for (const auto& field : section.fields) {
            const auto name = field_input_name(field.key);
            const auto* value = answers.if_contains(field.key);
            switch (field.kind) {
            case FieldKind::File:
                if (deposit && field.required && attached_field_keys.count(field.key) == 0)
                    errors[file_input_name(field.key)] = "Ce document est obligatoire.";
                break;
            case FieldKind::MultipleChoice: {
                const bool is_array = value != nullptr && value->is_array();
                if (value != nullptr && !is_array) {
                    errors[name] = "Choisissez parmi les réponses proposées.";
                    break;
                }
                if (is_array) {
                    for (const auto& item : value->as_array()) {
                        const auto choice = string_of(&item);
                        if (!item.is_string()
                            || std::find(field.choices.begin(), field.choices.end(), choice) == field.choices.end()) {
                            errors[name] = "Choisissez parmi les réponses proposées.";
                            break;
                        }
                    }
                }
                if (deposit && field.required && (!is_array || value->as_array().empty()))
                    errors[name] = "Cochez au moins une réponse.";
                break;
            }
            case FieldKind::Repeatable: {
                const bool is_array = value != nullptr && value->is_array();
                if (value != nullptr && !is_array) {
                    errors[name] = "Ces lignes sont illisibles, saisissez-les à nouveau.";
                    break;
                }
                if (deposit && field.required && (!is_array || value->as_array().empty()))
                    errors[name] = "Ajoutez au moins une ligne.";
                if (!is_array)
                    break;
                std::size_t index = 0;
                for (const auto& row : value->as_array()) {
                    const auto* object = row.if_object();
                    for (const auto& sub : field.fields) {
                        const auto sub_name = row_input_name(field.key, index, sub.key);
                        const auto text = object ? string_of(object->if_contains(sub.key)) : std::string();
                        if (text.empty()) {
                            if (deposit && sub.required)
                                errors[sub_name] = "Ce champ est obligatoire.";
                            continue;
                        }
                        if (auto message = scalar_error(sub, text, commune_exists); !message.empty())
                            errors[sub_name] = message;
                    }
                    ++index;
                }
                break;
            }
            default: {
                if (value != nullptr && !value->is_string()) {
                    errors[name] = "Cette réponse est illisible, saisissez-la à nouveau.";
                    break;
                }
                const auto text = string_of(value);
                if (text.empty()) {
                    if (deposit && field.required)
                        errors[name] = "Ce champ est obligatoire.";
                    break;
                }
                if (auto message = scalar_error(field, text, commune_exists); !message.empty())
                    errors[name] = message;
            }
            }
        }
    }
    return errors;
}

std::vector<std::pair<std::string, std::string>> flatten_answers(const FormDefinition& definition,
    const std::string& answers_json)
{
    const auto answers = parse_answers(answers_json);
    std::vector<std::pair<std::string, std::string>> columns;
    for (const auto& section : definition.sections) {
        for (const auto& field : section.fields) {
            const auto* value = answers.if_contains(field.key);
            switch (field.kind) {
            case FieldKind::File:
                break;
            case FieldKind::MultipleChoice:
                columns.emplace_back(field.label, choices_text(value));
                break;
            case FieldKind::Repeatable: {
                if (value == nullptr || !value->is_array())
                    break;
                std::size_t number = 1;
                for (const auto& row : value->as_array()) {
                    const auto* object = row.if_object();
                    for (const auto& sub : field.fields) {
                        const auto text = object ? string_of(object->if_contains(sub.key)) : std::string();
                        columns.emplace_back(field.label + " " + std::to_string(number) + " — " + sub.label,
                            display_scalar(sub.kind, text));
                    }
                    ++number;
                }
                break;
            }
            default:
                columns.emplace_back(field.label, display_scalar(field.kind, string_of(value)));
            }
        }
    }
    return columns;
}

} // namespace essaim::labelling
