// Fuzzes http::percent_decode (request paths, form fields) and its inverse percent_encode.
// fuzz-sources: src/http/form.cpp src/core/text.cpp

#include "fuzz_check.hpp"
#include "http/form.hpp"

#include <charconv>
#include <string>

using essaim::fuzz::as_text;
using essaim::http::percent_decode;
using essaim::http::percent_encode;

namespace {

bool is_unreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
        || c == '.' || c == '~';
}

bool is_upper_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'); }

//! An independent decoder: "%XX" with two hex digits becomes one byte, anything else stays as is.
std::string reference_decode(std::string_view text, bool plus_is_space)
{
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == '%' && text.size() - i >= 3) {
            unsigned byte = 0;
            const char* first = text.data() + i + 1;
            const char* last = first + 2;
            auto [end, error] = std::from_chars(first, last, byte, 16);
            if (error == std::errc() && end == last) {
                out.push_back(static_cast<char>(byte));
                i += 3;
                continue;
            }
        }
        out.push_back(plus_is_space && text[i] == '+' ? ' ' : text[i]);
        ++i;
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text = as_text(data, size);

    // Encoding uses only unreserved characters and upper-case %XX escapes.
    const std::string encoded = percent_encode(text);
    std::size_t expected_size = 0;
    for (char c : text)
        expected_size += is_unreserved(c) ? 1 : 3;
    FUZZ_REQUIRE(encoded.size() == expected_size);
    for (std::size_t i = 0; i < encoded.size(); ++i) {
        if (encoded[i] == '%') {
            FUZZ_REQUIRE(i + 2 < encoded.size() && is_upper_hex(encoded[i + 1]) && is_upper_hex(encoded[i + 2]));
            i += 2;
        } else {
            FUZZ_REQUIRE(is_unreserved(encoded[i]));
        }
    }

    // Encoding then decoding gives the original bytes back, whatever '+' means.
    FUZZ_REQUIRE(percent_decode(encoded, false) == text);
    FUZZ_REQUIRE(percent_decode(encoded, true) == text);

    // Decoding arbitrary text matches the reference and never grows it.
    for (bool plus_is_space : {false, true}) {
        const std::string decoded = percent_decode(text, plus_is_space);
        FUZZ_REQUIRE(decoded.size() <= text.size());
        FUZZ_REQUIRE(decoded == reference_decode(text, plus_is_space));
    }
    if (text.find('%') == std::string_view::npos)
        FUZZ_REQUIRE(percent_decode(text, false) == text);
    return 0;
}
