#pragma once
// The administrators' form builder: sections and fields (and a repeatable block's sub-fields)
// added, edited, moved and deleted. Each change applies to the call's current form version; when
// that version is frozen (the call was published or a dossier uses it), the change goes into a
// copy that becomes the next version, so every dossier keeps the version it was filled with.

#include "auth/identity.hpp"
#include "auth/request_info.hpp"
#include "core/clock.hpp"
#include "core/result.hpp"
#include "labelling/call_store.hpp"

#include <cstddef>
#include <functional>
#include <string>

namespace essaim::http {
class Form;
}
namespace essaim::db {
class Session;
}

namespace essaim::labelling {

//! Posted names: libelle, aide, type (a field kind code), cle (optional: made from the label),
//! choix (one choice per line), obligatoire ("oui" when checked).
struct FieldInput {
    std::string label;
    std::string help;
    std::string kind = "short_text";
    std::string key;
    std::string choices;
    bool required = false;
};
FieldInput field_input_from_form(const http::Form& form);
FieldInput field_input_from_field(const FormField& field);

//! A key for a new field from its label ("Nom du porteur" → "nom_du_porteur"), not in `taken`.
std::string key_from_label(const std::string& label, const std::vector<std::string>& taken);

enum class MoveDirection { Up, Down };

//! Where a field is: its key, and its block's key for a sub-field ("" for a top-level field).
struct FieldPath {
    std::string key;
    std::string block;
};

//! The use cases answer the version they wrote: NotFound (call, section or field), Forbidden,
//! Invalid (field errors on the posted names, or the message for sections).
core::Result<CallForm> add_section(db::Session& session, const core::Clock& clock, const auth::Identity& actor,
    long long call_id, const std::string& title, const auth::RequestInfo& request);
core::Result<CallForm> rename_section(db::Session& session, const core::Clock& clock, const auth::Identity& actor,
    long long call_id, std::size_t section, const std::string& title, const auth::RequestInfo& request);
core::Result<CallForm> move_section(db::Session& session, const core::Clock& clock, const auth::Identity& actor,
    long long call_id, std::size_t section, MoveDirection direction, const auth::RequestInfo& request);
core::Result<CallForm> delete_section(db::Session& session, const core::Clock& clock, const auth::Identity& actor,
    long long call_id, std::size_t section, const auth::RequestInfo& request);

//! Adds a field at the end of `section`, or with a non-empty `block`, a sub-field at the end of that block.
core::Result<CallForm> add_field(db::Session& session, const core::Clock& clock, const auth::Identity& actor,
    long long call_id, std::size_t section, const std::string& block, const FieldInput& input,
    const auth::RequestInfo& request);
//! The key stays; label, help, kind, choices and required flag change.
core::Result<CallForm> edit_field(db::Session& session, const core::Clock& clock, const auth::Identity& actor,
    long long call_id, const FieldPath& path, const FieldInput& input, const auth::RequestInfo& request);
core::Result<CallForm> move_field(db::Session& session, const core::Clock& clock, const auth::Identity& actor,
    long long call_id, const FieldPath& path, MoveDirection direction, const auth::RequestInfo& request);
core::Result<CallForm> delete_field(db::Session& session, const core::Clock& clock, const auth::Identity& actor,
    long long call_id, const FieldPath& path, const auth::RequestInfo& request);

//! The field at `path` in `definition`, or nullptr.
const FormField* field_at(const FormDefinition& definition, const FieldPath& path);

} // namespace essaim::labelling
