#pragma once
// application/x-www-form-urlencoded bodies and query strings.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace essaim::http {

//! Decodes %XX escapes (and '+' as space when `plus_is_space`). Malformed escapes are kept
//! literally; the result may hold any bytes, so callers validate UTF-8 where it matters.
std::string percent_decode(std::string_view text, bool plus_is_space);
std::string percent_encode(std::string_view text);

//! Ordered fields; a name may repeat (multiple choices).
class Form {
public:
    void add(std::string name, std::string value) { m_fields.emplace_back(std::move(name), std::move(value)); }
    std::optional<std::string> first(std::string_view name) const;
    //! The first value, or "" when absent.
    std::string get(std::string_view name) const { return first(name).value_or(std::string()); }
    std::vector<std::string> all(std::string_view name) const;
    bool has(std::string_view name) const { return first(name).has_value(); }
    const std::vector<std::pair<std::string, std::string>>& fields() const { return m_fields; }

private:
    std::vector<std::pair<std::string, std::string>> m_fields;
};

//! Parses `a=1&b=x+y`. At most `max_fields` fields are kept, so a hostile body cannot
//! make us allocate without bound.
Form parse_urlencoded(std::string_view text, std::size_t max_fields = 1000);

//! The path and query as written to the request log, with the values of secret-looking
//! parameters (jeton, token, password, mot_de_passe, secret, code, key) replaced by "***".
std::string loggable_target(const std::string& path, const std::string& query);

//! True when `text` is well-formed UTF-8 without NUL or other C0 controls except tab, CR and LF
//! (textareas send CRLF line ends).
bool is_clean_utf8(std::string_view text);

} // namespace essaim::http
