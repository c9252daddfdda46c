#pragma once
// The query parameters of the directory's JSON API (/api/v1/organisations, /api/v1/projects):
// the opaque pagination cursor, the page size and the filters, checked against the code lists.
// Pure functions, so every malformed value is rejected before any SQL runs.

#include "core/result.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace essaim::directory {

inline constexpr int api_default_limit = 20;
inline constexpr int api_max_limit = 100;

//! The cursor of a page that ends with `last_id`: base64url (no padding) of its decimal digits.
//! Opaque to clients, so the ordering may change later without breaking them.
std::string encode_api_cursor(long long last_id);
//! The id a cursor names, or nothing when it is not one encode_api_cursor could have produced.
std::optional<long long> decode_api_cursor(std::string_view cursor);

//! ISO 8601 UTC date and time of `unix_seconds`: "2025-06-15T15:06:40Z".
std::string iso_date_time(long long unix_seconds);

//! The paging part common to both lists.
struct ApiPaging {
    long long after_id = 0;  //!< 0: first page
    int limit = api_default_limit;
};

//! Filters of /api/v1/organisations; empty strings mean "no filter".
struct OrganisationApiFilter {
    std::string text;  //!< q: full-text words
    std::string actor_type;
    std::string ess_family;
    std::string commune;
    std::string departement;
    std::string region;
};

//! Filters of /api/v1/projects; empty strings and 0 mean "no filter".
struct ProjectApiFilter {
    std::string text;
    std::string thematique;
    std::string etape;
    int odd = 0;
    std::optional<bool> qualifie;
    std::string departement;
    std::string region;
};

//! A query parameter by name, as the request holds it (percent-decoded), or nothing when absent.
using ParameterLookup = std::function<std::optional<std::string>(std::string_view)>;

//! Each function answers Invalid with a French message naming the parameter on the first bad value.
//! Territory codes are checked for shape here; whether they exist is for the caller (database).
core::Result<ApiPaging> parse_api_paging(const ParameterLookup& parameter);
core::Result<OrganisationApiFilter> parse_organisation_filter(const ParameterLookup& parameter);
core::Result<ProjectApiFilter> parse_project_filter(const ParameterLookup& parameter);

} // namespace essaim::directory
