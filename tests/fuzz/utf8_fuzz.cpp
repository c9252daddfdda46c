// Fuzzes http::is_clean_utf8, the gate every text field passes before it is stored.
// fuzz-sources: src/http/form.cpp src/core/text.cpp

#include "fuzz_check.hpp"
#include "http/form.hpp"

#include <string>

using essaim::fuzz::as_text;
using essaim::http::is_clean_utf8;

namespace {

//! The well-formed byte sequences of the Unicode standard (table 3-7), written as byte ranges
//! rather than by decoding, plus the control characters the platform refuses (C0 except tab,
//! line feed and carriage return, and DEL).
bool reference_clean(std::string_view text)
{
    std::size_t i = 0;
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
    auto within = [&](std::size_t k, unsigned low, unsigned high) {
        return i + k < text.size() && byte(k) >= low && byte(k) <= high;
    };
    while (i < text.size()) {
        const unsigned lead = byte(0);
        std::size_t length = 0;
        if (lead <= 0x7f) {
            if ((lead < 0x20 && lead != '\t' && lead != '\n' && lead != '\r') || lead == 0x7f)
                return false;
            length = 1;
        } else if (lead >= 0xc2 && lead <= 0xdf) {
            length = within(1, 0x80, 0xbf) ? 2 : 0;
        } else if (lead == 0xe0) {
            length = within(1, 0xa0, 0xbf) && within(2, 0x80, 0xbf) ? 3 : 0;
        } else if ((lead >= 0xe1 && lead <= 0xec) || lead == 0xee || lead == 0xef) {
            length = within(1, 0x80, 0xbf) && within(2, 0x80, 0xbf) ? 3 : 0;
        } else if (lead == 0xed) {
            length = within(1, 0x80, 0x9f) && within(2, 0x80, 0xbf) ? 3 : 0;
        } else if (lead == 0xf0) {
            length = within(1, 0x90, 0xbf) && within(2, 0x80, 0xbf) && within(3, 0x80, 0xbf) ? 4 : 0;
        } else if (lead >= 0xf1 && lead <= 0xf3) {
            length = within(1, 0x80, 0xbf) && within(2, 0x80, 0xbf) && within(3, 0x80, 0xbf) ? 4 : 0;
        } else if (lead == 0xf4) {
            length = within(1, 0x80, 0x8f) && within(2, 0x80, 0xbf) && within(3, 0x80, 0xbf) ? 4 : 0;
        }
        if (length == 0)
            return false;
        i += length;
    }
    return true;
}

//! Encodes any value below 2^21 with the UTF-8 bit layout, surrogates included, so that the
//! checker's answer on a single code point can be predicted from the value alone.
std::string encode_code_point(std::uint32_t code)
{
    std::string out;
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xc0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3f));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xe0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (code & 0x3f));
    } else {
        out += static_cast<char>(0xf0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3f));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (code & 0x3f));
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text = as_text(data, size);
    const bool clean = is_clean_utf8(text);
    FUZZ_REQUIRE(clean == reference_clean(text));

    // Two clean texts stay clean once joined: the checker keeps no state across code points.
    if (clean && size >= 2) {
        const std::size_t middle = size / 2;
        const std::string_view head = text.substr(0, middle);
        const std::string_view tail = text.substr(middle);
        if (is_clean_utf8(head) && is_clean_utf8(tail))
            FUZZ_REQUIRE(is_clean_utf8(std::string(tail) + std::string(head)));
    }

    // One code point taken from the first bytes: accepted exactly when it is a Unicode scalar
    // value and not a refused control character.
    if (size >= 3) {
        const std::uint32_t code = (std::uint32_t{data[0]} << 16 | std::uint32_t{data[1]} << 8 | data[2]) % 0x200000;
        const bool control = (code < 0x20 && code != '\t' && code != '\n' && code != '\r') || code == 0x7f;
        const bool scalar = code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
        FUZZ_REQUIRE(is_clean_utf8(encode_code_point(code)) == (scalar && !control));
    }
    return 0;
}
