#include "auth/unicode_scripts.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <iterator>

namespace essaim::auth {

namespace {

struct Range {
    char32_t first;
    char32_t last;
};

bool in_ranges(char32_t code_point, const Range* begin, const Range* end)
{
    return std::any_of(begin, end, [code_point](const Range& range) { return code_point >= range.first && code_point <= range.last; });
}

// Category Cf of Unicode 15, then the separators (Zs, Zl, Zp) beyond U+0020, the Hangul fillers,
// the combining grapheme joiner, the Khmer and Mongolian invisible vowels and variation selectors.
constexpr Range invisible[] = {
    {0x00A0, 0x00A0}, {0x00AD, 0x00AD}, {0x034F, 0x034F}, {0x0600, 0x0605}, {0x061C, 0x061C}, {0x06DD, 0x06DD},
    {0x070F, 0x070F}, {0x0890, 0x0891}, {0x08E2, 0x08E2}, {0x115F, 0x1160}, {0x1680, 0x1680}, {0x17B4, 0x17B5},
    {0x180B, 0x180F}, {0x2000, 0x200F}, {0x2028, 0x202F}, {0x205F, 0x2064}, {0x2066, 0x206F}, {0x3000, 0x3000},
    {0x3164, 0x3164}, {0xFE00, 0xFE0F}, {0xFEFF, 0xFEFF}, {0xFFA0, 0xFFA0}, {0xFFF9, 0xFFFB}, {0x110BD, 0x110BD},
    {0x110CD, 0x110CD}, {0x13430, 0x1343F}, {0x1BCA0, 0x1BCA3}, {0x1D173, 0x1D17A}, {0xE0001, 0xE0001},
    {0xE0020, 0xE007F}, {0xE0100, 0xE01EF},
};

constexpr Range latin[] = {{'a', 'z'}, {'A', 'Z'}, {0x00C0, 0x00D6}, {0x00D8, 0x00F6}, {0x00F8, 0x024F}, {0x1E00, 0x1EFF},
    {0x2C60, 0x2C7F}, {0xA720, 0xA7FF}, {0xFF21, 0xFF3A}, {0xFF41, 0xFF5A}};
constexpr Range greek[] = {{0x0370, 0x03FF}, {0x1F00, 0x1FFF}};
constexpr Range cyrillic[] = {{0x0400, 0x052F}, {0x1C80, 0x1C8F}, {0x2DE0, 0x2DFF}, {0xA640, 0xA69F}};

// Lower-case Cyrillic and Greek letters that confusables.txt maps to a Latin letter or digit.
constexpr char32_t latin_look_alikes[] = {
    0x0430, 0x0435, 0x043E, 0x0440, 0x0441, 0x0443, 0x0445, 0x0455, 0x0456, 0x0458, 0x04BB, 0x04CF, 0x0501, 0x051B,
    0x051D, 0x0475, 0x04AF, 0x0491, 0x044C, 0x03B1, 0x03B9, 0x03BA, 0x03BD, 0x03BF, 0x03C1, 0x03C4, 0x03C5, 0x03C7,
    0x03F2, 0x03F3,
};

} // namespace

std::optional<std::u32string> decode_utf8(std::string_view text)
{
    if (!core::is_valid_utf8(text))
        return std::nullopt;
    std::u32string code_points;
    for (std::size_t i = 0; i < text.size();) {
        auto lead = static_cast<unsigned char>(text[i]);
        std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        char32_t value = length == 1 ? lead : length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07;
        for (std::size_t k = 1; k < length; ++k)
            value = (value << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        code_points.push_back(value);
        i += length;
    }
    return code_points;
}

std::string encode_utf8(std::u32string_view code_points)
{
    std::string text;
    for (char32_t code_point : code_points)
        core::append_utf8(text, code_point);
    return text;
}

bool is_invisible_or_format(char32_t code_point)
{
    return in_ranges(code_point, std::begin(invisible), std::end(invisible));
}

Script script_of(char32_t code_point)
{
    if (in_ranges(code_point, std::begin(latin), std::end(latin)))
        return Script::Latin;
    if (in_ranges(code_point, std::begin(greek), std::end(greek)))
        return Script::Greek;
    if (in_ranges(code_point, std::begin(cyrillic), std::end(cyrillic)))
        return Script::Cyrillic;
    if (code_point < 0x80)
        return Script::Common;
    return Script::Other;
}

bool looks_latin(char32_t code_point)
{
    return std::find(std::begin(latin_look_alikes), std::end(latin_look_alikes), code_point) != std::end(latin_look_alikes);
}

char32_t fold_fullwidth(char32_t code_point)
{
    if (code_point >= 0xFF01 && code_point <= 0xFF5E)
        return code_point - 0xFEE0;
    if (code_point == 0x3000)
        return U' ';
    return code_point;
}

char32_t to_lower_letter(char32_t code_point)
{
    if ((code_point >= 'A' && code_point <= 'Z') || (code_point >= 0x00C0 && code_point <= 0x00DE && code_point != 0x00D7))
        return code_point + 0x20;
    if (code_point >= 0x0391 && code_point <= 0x03A9 && code_point != 0x03A2)
        return code_point + 0x20;
    if (code_point >= 0x0410 && code_point <= 0x042F)
        return code_point + 0x20;
    if (code_point >= 0x0400 && code_point <= 0x040F)
        return code_point + 0x50;
    return code_point;
}

} // namespace essaim::auth
