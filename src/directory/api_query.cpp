#include "directory/api_query.hpp"

#include "directory/organisation.hpp"
#include "directory/project.hpp"
#include "http/form.hpp"

#include <charconv>
#include <ctime>

namespace essaim::directory {

namespace {

constexpr std::string_view base64url_alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

std::string base64url_encode(std::string_view bytes)
{
    std::string out;
    unsigned int buffer = 0;
    int bits = 0;
    for (unsigned char byte : bytes) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 6) {
            bits -= 6;
            out += base64url_alphabet[(buffer >> bits) & 0x3F];
        }
    }
    if (bits > 0)
        out += base64url_alphabet[(buffer << (6 - bits)) & 0x3F];
    return out;
}

std::optional<std::string> base64url_decode(std::string_view text)
{
    std::string out;
    unsigned int buffer = 0;
    int bits = 0;
    for (char c : text) {
        auto position = base64url_alphabet.find(c);
        if (position == std::string_view::npos)
            return std::nullopt;
        buffer = (buffer << 6) | static_cast<unsigned int>(position);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((buffer >> bits) & 0xFF);
        }
    }
    // Leftover bits must be zero padding of the last character, so each id has one spelling.
    if (bits >= 6 || (buffer & ((1u << bits) - 1)) != 0)
        return std::nullopt;
    return out;
}

core::Error bad_parameter(std::string message) { return core::Error{core::ErrorKind::Invalid, std::move(message), {}}; }

bool in_list(const std::vector<CodeLabel>& list, std::string_view code) { return label_of(list, code).has_value(); }

//! Territory codes are short runs of digits and capital letters ("42", "2A", "971", "42218").
bool is_territory_code(std::string_view code, std::size_t max_length)
{
    if (code.empty() || code.size() > max_length)
        return false;
    for (char c : code) {
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')))
            return false;
    }
    return true;
}

//! Reads an optional coded filter; Invalid when present but not in `list`.
std::optional<core::Error> read_code(const ParameterLookup& parameter, std::string_view name,
    const std::vector<CodeLabel>& list, std::string& into)
{
    auto value = parameter(name);
    if (!value)
        return std::nullopt;
    if (!in_list(list, *value)) {
        // The value is echoed in a JSON answer, which must be UTF-8: only short clean text is.
        if (value->size() > 64 || !http::is_clean_utf8(*value))
            return bad_parameter("Valeur inconnue pour le paramètre « " + std::string(name) + " ».");
        return bad_parameter("Valeur inconnue pour le paramètre « " + std::string(name) + " » : « " + *value + " ».");
    }
    into = *value;
    return std::nullopt;
}

std::optional<core::Error> read_territory(const ParameterLookup& parameter, std::string_view name, std::size_t max_length,
    std::string& into)
{
    auto value = parameter(name);
    if (!value)
        return std::nullopt;
    if (!is_territory_code(*value, max_length))
        return bad_parameter("Le paramètre « " + std::string(name) + " » doit être un code officiel (chiffres et lettres capitales).");
    into = *value;
    return std::nullopt;
}

std::optional<core::Error> read_text(const ParameterLookup& parameter, std::string& into)
{
    auto value = parameter("q");
    if (!value)
        return std::nullopt;
    if (value->size() > 400)
        return bad_parameter("Le paramètre « q » est trop long (400 octets au plus).");
    into = *value;
    return std::nullopt;
}

} // namespace

std::string encode_api_cursor(long long last_id) { return base64url_encode(std::to_string(last_id)); }

std::optional<long long> decode_api_cursor(std::string_view cursor)
{
    if (cursor.empty() || cursor.size() > 32)
        return std::nullopt;
    auto digits = base64url_decode(cursor);
    if (!digits || digits->empty() || (*digits)[0] == '0')
        return std::nullopt;
    long long id = 0;
    auto [end, error] = std::from_chars(digits->data(), digits->data() + digits->size(), id);
    if (error != std::errc() || end != digits->data() + digits->size() || id <= 0)
        return std::nullopt;
    return id;
}

std::string iso_date_time(long long unix_seconds)
{
    std::time_t time = static_cast<std::time_t>(unix_seconds);
    std::tm parts{};
    gmtime_r(&time, &parts);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return buffer;
}

core::Result<ApiPaging> parse_api_paging(const ParameterLookup& parameter)
{
    ApiPaging paging;
    if (auto cursor = parameter("cursor")) {
        auto id = decode_api_cursor(*cursor);
        if (!id)
            return bad_parameter("Le paramètre « cursor » est invalide : reprenez la valeur « next_cursor » d’une réponse précédente.");
        paging.after_id = *id;
    }
    if (auto limit = parameter("limit")) {
        int value = 0;
        auto [end, error] = std::from_chars(limit->data(), limit->data() + limit->size(), value);
        if (limit->empty() || error != std::errc() || end != limit->data() + limit->size() || value < 1
            || value > api_max_limit)
            return bad_parameter("Le paramètre « limit » doit être un nombre entier de 1 à 100.");
        paging.limit = value;
    }
    return paging;
}

core::Result<OrganisationApiFilter> parse_organisation_filter(const ParameterLookup& parameter)
{
    OrganisationApiFilter filter;
    for (auto error : {read_text(parameter, filter.text),
             read_code(parameter, "actor_type", actor_types(), filter.actor_type),
             read_code(parameter, "ess_family", ess_families(), filter.ess_family),
             read_territory(parameter, "commune", 5, filter.commune),
             read_territory(parameter, "departement", 3, filter.departement),
             read_territory(parameter, "region", 3, filter.region)}) {
        if (error)
            return *error;
    }
    return filter;
}

core::Result<ProjectApiFilter> parse_project_filter(const ParameterLookup& parameter)
{
    ProjectApiFilter filter;
    for (auto error : {read_text(parameter, filter.text),
             read_code(parameter, "thematique", thematics(), filter.thematique),
             read_code(parameter, "etape", project_stages(), filter.etape),
             read_territory(parameter, "departement", 3, filter.departement),
             read_territory(parameter, "region", 3, filter.region)}) {
        if (error)
            return *error;
    }
    if (auto odd = parameter("odd")) {
        int value = 0;
        auto [end, error] = std::from_chars(odd->data(), odd->data() + odd->size(), value);
        if (odd->empty() || error != std::errc() || end != odd->data() + odd->size() || value < 1 || value > 17)
            return bad_parameter("Le paramètre « odd » doit être un numéro d’objectif de développement durable, de 1 à 17.");
        filter.odd = value;
    }
    if (auto qualified = parameter("qualifie")) {
        if (*qualified == "true")
            filter.qualifie = true;
        else if (*qualified == "false")
            filter.qualifie = false;
        else
            return bad_parameter("Le paramètre « qualifie » vaut « true » ou « false ».");
    }
    return filter;
}

} // namespace essaim::directory
