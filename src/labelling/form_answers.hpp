#pragma once
// A dossier's answers to its form version: read from the posted form, checked, shown again (with
// their errors) and flattened for exports. answers_json is an object keyed by field key:
// strings for scalar kinds, an array of strings for multiple_choice, an array of objects
// (sub-key → string) for repeatable blocks; file fields have no entry (their files are the
// dossier's attachments with field_key = the field's key).

#include "core/result.hpp"
#include "labelling/form_definition.hpp"

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace essaim::http {
class Form;
}
namespace essaim::db {
class Session;
}
namespace essaim::web {
struct Context;
}

namespace essaim::labelling {

//! Posted input names: "champ_<key>" (repeated for multiple_choice), "champ_<key>__<index>__<subkey>"
//! for a block's rows, "fichier_<key>" for a file input.
std::string field_input_name(std::string_view key);
std::string row_input_name(std::string_view block_key, std::size_t index, std::string_view sub_key);
std::string file_input_name(std::string_view key);

//! Reads the posted answers (values trimmed; numbers, amounts, dates, yes/no and SIRETs put in their
//! canonical form when they parse, kept as typed otherwise so check_answers reports them and the
//! form shows them again). Empty answers are left out; so are block rows whose sub-fields are all empty.
std::string answers_from_form(const FormDefinition& definition, const http::Form& posted);

//! The stored answers with the answers of `keys` (top-level, non-file fields) replaced by what
//! `posted` holds for them (an answer left empty is removed): the form saves one field as it is
//! typed, and the other answers stay as they were. Unknown keys are ignored.
std::string merge_answers(const FormDefinition& definition, const std::string& stored_json, const http::Form& posted,
    const std::vector<std::string>& keys);

//! The label a person reads for a posted input name: the field's label, "Équipe — ligne 2 — Nom"
//! for a block's sub-field; "" for a name that is no field of the form.
std::string input_label(const FormDefinition& definition, std::string_view input_name);

struct ErrorSummaryItem {
    std::string input_name;  //!< the element's id, for the link
    std::string text;        //!< "Budget prévisionnel : ce champ est obligatoire"
};

//! The errors in the order of the form, each message named after its field, for the summary at
//! the top of a page (the message next to the field stays as it is).
std::vector<ErrorSummaryItem> error_summary(const FormDefinition& definition, const core::FieldErrors& errors);

enum class AnswerCheck {
    Draft,    //!< formats only
    Deposit,  //!< formats and required fields
};

//! Errors keyed by posted input name; empty when the answers are fine. The commune codes must be
//! in the communes table.
core::FieldErrors check_answers(db::Session& session, const FormDefinition& definition, const std::string& answers_json,
    const std::set<std::string>& attached_field_keys, AnswerCheck check);
//! The same without a database: `commune_exists` says whether an INSEE code is known.
core::FieldErrors check_answers_with(const FormDefinition& definition, const std::string& answers_json,
    const std::set<std::string>& attached_field_keys, AnswerCheck check,
    const std::function<bool(const std::string&)>& commune_exists);

struct AttachmentLink {
    long long id = 0;
    std::string field_key;
    std::string file_name;
    std::string href;
    long long size_bytes = 0;
};

enum class FormMode {
    Edit,  //!< inputs with values and errors next to fields
    Read,  //!< the answers displayed, with links to the attachments
    Preview,  //!< the inputs, empty and disabled: how the form will look (builder, call page)
};

//! Markup from templates/labelling/form_fields.tpl, without the <form> element (the caller's form
//! wraps it, with enctype="multipart/form-data" for files).
std::string render_form(web::Context& context, const FormDefinition& definition, const std::string& answers_json,
    const core::FieldErrors& errors, const std::vector<AttachmentLink>& attachments, FormMode mode);

//! (column title, text) in form order, for CSV/XLSX exports; blocks as "Équipe 1 — Nom".
std::vector<std::pair<std::string, std::string>> flatten_answers(const FormDefinition& definition,
    const std::string& answers_json);

//! "1 500,50" → "1500.50"; "-3" → "-3" (spaces, no-break spaces, a comma or a dot as decimal
//! separator). nullopt when it is not a number.
std::optional<std::string> normalise_number(std::string_view text);
//! A non-negative number with at most two decimals, as normalise_number writes it.
std::optional<std::string> normalise_amount(std::string_view text);
//! "2026-03-01" or "01/03/2026" → "2026-03-01", a real calendar date; nullopt otherwise.
std::optional<std::string> normalise_date(std::string_view text);

} // namespace essaim::labelling
