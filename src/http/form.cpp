#include "http/form.hpp"

#include "core/text.hpp"

#include <cstdint>

namespace essaim::http {

std::string percent_decode(std::string_view text, bool plus_is_space)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '+' && plus_is_space) {
            out += ' ';
        } else if (c == '%' && i + 2 < text.size()) {
            int high = core::hex_digit_value(text[i + 1]);
            int low = core::hex_digit_value(text[i + 2]);
            if (high < 0 || low < 0) {
                out += c;
                continue;
            }
            out += static_cast<char>(high * 16 + low);
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

std::string percent_encode(std::string_view text)
{
    static constexpr char digits[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size() * 3);
    for (unsigned char c : text) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
            || c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += digits[c >> 4];
            out += digits[c & 15];
        }
    }
    return out;
}

std::optional<std::string> Form::first(std::string_view name) const
{
    for (const auto& [field, value] : m_fields) {
        if (field == name)
            return value;
    }
    return std::nullopt;
}

std::vector<std::string> Form::all(std::string_view name) const
{
    std::vector<std::string> values;
    for (const auto& [field, value] : m_fields) {
        if (field == name)
            values.push_back(value);
    }
    return values;
}

Form parse_urlencoded(std::string_view text, std::size_t max_fields)
{
    Form form;
    std::size_t count = 0;
    while (!text.empty() && count < max_fields) {
        auto amp = text.find('&');
        std::string_view pair = text.substr(0, amp);
        text = amp == std::string_view::npos ? std::string_view() : text.substr(amp + 1);
        if (pair.empty())
            continue;
        auto equals = pair.find('=');
        std::string name = percent_decode(pair.substr(0, equals), true);
        std::string value = equals == std::string_view::npos ? std::string() : percent_decode(pair.substr(equals + 1), true);
        form.add(std::move(name), std::move(value));
        ++count;
    }
    return form;
}

std::string loggable_target(const std::string& path, const std::string& query)
{
    if (query.empty())
        return path;
    static const char* const secret_words[] = {"jeton", "token", "password", "mot_de_passe", "secret"};
    std::string out = path + "?";
    const Form parameters = parse_urlencoded(query, 50);
    for (const auto& [name, value] : parameters.fields()) {
        if (out.back() != '?')
            out += '&';
        bool secret = name == "code" || name == "key";
        for (const char* word : secret_words)
            secret = secret || name.find(word) != std::string::npos;
        out += percent_encode(name) + "=" + (secret ? std::string("***") : percent_encode(value));
    }
    return out;
}

bool is_clean_utf8(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f)
                return false;
            ++i;
            continue;
        }
        std::size_t length;
        std::uint32_t code;
        if ((c & 0xe0) == 0xc0) {
            length = 2;
            code = c & 0x1f;
        } else if ((c & 0xf0) == 0xe0) {
            length = 3;
            code = c & 0x0f;
        } else if ((c & 0xf8) == 0xf0) {
            length = 4;
            code = c & 0x07;
        } else {
            return false;
        }
        if (i + length > text.size())
            return false;
        for (std::size_t k = 1; k < length; ++k) {
            auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xc0) != 0x80)
                return false;
            code = (code << 6) | (next & 0x3f);
        }
        // Reject overlong forms, surrogates and values past Unicode.
        if ((length == 2 && code < 0x80) || (length == 3 && code < 0x800) || (length == 4 && code < 0x10000)
            || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff)
            return false;
        i += length;
    }
    return true;
}

} // namespace essaim::http
