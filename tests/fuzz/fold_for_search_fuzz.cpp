// Fuzzes core::fold_for_search, which turns every search query into the key matched against the
// index. The first byte chooses where the rest is cut in two for the separator check.
// fuzz-sources: src/core/text.cpp

#include "core/text.hpp"
#include "fuzz_check.hpp"

#include <optional>
#include <string>

using essaim::core::fold_for_search;
using essaim::fuzz::as_text;

namespace {

//! Decodes the code point at `at` and advances; nullopt on anything but well-formed UTF-8.
std::optional<char32_t> decode_strict(std::string_view text, std::size_t& at)
{
    const auto lead = static_cast<unsigned char>(text[at]);
    std::size_t length = lead < 0x80 ? 1 : lead < 0xc2 ? 0 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : lead < 0xf5 ? 4 : 0;
    if (length == 0 || at + length > text.size())
        return std::nullopt;
    char32_t code = length == 1 ? lead : lead & (0x7f >> length);
    for (std::size_t i = 1; i < length; ++i) {
        const auto next = static_cast<unsigned char>(text[at + i]);
        if ((next & 0xc0) != 0x80)
            return std::nullopt;
        code = code << 6 | (next & 0x3f);
    }
    constexpr char32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (code < smallest[length] || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
        return std::nullopt;
    at += length;
    return code;
}

//! Code points that the key must never hold: Latin-1 and Latin Extended-A (folded to ASCII),
//! separators and the invisible marks that are dropped.
bool folded_away(char32_t code)
{
    return (code >= 0xa0 && code <= 0x17f) || (code >= 0x300 && code <= 0x36f) || (code >= 0x2b9 && code <= 0x2bf)
        || (code >= 0x2000 && code <= 0x206f) || code == 0x2212 || code == 0x3000 || code == 0xfeff;
}

std::string ascii_upper(std::string_view text)
{
    std::string out(text);
    for (char& c : out) {
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text = as_text(data, size);
    const std::string folded = fold_for_search(text);

    // Never longer than the query: every replacement is at most as long as what it replaces.
    FUZZ_REQUIRE(folded.size() <= text.size());

    // Well-formed UTF-8 whose ASCII part is lower-case letters, digits and single inner spaces.
    FUZZ_REQUIRE(folded.empty() || (folded.front() != ' ' && folded.back() != ' '));
    FUZZ_REQUIRE(folded.find("  ") == std::string::npos);
    std::size_t at = 0;
    while (at < folded.size()) {
        const auto code = decode_strict(folded, at);
        FUZZ_REQUIRE(code.has_value());
        if (*code < 0x80)
            FUZZ_REQUIRE((*code >= 'a' && *code <= 'z') || (*code >= '0' && *code <= '9') || *code == ' ');
        else
            FUZZ_REQUIRE(!folded_away(*code));
    }

    // Folding a key changes nothing, so keys stored in the index and queries meet.
    FUZZ_REQUIRE(fold_for_search(folded) == folded);

    // ASCII case never matters.
    FUZZ_REQUIRE(fold_for_search(ascii_upper(text)) == folded);

    // A space separates: folding "a b" joins the folds of a and b with one space.
    if (size >= 1) {
        const std::string_view rest = text.substr(1);
        const std::size_t cut = rest.empty() ? 0 : data[0] % (rest.size() + 1);
        const std::string head = fold_for_search(rest.substr(0, cut));
        const std::string tail = fold_for_search(rest.substr(cut));
        const std::string joined = head.empty() ? tail : tail.empty() ? head : head + " " + tail;
        FUZZ_REQUIRE(fold_for_search(std::string(rest.substr(0, cut)) + " " + std::string(rest.substr(cut))) == joined);
    }
    return 0;
}
