// Fuzzes the labelling form model: labelling::form_from_json (call_forms.definition_json, written by
// administrators through the builder) and the database-free reading and checking of a dossier's
// answers (answers_from_form, check_answers_with, flatten_answers, the number and date normalisers).
// Input: a form definition in JSON, a NUL byte, then an urlencoded body posted against it; without
// a NUL (or when the JSON is refused) the body is posted against a fixed form holding every kind.
// fuzz-sources: src/labelling/form_definition.cpp src/labelling/form_answers.cpp src/http/form.cpp src/core/text.cpp src/core/identifiers.cpp

#include "fuzz_check.hpp"
#include "http/form.hpp"
#include "labelling/form_answers.hpp"
#include "labelling/form_definition.hpp"

#include <boost/json/src.hpp>

#include <string>

using essaim::fuzz::as_text;
using namespace essaim::labelling;

namespace {

FormDefinition every_kind()
{
    FormDefinition definition;
    FormSection section{"Partie", {}};
    for (auto kind : field_kinds()) {
        FormField field;
        field.key = std::string(field_kind_code(kind));
        field.kind = kind;
        field.label = field.key;
        field.required = true;
        if (kind_has_choices(kind))
            field.choices = {"a", "b"};
        if (kind == FieldKind::Repeatable)
            for (auto sub_kind : field_kinds())
                if (kind_allowed_in_block(sub_kind)) {
                    FormField sub;
                    sub.key = std::string(field_kind_code(sub_kind));
                    sub.kind = sub_kind;
                    sub.label = sub.key;
                    sub.required = true;
                    if (kind_has_choices(sub_kind))
                        sub.choices = {"a", "b"};
                    field.fields.push_back(sub);
                }
        section.fields.push_back(field);
    }
    definition.sections.push_back(section);
    return definition;
}

bool known_commune(const std::string& code) { return code == "42218"; }

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto text = as_text(data, size);
    const auto nul = text.find('\0');
    std::string_view body = text;
    FormDefinition definition = every_kind();
    if (nul != std::string_view::npos) {
        body = text.substr(nul + 1);
        if (auto read = form_from_json(text.substr(0, nul))) {
            // A definition that reads writes back to JSON that reads to the same definition.
            const auto json = form_to_json(*read);
            const auto again = form_from_json(json);
            FUZZ_REQUIRE(again.has_value());
            FUZZ_REQUIRE(form_to_json(*again) == json);
            definition = *read;
        }
    }

    const auto posted = essaim::http::parse_urlencoded(body, 200);
    const auto answers = answers_from_form(definition, posted);
    boost::system::error_code error;
    const auto value = boost::json::parse(answers, error);
    FUZZ_REQUIRE(!error && value.is_object());
    for (const auto& entry : value.as_object()) {
        const auto* field = find_field(definition, std::string_view(entry.key().data(), entry.key().size()));
        FUZZ_REQUIRE(field != nullptr && field->kind != FieldKind::File);
    }
    // Reading the answers again from their own JSON never changes them.
    for (auto check : {AnswerCheck::Draft, AnswerCheck::Deposit}) {
        const auto errors = check_answers_with(definition, answers, {}, check, known_commune);
        for (const auto& [name, message] : errors) {
            FUZZ_REQUIRE(name.rfind("champ_", 0) == 0 || name.rfind("fichier_", 0) == 0);
            FUZZ_REQUIRE(!message.empty());
        }
    }
    const auto draft = check_answers_with(definition, answers, {}, AnswerCheck::Draft, known_commune);
    const auto deposit = check_answers_with(definition, answers, {}, AnswerCheck::Deposit, known_commune);
    for (const auto& entry : draft)  // the deposit check finds at least what the draft check finds
        FUZZ_REQUIRE(deposit.count(entry.first) == 1);
    (void)flatten_answers(definition, answers);
    (void)flatten_answers(definition, std::string(body));

    // Normalised numbers, amounts and dates are fixed points of their normalisers.
    if (auto number = normalise_number(body)) {
        FUZZ_REQUIRE(normalise_number(*number) == number);
        FUZZ_REQUIRE(number->find_first_not_of("-0123456789.") == std::string::npos);
    }
    if (auto amount = normalise_amount(body)) {
        FUZZ_REQUIRE(normalise_amount(*amount) == amount);
        FUZZ_REQUIRE(normalise_number(body) == amount);
    }
    if (auto date = normalise_date(body)) {
        FUZZ_REQUIRE(date->size() == 10);
        FUZZ_REQUIRE(normalise_date(*date) == date);
    }
    return 0;
}
