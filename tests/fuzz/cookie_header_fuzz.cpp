// Fuzzes http::parse_cookie_header, which reads the Cookie header of every request (sessions,
// CSRF token, flash messages).
// fuzz-sources: src/http/cookies.cpp

#include "fuzz_check.hpp"
#include "http/cookies.hpp"

#include <map>
#include <string>
#include <vector>

using essaim::fuzz::as_text;
using essaim::http::is_cookie_token;
using essaim::http::parse_cookie_header;
using essaim::http::SetCookie;

namespace {

//! RFC 6265 cookie-octets less '=', spelled out as a list of refused characters.
bool reference_token(std::string_view text)
{
    constexpr std::string_view refused = "\",;\\=";
    if (text.empty())
        return false;
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x21 || byte > 0x7e || refused.find(c) != std::string_view::npos)
            return false;
    }
    return true;
}

std::string_view strip_blanks(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t");
    return text.substr(first, last - first + 1);
}

//! The documented behaviour, written independently: pairs split on ';', blanks trimmed,
//! one pair of double quotes around a value dropped, pairs without '=' or with a name that is not
//! a token skipped, the first of duplicate names kept, at most 64 cookies.
std::map<std::string, std::string> reference_parse(std::string_view header)
{
    std::vector<std::string_view> pairs;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= header.size(); ++i) {
        if (i == header.size() || header[i] == ';') {
            pairs.push_back(header.substr(start, i - start));
            start = i + 1;
        }
    }
    std::map<std::string, std::string> cookies;
    for (std::string_view pair : pairs) {
        if (cookies.size() == 64)
            break;
        pair = strip_blanks(pair);
        const auto equals = pair.find('=');
        if (equals == std::string_view::npos)
            continue;
        const std::string_view name = strip_blanks(pair.substr(0, equals));
        std::string_view value = strip_blanks(pair.substr(equals + 1));
        if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
            value = value.substr(1, value.size() - 2);
        if (!reference_token(name) || cookies.count(std::string(name)) != 0)
            continue;
        cookies.emplace(name, value);
    }
    return cookies;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view header = as_text(data, size);
    const auto cookies = parse_cookie_header(header);

    FUZZ_REQUIRE(cookies.size() <= 64);
    for (const auto& [name, value] : cookies) {
        // Names are tokens, so they can be written back without quoting.
        FUZZ_REQUIRE(reference_token(name));
        FUZZ_REQUIRE(is_cookie_token(name));
        FUZZ_REQUIRE(header.find(name) != std::string_view::npos);
        FUZZ_REQUIRE(header.find(value) != std::string_view::npos);
        FUZZ_REQUIRE(value.find(';') == std::string::npos);
    }
    FUZZ_REQUIRE(cookies == reference_parse(header));

    // is_cookie_token agrees with the reference on the raw input too.
    FUZZ_REQUIRE(is_cookie_token(header) == reference_token(header));

    // A parsed cookie whose value is a token can be set again and reads back the same.
    for (const auto& [name, value] : cookies) {
        if (!value.empty() && !is_cookie_token(value))
            continue;
        SetCookie cookie;
        cookie.name = name;
        cookie.value = value;
        const std::string set_header = cookie.to_header_value();
        FUZZ_REQUIRE(set_header.rfind(name + "=" + value + ";", 0) == 0);
        const auto again = parse_cookie_header(name + "=" + value);
        FUZZ_REQUIRE(again.size() == 1 && again.begin()->first == name && again.begin()->second == value);
    }
    return 0;
}
