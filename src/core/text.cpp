#include "core/text.hpp"

#include <array>
#include <cstdint>

namespace essaim::core {

namespace {

// What each code point of U+00C0–U+017F folds to; an empty string is a separator (× and ÷).
// Written out rather than derived from Unicode decomposition so that ligatures (æ, œ, ĳ) and
// letters without a decomposition (ø, đ, ł, ß, þ) fold the way a French reader expects.
// clang-format off
constexpr std::array<const char*, 0x180 - 0xC0> latin_folds = {
    // U+00C0
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    // U+00D0
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
    // U+00E0
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    // U+00F0
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
    // U+0100
    "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
    // U+0110
    "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
    // U+0120
    "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",
    // U+0130
    "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",
    // U+0140
    "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",
    // U+0150
    "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
    // U+0160
    "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",
    // U+0170
    "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",
};
// clang-format on

constexpr char32_t invalid_code_point = 0xFFFFFFFF;

//! Decodes the code point at `at`, advancing it; an invalid sequence yields invalid_code_point
//! and advances by one byte so decoding resynchronises on the next byte.
char32_t decode(std::string_view text, std::size_t& at)
{
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    unsigned char lead = byte(at);
    if (lead < 0x80) {
        ++at;
        return lead;
    }
    std::size_t length;
    char32_t code;
    char32_t minimum;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        code = lead & 0x1F;
        minimum = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        code = lead & 0x0F;
        minimum = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        code = lead & 0x07;
        minimum = 0x10000;
    } else {
        ++at;
        return invalid_code_point;
    }
    if (at + length > text.size()) {
        ++at;
        return invalid_code_point;
    }
    for (std::size_t i = 1; i < length; ++i) {
        unsigned char next = byte(at + i);
        if ((next & 0xC0) != 0x80) {
            ++at;
            return invalid_code_point;
        }
        code = (code << 6) | (next & 0x3F);
    }
    if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
        ++at;
        return invalid_code_point;
    }
    at += length;
    return code;
}

enum class Fold { Keep, Separator, Drop, Replace };

struct Folded {
    Fold kind;
    const char* replacement = nullptr;
};

bool is_combining_mark(char32_t code)
{
    return (code >= 0x0300 && code <= 0x036F) || (code >= 0x1AB0 && code <= 0x1AFF)
        || (code >= 0x1DC0 && code <= 0x1DFF) || (code >= 0x20D0 && code <= 0x20FF)
        || (code >= 0xFE20 && code <= 0xFE2F);
}

Folded fold_code_point(char32_t code)
{
    if (code == invalid_code_point)
        return {Fold::Separator};
    if (code < 0x80) {
        if ((code >= '0' && code <= '9') || (code >= 'a' && code <= 'z'))
            return {Fold::Keep};
        if (code >= 'A' && code <= 'Z')
            return {Fold::Replace, nullptr};
        return {Fold::Separator};
    }
    if (code == 0x00AD || is_combining_mark(code) || code == 0x200B || code == 0x2060 || code == 0xFEFF)
        return {Fold::Drop}; // soft hyphen, decomposed accents, invisible joiners: part of the word
    if (code >= 0xA0 && code < 0xC0) {
        switch (code) {
        case 0xAA: return {Fold::Replace, "a"};
        case 0xBA: return {Fold::Replace, "o"};
        case 0xB2: return {Fold::Replace, "2"};
        case 0xB3: return {Fold::Replace, "3"};
        case 0xB9: return {Fold::Replace, "1"};
        default: return {Fold::Separator};
        }
    }
    if (code >= 0xC0 && code < 0x180) {
        const char* replacement = latin_folds[code - 0xC0];
        return replacement[0] ? Folded{Fold::Replace, replacement} : Folded{Fold::Separator};
    }
    // Modifier apostrophes and primes, general punctuation and spaces (’ ‘ – — … « » …), minus sign,
    // ideographic space.
    if ((code >= 0x02B9 && code <= 0x02BF) || (code >= 0x2000 && code <= 0x206F) || code == 0x2212 || code == 0x3000)
        return {Fold::Separator};
    return {Fold::Keep};
}

} // namespace

std::string fold_for_search(std::string_view utf8)
{
    std::string folded;
    folded.reserve(utf8.size());
    bool separator_pending = false;
    std::size_t at = 0;
    while (at < utf8.size()) {
        std::size_t start = at;
        char32_t code = decode(utf8, at);
        Folded result = fold_code_point(code);
        if (result.kind == Fold::Drop)
            continue;
        if (result.kind == Fold::Separator) {
            separator_pending = true;
            continue;
        }
        if (separator_pending && !folded.empty())
            folded += ' ';
        separator_pending = false;
        if (result.kind == Fold::Keep)
            folded.append(utf8.substr(start, at - start));
        else if (result.replacement)
            folded += result.replacement;
        else
            folded += static_cast<char>(code - 'A' + 'a');
    }
    return folded;
}

bool is_valid_utf8(std::string_view text)
{
    std::size_t at = 0;
    while (at < text.size()) {
        if (decode(text, at) == invalid_code_point)
            return false;
    }
    return true;
}

std::size_t count_code_points(std::string_view text)
{
    std::size_t count = 0;
    for (unsigned char c : text) {
        if ((c & 0xC0) != 0x80)
            ++count;
    }
    return count;
}

std::string group_digits(long long value)
{
    // Work on the unsigned magnitude so that the smallest long long does not overflow.
    unsigned long long magnitude
        = value < 0 ? 0ULL - static_cast<unsigned long long>(value) : static_cast<unsigned long long>(value);
    std::string digits = std::to_string(magnitude);
    std::string grouped;
    if (value < 0)
        grouped += '-';
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            grouped += "\u202F";
        grouped += digits[i];
    }
    return grouped;
}

std::string excerpt(std::string_view text, std::size_t max_code_points)
{
    std::string line;
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !line.empty();
            continue;
        }
        if (space)
            line += ' ';
        space = false;
        line += c;
    }
    if (count_code_points(line) <= max_code_points || max_code_points == 0)
        return max_code_points == 0 ? std::string() : line;
    // Keep whole code points: walk to the byte where the limit (less one, for the ellipsis) falls.
    std::size_t kept = 0, byte = 0;
    while (byte < line.size() && kept < max_code_points - 1) {
        ++byte;
        while (byte < line.size() && (static_cast<unsigned char>(line[byte]) & 0xC0) == 0x80)
            ++byte;
        ++kept;
    }
    auto cut = line.substr(0, byte);
    if (byte < line.size() && line[byte] != ' ') {
        if (auto last_space = cut.rfind(' '); last_space != std::string::npos && last_space > 0)
            cut = cut.substr(0, last_space);
    }
    while (!cut.empty() && (cut.back() == ' ' || cut.back() == ',' || cut.back() == ';' || cut.back() == ':'))
        cut.pop_back();
    return cut + "…";
}

std::string format_decimal(std::string_view number)
{
    std::string_view sign;
    auto digits = number;
    if (!digits.empty() && digits.front() == '-') {
        sign = "-";
        digits.remove_prefix(1);
    }
    auto separator = digits.find_first_of(".,");
    auto whole = digits.substr(0, separator);
    auto fraction = separator == std::string_view::npos ? std::string_view() : digits.substr(separator + 1);
    auto all_digits = [](std::string_view part) {
        for (char c : part)
            if (c < '0' || c > '9')
                return false;
        return true;
    };
    if (whole.empty() || !all_digits(whole) || !all_digits(fraction)
        || (separator != std::string_view::npos && fraction.empty()))
        return std::string(number);
    std::string text(sign);
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0)
            text += "\u202F";
        text += whole[i];
    }
    if (!fraction.empty()) {
        text += ',';
        text += fraction;
    }
    return text;
}

std::string format_euros(std::string_view number) { return format_decimal(number) + "\u00A0€"; }

std::string format_euros(long long euros) { return group_digits(euros) + "\u00A0€"; }

std::string_view plural(long long count, std::string_view singular, std::string_view plural_form)
{
    return count >= 2 || count <= -2 ? plural_form : singular;
}

std::string count_of(long long count, std::string_view singular, std::string_view plural_form)
{
    return group_digits(count) + " " + std::string(plural(count, singular, plural_form));
}

void append_utf8(std::string& out, char32_t code_point)
{
    if (code_point < 0x80) {
        out += static_cast<char>(code_point);
    } else if (code_point < 0x800) {
        out += static_cast<char>(0xC0 | (code_point >> 6));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else if (code_point < 0x10000) {
        out += static_cast<char>(0xE0 | (code_point >> 12));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code_point >> 18));
        out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    }
}

int hex_digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::string trim(std::string_view text)
{
    auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

bool begins_like_formula(std::string_view text)
{
    return !text.empty() && std::string_view("=+-@").find(text.front()) != std::string_view::npos;
}

std::string formula_lead_message(std::string_view what)
{
    return std::string(what) + " ne peut pas commencer par =, +, - ou @.";
}

} // namespace essaim::core
