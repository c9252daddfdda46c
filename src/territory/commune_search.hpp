#pragma once
// Commune autocompletion (GET /api/v1/communes?q=): the query is folded like the stored name keys,
// then answered by index range scans, the most populated communes first.

#include "core/result.hpp"
#include "territory/territory.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace essaim::db {
class Session;
}

namespace essaim::territory {

inline constexpr std::size_t commune_query_max_length = 100; //!< code points
inline constexpr std::size_t commune_query_min_length = 2; //!< code points, once folded
inline constexpr int commune_suggestions_limit = 10;

struct CommuneQuery {
    enum class Kind {
        Empty, //!< nothing worth searching: the answer is []
        Name, //!< `key` is a folded name prefix
        Code, //!< `key` is a postal code or INSEE code prefix ("42", "2A00")
    };
    Kind kind = Kind::Empty;
    std::string key;
};

//! Reads `q`; BadRequest when it is not UTF-8 or longer than commune_query_max_length.
core::Result<CommuneQuery> parse_commune_query(const std::optional<std::string>& q);

//! The smallest string above every string that starts with `prefix` (for `key >= prefix AND
//! key < bound`): `prefix` followed by U+10FFFF, still valid UTF-8 for PostgreSQL.
std::string prefix_upper_bound(std::string_view prefix);

std::vector<CommuneSuggestion> search_communes(
    db::Session& session, const CommuneQuery& query, int limit = commune_suggestions_limit);

//! [{code, name, postal_codes[], department_code, department_name, population}, …]
std::string suggestions_to_json(const std::vector<CommuneSuggestion>& suggestions);

} // namespace essaim::territory
