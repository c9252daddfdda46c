// Fuzzes http::parse_urlencoded, which reads every form body and query string a client sends.
// The first byte picks a small field limit (byte % 8), so the cut-off is exercised on short
// inputs as well; the rest is the urlencoded text.
// fuzz-sources: src/http/form.cpp src/core/text.cpp

#include "fuzz_check.hpp"
#include "http/form.hpp"

#include <algorithm>
#include <string>
#include <vector>

using essaim::fuzz::as_text;
using essaim::http::Form;
using essaim::http::parse_urlencoded;
using essaim::http::percent_encode;

namespace {

//! The pairs the parser is expected to see: the text between '&' separators, empty ones skipped.
std::vector<std::string_view> non_empty_pieces(std::string_view text)
{
    std::vector<std::string_view> pieces;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == '&') {
            if (i > start)
                pieces.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    }
    return pieces;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) {
        FUZZ_REQUIRE(parse_urlencoded("").fields().empty());
        return 0;
    }
    const std::size_t small_limit = data[0] % 8;
    const std::string_view text = as_text(data + 1, size - 1);
    const auto pieces = non_empty_pieces(text);

    // A hostile body can never make the parser keep more than its limit.
    const Form form = parse_urlencoded(text);
    FUZZ_REQUIRE(form.fields().size() <= 1000);
    FUZZ_REQUIRE(form.fields().size() == std::min<std::size_t>(1000, pieces.size()));

    const Form limited = parse_urlencoded(text, small_limit);
    FUZZ_REQUIRE(limited.fields().size() == std::min(small_limit, pieces.size()));
    for (std::size_t i = 0; i < limited.fields().size(); ++i)
        FUZZ_REQUIRE(limited.fields()[i] == form.fields()[i]);

    // Decoding only shrinks text, and each field comes from its own piece.
    for (std::size_t i = 0; i < form.fields().size(); ++i) {
        const auto& [name, value] = form.fields()[i];
        FUZZ_REQUIRE(name.size() + value.size() <= pieces[i].size());
    }

    // Encoding the fields back and parsing again yields the same fields: nothing lost or invented.
    std::string encoded;
    for (const auto& [name, value] : form.fields()) {
        if (!encoded.empty())
            encoded += '&';
        encoded += percent_encode(name);
        encoded += '=';
        encoded += percent_encode(value);
    }
    FUZZ_REQUIRE(parse_urlencoded(encoded).fields() == form.fields());

    // Lookups agree with the field list. Checked on small forms only: each lookup scans every
    // field, and large forms would slow the fuzzer without reaching new code.
    const std::size_t looked_up = form.fields().size() <= 64 ? std::min<std::size_t>(form.fields().size(), 8) : 0;
    for (std::size_t i = 0; i < looked_up; ++i) {
        const std::string& name = form.fields()[i].first;
        std::vector<std::string> expected;
        for (const auto& [other_name, other_value] : form.fields()) {
            if (other_name == name)
                expected.push_back(other_value);
        }
        FUZZ_REQUIRE(form.has(name));
        FUZZ_REQUIRE(form.all(name) == expected);
        FUZZ_REQUIRE(form.get(name) == expected.front());
    }
    return 0;
}
