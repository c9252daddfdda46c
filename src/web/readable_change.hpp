#pragma once
// Before and after of an audit entry as a person reads them: one line per field that changed,
// "Nom affiché : Claire → Claire Dupont", with French field names and values, never JSON.

#include "web/vocabulary.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace essaim::web {

struct FieldChange {
    std::string field;   //!< the field's label
    std::string before;  //!< "—" when the field had no value before
    std::string after;   //!< "—" when the field has no value after
};

//! The fields whose value differs between `before_json` and `after_json` (objects as the audit log
//! stores them; "" is no state), in the order they come. Field names and coded values take their
//! labels from `vocabulary` (Term::Field, Term::Value); numbers are grouped the French way, true
//! and false read "Oui" and "Non", lists are joined with commas. A side that is not a JSON object
//! shows as one "Valeur" field holding its text.
std::vector<FieldChange> readable_changes(const Vocabulary& vocabulary, std::string_view before_json,
    std::string_view after_json);

} // namespace essaim::web
