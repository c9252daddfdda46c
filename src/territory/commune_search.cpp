#include "territory/commune_search.hpp"

#include "core/text.hpp"
#include "territory/territory_store.hpp"

#include <boost/json.hpp>

namespace essaim::territory {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

//! Postal codes are digits; INSEE codes too, except Corsica's "2A"/"2B".
bool looks_like_code(std::string_view key)
{
    if (key.empty() || !is_digit(key[0]))
        return false;
    for (std::size_t i = 1; i < key.size(); ++i) {
        bool corsica = i == 1 && key[0] == '2' && (key[1] == 'a' || key[1] == 'b');
        if (!is_digit(key[i]) && !corsica)
            return false;
    }
    return true;
}

core::Error bad_request(std::string message)
{
    return core::Error{core::ErrorKind::BadRequest, std::move(message), {}};
}

} // namespace

core::Result<CommuneQuery> parse_commune_query(const std::optional<std::string>& q)
{
    CommuneQuery query;
    if (!q)
        return query;
    if (!core::is_valid_utf8(*q))
        return bad_request("Le paramètre q n'est pas du texte UTF-8 valide.");
    if (core::count_code_points(*q) > commune_query_max_length)
        return bad_request("Le paramètre q dépasse " + std::to_string(commune_query_max_length) + " caractères.");
    auto key = core::fold_for_search(*q);
    if (core::count_code_points(key) < commune_query_min_length)
        return query;
    // "42 000" is a postal code typed with a thousands space.
    if (key.find_first_not_of("0123456789 ") == std::string::npos)
        std::erase(key, ' ');
    if (looks_like_code(key)) {
        query.kind = CommuneQuery::Kind::Code;
        for (auto& c : key)
            c = (c == 'a' || c == 'b') ? static_cast<char>(c - 'a' + 'A') : c;
    } else {
        query.kind = CommuneQuery::Kind::Name;
    }
    query.key = std::move(key);
    return query;
}

std::string prefix_upper_bound(std::string_view prefix) { return std::string(prefix) + "\xF4\x8F\xBF\xBF"; }

std::vector<CommuneSuggestion> search_communes(db::Session& session, const CommuneQuery& query, int limit)
{
    switch (query.kind) {
    case CommuneQuery::Kind::Empty: return {};
    case CommuneQuery::Kind::Name:
        return communes_by_name_key(session, query.key, prefix_upper_bound(query.key), limit);
    case CommuneQuery::Kind::Code: {
        auto high = prefix_upper_bound(query.key);
        return communes_by_code(session, query.key, high, query.key, high, limit);
    }
    }
    return {};
}

std::string suggestions_to_json(const std::vector<CommuneSuggestion>& suggestions)
{
    boost::json::array array;
    array.reserve(suggestions.size());
    for (const auto& suggestion : suggestions) {
        boost::json::array postal_codes;
        for (const auto& postal_code : suggestion.postal_codes)
            postal_codes.emplace_back(postal_code);
        array.emplace_back(boost::json::object{
            {"code", suggestion.code},
            {"name", suggestion.name},
            {"postal_codes", std::move(postal_codes)},
            {"department_code", suggestion.department_code},
            {"department_name", suggestion.department_name},
            {"population", suggestion.population},
        });
    }
    return boost::json::serialize(array);
}

} // namespace essaim::territory
