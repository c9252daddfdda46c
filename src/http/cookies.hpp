#pragma once
// Cookie header parsing and Set-Cookie building.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace essaim::http {

//! Parses a Cookie header ("a=1; b=2"). Malformed pairs are skipped; the first of duplicate
//! names wins; at most 64 cookies are kept.
std::map<std::string, std::string> parse_cookie_header(std::string_view header);

enum class SameSite { Lax, Strict, None };

struct SetCookie {
    std::string name;
    std::string value;
    std::string path = "/";
    std::optional<std::int64_t> max_age_seconds;  //!< absent = session cookie; 0 = delete
    bool http_only = true;
    bool secure = true;
    SameSite same_site = SameSite::Lax;

    std::string to_header_value() const;
};

//! True for a cookie name or value that is safe to emit without quoting (RFC 6265 cookie-octet).
bool is_cookie_token(std::string_view text);

} // namespace essaim::http
