#pragma once
// The JSON shapes of the directory's API: stable English snake_case names mirroring the schema,
// JSON null for a value not given (never ""), codes rather than French labels. And the reading
// of a PATCH body into the organisation form's input, so writes go through the same use case.

#include "core/result.hpp"
#include "directory/organisation_form.hpp"
#include "directory/organisation_store.hpp"
#include "directory/project.hpp"
#include "directory/project_form.hpp"

#include <boost/json.hpp>

#include <optional>

namespace essaim::directory {

//! {id, name, acronym, siren, siret, rna, legal_form_code, ess_family, actor_types[], naf_code,
//! headcount_band, creation_date, address_line, postal_code, commune {code, name} | null, website,
//! description, ceased, updated_at (ISO 8601)}. `commune` is the commune named by the profile,
//! when the reference tables know it (otherwise its name is null).
boost::json::object organisation_to_json(const Organisation& organisation, const std::optional<CommunePlace>& commune);

//! {id, organisation_id, title, summary, thematics[], sdgs[], stage, growth_mode, national_scope,
//! territories [{kind, code}], completeness, qualified, replicates_project_id | null, updated_at}.
boost::json::object project_to_json(const Project& project);

//! The fields a PATCH body may set: the form's fields (siret rather than nic_siege) and actor_types.
const std::vector<std::string>& patchable_organisation_fields();

//! Copies the members of `body` onto `input` (string fields: a string or null for "none";
//! actor_types: an array of strings). Unknown members and wrong types are reported by field name
//! in French, and `input` is then not to be used.
core::FieldErrors apply_organisation_patch(const boost::json::object& body, OrganisationInput& input);

//! Copies the members of a PATCH /api/v1/projects/{id} body onto `input` (the project form's
//! input, filled from the stored project beforehand). Members: title, summary, social_need,
//! beneficiaries, stage, growth_mode, needs_details, replication_started_on (a string or null);
//! thematics (array of codes); sdgs (array of numbers 1..17); national_scope, needs_support,
//! needs_experimentation, needs_partners (booleans); territories (array of {kind, code});
//! beneficiaries_per_year, jobs_fte_tenths, annual_budget_euros, funding_sought_euros,
//! replicates_project_id (a non-negative integer or null). Unknown members and wrong types are
//! reported by field name in French, and `input` is then not to be used.
core::FieldErrors apply_project_patch(const boost::json::object& body, ProjectInput& input);

//! The use case's field names (the form's) renamed to the API's: jobs_fte → jobs_fte_tenths,
//! replicates → replicates_project_id; the others are the same.
core::FieldErrors project_errors_for_api(const core::FieldErrors& errors);

//! {"field": "message", …} for the `errors` member of a 422 problem.
std::string field_errors_json(const core::FieldErrors& errors);

} // namespace essaim::directory
