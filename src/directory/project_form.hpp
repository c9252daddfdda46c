#pragma once
// The project form: what members type (kept as typed, so a form in error shows it back), its
// validation into a ProjectProfile, and the territories-of-action field's small syntax.

#include "core/result.hpp"
#include "directory/project.hpp"

#include <string>

namespace essaim::http {
class Form;
}

namespace essaim::directory {

struct ProjectInput {
    ProjectProfile profile;  //!< text fields, lists and check boxes; numbers once validated
    std::string beneficiaries_per_year;
    std::string jobs_fte;  //!< "2,5" or "2.5"
    std::string annual_budget_euros;
    std::string funding_sought_euros;
    std::string territories;  //!< "42218, 42, R84" or "national"
    std::string replicates;   //!< the original project: its number ("12" or "#12") or its exact title
};

ProjectInput project_input_from_form(const http::Form& form);
//! The form filled with a stored project; `replicates_title` names its original, if any.
ProjectInput project_input_from_profile(const ProjectProfile& profile);

//! Checks the input and fills input.profile's numbers, territories and national scope. Does not
//! look at the database: territory codes are checked to exist, and the original project is
//! found, by the use cases.
core::FieldErrors validate_project_input(ProjectInput& input);

//! Parses the territories field: comma, semicolon or space separated tokens; "national"; INSEE
//! commune codes (5 characters: 42218, 2A004); department codes (42, 2A, 971); region codes
//! prefixed with R (R84). False with a French message for the first bad token.
bool parse_territories(const std::string& text, std::vector<TerritoryRef>& refs, bool& national, std::string& error);
//! The field's text for a profile, in the syntax parse_territories reads.
std::string territories_text(const ProjectProfile& profile);

//! "1 200" → 1200 (spaces, no-break spaces and dots as thousands separators allowed).
bool parse_count(const std::string& text, long long& value);
//! "2,5" → 25 tenths; one decimal at most.
bool parse_tenths(const std::string& text, long long& tenths);

//! The profile's fields as {"name": value}, for revisions and the audit log.
std::string project_fields_json(const ProjectProfile& profile);
//! {"field": [before, after]} for the fields that differ; "{}" when none.
std::string project_changes_json(const ProjectProfile& before, const ProjectProfile& after);

} // namespace essaim::directory
