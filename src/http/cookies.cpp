#include "http/cookies.hpp"

#include <stdexcept>

namespace essaim::http {

namespace {

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

} // namespace

bool is_cookie_token(std::string_view text)
{
    for (unsigned char c : text) {
        if (c <= 0x20 || c >= 0x7f || c == '"' || c == ',' || c == ';' || c == '\\' || c == '=')
            return false;
    }
    return !text.empty();
}

std::map<std::string, std::string> parse_cookie_header(std::string_view header)
{
    std::map<std::string, std::string> cookies;
    while (!header.empty() && cookies.size() < 64) {
        auto semicolon = header.find(';');
        std::string_view pair = trim(header.substr(0, semicolon));
        header = semicolon == std::string_view::npos ? std::string_view() : header.substr(semicolon + 1);
        auto equals = pair.find('=');
        if (equals == std::string_view::npos)
            continue;
        std::string_view name = trim(pair.substr(0, equals));
        std::string_view value = trim(pair.substr(equals + 1));
        if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
            value = value.substr(1, value.size() - 2);
        if (!is_cookie_token(name))
            continue;
        cookies.emplace(std::string(name), std::string(value));
    }
    return cookies;
}

std::string SetCookie::to_header_value() const
{
    if (!is_cookie_token(name) || (!value.empty() && !is_cookie_token(value)))
        throw std::invalid_argument("cookie name or value is not a token");
    std::string header = name + "=" + value + "; Path=" + path;
    if (max_age_seconds)
        header += "; Max-Age=" + std::to_string(*max_age_seconds);
    if (secure)
        header += "; Secure";
    if (http_only)
        header += "; HttpOnly";
    switch (same_site) {
    case SameSite::Lax: header += "; SameSite=Lax"; break;
    case SameSite::Strict: header += "; SameSite=Strict"; break;
    case SameSite::None: header += "; SameSite=None"; break;
    }
    return header;
}

} // namespace essaim::http
