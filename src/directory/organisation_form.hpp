#pragma once
// The organisation form (creation and edit): reading it, and checking what can be checked without
// the database. Whether the commune exists, whether the NAF code is in the nomenclature and whether
// the SIREN or RNA is already taken are checked by the use cases (profile_checks.hpp).

#include "core/result.hpp"
#include "directory/organisation.hpp"

#include <string>

namespace essaim::http {
class Form;
}

namespace essaim::directory {

struct OrganisationInput {
    //! As typed; validate_organisation normalises it in place (identifiers in canonical form,
    //! siren and nic_siege filled from the SIRET).
    OrganisationProfile profile;
    //! The head office's SIRET as typed; the profile keeps it as siren + nic_siege.
    std::string siret;
};

//! Limits, in code points.
inline constexpr std::size_t max_name_length = 200;
inline constexpr std::size_t max_acronym_length = 30;
inline constexpr std::size_t max_address_length = 200;
inline constexpr std::size_t max_website_length = 300;
inline constexpr std::size_t max_description_length = 5000;

OrganisationInput input_from_form(const http::Form& form);
OrganisationInput input_from_profile(const OrganisationProfile& profile);

//! Normalises `input` in place and returns the errors by field name (the form's input names:
//! "name", "siren", "siret", "rna", "commune_code", "actor_types", …). `today` ("YYYY-MM-DD")
//! bounds the creation date. A name or acronym that begins like a spreadsheet formula is refused,
//! unless it is the one `stored` already has (a register's name such as "+Simple" stays editable).
core::FieldErrors validate_organisation(
    OrganisationInput& input, const std::string& today, const OrganisationProfile& stored = {});


} // namespace essaim::directory
