// Fuzzes the query-string filters of the directory's JSON API (directory::parse_api_paging,
// parse_organisation_filter, parse_project_filter and the opaque cursor) and the `?page=N` reader
// of the HTML listings (territory::parse_page_number). The first byte sets the number of pages
// (byte * 4) for parse_page_number; the rest is a query string, read by http::parse_urlencoded
// as the request does.
// Invariants: each parser accepts exactly what an independent reference accepts; an accepted
// value is the parameter itself (codes from the lists, territory codes of capitals and digits,
// text of at most 400 bytes, limit 1 to 100, odd 1 to 17); a cursor has one spelling
// (encode(decode(c)) == c) and any positive id round-trips; a refusal is Invalid with a message
// that is clean UTF-8 of bounded length (it is echoed in the JSON problem), whatever the input.
// fuzz-sources: src/directory/api_query.cpp src/directory/organisation.cpp src/directory/project.cpp src/territory/pagination.cpp src/http/form.cpp src/core/text.cpp src/core/result.cpp

#include "directory/api_query.hpp"
#include "directory/organisation.hpp"
#include "directory/project.hpp"
#include "fuzz_check.hpp"
#include "http/form.hpp"
#include "territory/pagination.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string>

using essaim::fuzz::as_text;
namespace core = essaim::core;
namespace directory = essaim::directory;
namespace http = essaim::http;

namespace {

bool all_digits(std::string_view text)
{
    if (text.empty())
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

//! The value of a run of digits when it is at most `max`, by hand (leading zeros allowed).
std::optional<long long> small_number(std::string_view text, long long max)
{
    if (!all_digits(text))
        return std::nullopt;
    long long value = 0;
    for (char c : text) {
        int digit = c - '0';
        if (value > (max - digit) / 10)
            return std::nullopt;
        value = value * 10 + digit;
    }
    return value;
}

bool listed(const std::vector<directory::CodeLabel>& list, std::string_view code)
{
    for (const auto& item : list) {
        if (item.code == code)
            return true;
    }
    return false;
}

bool territory_shape(std::string_view code, std::size_t max_length)
{
    if (code.empty() || code.size() > max_length)
        return false;
    for (char c : code) {
        if (!(std::isdigit(static_cast<unsigned char>(c)) || (c >= 'A' && c <= 'Z')))
            return false;
    }
    return true;
}

//! Base64url without padding, decoded by a lookup table; nothing when a character is outside the
//! alphabet, the length leaves a lone character, or the spare bits are not zero.
std::optional<std::string> reference_base64url(std::string_view text)
{
    auto value_of = [](char c) -> int {
        if (c >= 'A' && c <= 'Z') return c - 'A';
        if (c >= 'a' && c <= 'z') return c - 'a' + 26;
        if (c >= '0' && c <= '9') return c - '0' + 52;
        if (c == '-') return 62;
        if (c == '_') return 63;
        return -1;
    };
    if (text.size() % 4 == 1)
        return std::nullopt;
    std::string out;
    for (std::size_t i = 0; i < text.size(); i += 4) {
        std::size_t n = std::min<std::size_t>(4, text.size() - i);
        unsigned long group = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            int v = k < n ? value_of(text[i + k]) : 0;
            if (v < 0)
                return std::nullopt;
            group = (group << 6) | static_cast<unsigned long>(v);
        }
        std::size_t bytes = n == 4 ? 3 : n - 1;
        for (std::size_t k = 0; k < bytes; ++k)
            out += static_cast<char>((group >> (16 - 8 * k)) & 0xFF);
        // The bits after the last whole byte belong to no byte: one spelling per id.
        if ((group & ((1ul << (24 - 8 * bytes)) - 1)) != 0)
            return std::nullopt;
    }
    return out;
}

std::optional<long long> reference_cursor(std::string_view cursor)
{
    if (cursor.empty() || cursor.size() > 32)
        return std::nullopt;
    auto digits = reference_base64url(cursor);
    if (!digits || !all_digits(*digits) || (*digits)[0] == '0')
        return std::nullopt;
    return small_number(*digits, 9223372036854775807LL);
}

void check_refusal(const core::Error& error, std::string_view parameter_name)
{
    FUZZ_REQUIRE(error.kind == core::ErrorKind::Invalid);
    FUZZ_REQUIRE(!error.message.empty());
    // The message goes out in a JSON problem: it must be text, and not grow with the input.
    FUZZ_REQUIRE(http::is_clean_utf8(error.message));
    FUZZ_REQUIRE(error.message.size() <= 400);
    FUZZ_REQUIRE(error.message.find(std::string(parameter_name)) != std::string::npos);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const int total_pages = data[0] * 4;
    const auto query = http::parse_urlencoded(as_text(data + 1, size - 1), 64);
    auto parameter = [&query](std::string_view name) { return query.first(name); };

    // Paging.
    {
        auto cursor = query.first("cursor");
        auto limit = query.first("limit");
        std::optional<long long> expected_after = cursor ? reference_cursor(*cursor) : std::optional<long long>(0);
        std::optional<long long> expected_limit = limit ? small_number(*limit, 1000) : std::optional<long long>(20);
        bool limit_ok = expected_limit && *expected_limit >= 1 && *expected_limit <= directory::api_max_limit;
        auto paging = directory::parse_api_paging(parameter);
        FUZZ_REQUIRE(paging.ok() == (expected_after.has_value() && limit_ok));
        if (paging.ok()) {
            FUZZ_REQUIRE(paging.value().after_id == *expected_after);
            FUZZ_REQUIRE(paging.value().limit == *expected_limit);
            if (cursor)
                FUZZ_REQUIRE(directory::encode_api_cursor(paging.value().after_id) == *cursor);
        } else {
            check_refusal(paging.error(), expected_after ? "limit" : "cursor");
        }
        if (cursor)
            FUZZ_REQUIRE(directory::decode_api_cursor(*cursor) == reference_cursor(*cursor));
    }

    // Any positive id round-trips through its cursor (the id taken from the input's first bytes).
    {
        long long id = 0;
        std::memcpy(&id, data, std::min<std::size_t>(size, sizeof id));
        if (id < 0)
            id = -(id + 1);
        if (id > 0) {
            auto cursor = directory::encode_api_cursor(id);
            FUZZ_REQUIRE(cursor.size() <= 32);
            FUZZ_REQUIRE(directory::decode_api_cursor(cursor) == id);
        }
    }

    auto text_ok = [&] {
        auto q = query.first("q");
        return !q || q->size() <= 400;
    };
    auto code_ok = [&](std::string_view name, const std::vector<directory::CodeLabel>& list) {
        auto value = query.first(name);
        return !value || listed(list, *value);
    };
    auto territory_ok = [&](std::string_view name, std::size_t max_length) {
        auto value = query.first(name);
        return !value || territory_shape(*value, max_length);
    };
    auto same = [&](std::string_view name, const std::string& field) {
        auto value = query.first(name);
        return value ? *value == field : field.empty();
    };

    // Organisation filters.
    {
        bool expected = text_ok() && code_ok("actor_type", directory::actor_types())
            && code_ok("ess_family", directory::ess_families()) && territory_ok("commune", 5)
            && territory_ok("departement", 3) && territory_ok("region", 3);
        auto filter = directory::parse_organisation_filter(parameter);
        FUZZ_REQUIRE(filter.ok() == expected);
        if (filter.ok()) {
            const auto& f = filter.value();
            FUZZ_REQUIRE(same("q", f.text) && same("actor_type", f.actor_type) && same("ess_family", f.ess_family)
                && same("commune", f.commune) && same("departement", f.departement) && same("region", f.region));
        } else {
            check_refusal(filter.error(), "paramètre");
        }
    }

    // Project filters.
    {
        auto odd = query.first("odd");
        auto odd_value = odd ? small_number(*odd, 100) : std::optional<long long>(0);
        bool odd_ok = !odd || (odd_value && *odd_value >= 1 && *odd_value <= 17);
        auto qualified = query.first("qualifie");
        bool qualified_ok = !qualified || *qualified == "true" || *qualified == "false";
        bool expected = text_ok() && code_ok("thematique", directory::thematics())
            && code_ok("etape", directory::project_stages()) && territory_ok("departement", 3)
            && territory_ok("region", 3) && odd_ok && qualified_ok;
        auto filter = directory::parse_project_filter(parameter);
        FUZZ_REQUIRE(filter.ok() == expected);
        if (filter.ok()) {
            const auto& f = filter.value();
            FUZZ_REQUIRE(same("q", f.text) && same("thematique", f.thematique) && same("etape", f.etape)
                && same("departement", f.departement) && same("region", f.region));
            FUZZ_REQUIRE(f.odd == (odd ? *odd_value : 0));
            FUZZ_REQUIRE(f.qualifie.has_value() == qualified.has_value());
            if (qualified)
                FUZZ_REQUIRE(*f.qualifie == (*qualified == "true"));
        } else {
            check_refusal(filter.error(), "paramètre");
        }
    }

    // ?page=N of the HTML listings.
    {
        auto page = query.first("page");
        auto number = essaim::territory::parse_page_number(page, total_pages);
        if (!page) {
            FUZZ_REQUIRE(number == 1);
        } else {
            auto value = page->size() <= 6 ? small_number(*page, 999999) : std::nullopt;
            bool expected = value && *value >= 1 && *value <= total_pages;
            FUZZ_REQUIRE(number.has_value() == expected);
            if (number)
                FUZZ_REQUIRE(*number == *value);
        }
        int pages = essaim::territory::page_count(static_cast<long long>(size) * 1000, 1 + data[0] % 50);
        FUZZ_REQUIRE(pages >= 1);
        auto items = essaim::territory::pagination_items(number.value_or(1), pages);
        FUZZ_REQUIRE(pages == 1 ? items.empty() : items.size() <= 9);
        int previous = 0;
        for (const auto& item : items) {
            if (item.kind == essaim::territory::PaginationItem::Kind::Page) {
                FUZZ_REQUIRE(item.number > previous && item.number <= pages);
                previous = item.number;
            }
        }
    }
    return 0;
}
