// Fuzzes the reading of search text (the `q` of the directory page, the API and the search page):
// directory::sanitise_search_text, which cuts it into the words given to SQLite FTS5 MATCH and
// PostgreSQL's tsquery parser, fts5_match_expression, plain_words and search_snippet (the excerpt
// shown under each result). The first byte sets the snippet's size (byte + 1); then the search
// text, a NUL, and the body the snippet is cut from (without a NUL, the text is the body too).
// Invariants: at most max_search_words words, each UTF-8 of 2 code points or more (one
// ideograph excepted) and at most max_search_word_bytes, without ASCII other than lower-case
// letters and digits, and without duplicates; input longer than max_search_input_bytes is
// flagged truncated; the MATCH expression is exactly `"word"*` for each word, space-separated
// (so no quote, operator or column filter can come from the input); sanitising the kept words
// again gives the same words; the snippet is bounded and, from UTF-8 text, stays UTF-8.
// fuzz-sources: src/directory/search_index.cpp src/http/form.cpp src/core/text.cpp

#include "directory/search_index.hpp"
#include "fuzz_check.hpp"
#include "http/form.hpp"

#include <algorithm>
#include <string>

using essaim::fuzz::as_text;
namespace directory = essaim::directory;

namespace {

bool utf8(std::string_view text)
{
    // is_clean_utf8 refuses controls too; words never hold ASCII controls anyway.
    return essaim::http::is_clean_utf8(text);
}

std::size_t code_points(std::string_view text)
{
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0 || size > 4096)
        return 0;
    const std::size_t snippet_bytes = data[0] + 1u;
    auto input = as_text(data + 1, size - 1);
    auto nul = input.find('\0');
    auto text = input.substr(0, nul);
    auto body = nul == std::string_view::npos ? input : input.substr(nul + 1);

    auto terms = directory::sanitise_search_text(text);
    FUZZ_REQUIRE(terms.words.size() <= directory::max_search_words);
    if (text.size() > directory::max_search_input_bytes)
        FUZZ_REQUIRE(terms.truncated);
    std::string expected_expression;
    for (std::size_t i = 0; i < terms.words.size(); ++i) {
        const auto& word = terms.words[i];
        FUZZ_REQUIRE(!word.empty() && word.size() <= directory::max_search_word_bytes);
        FUZZ_REQUIRE(utf8(word));
        FUZZ_REQUIRE(code_points(word) >= 2 || static_cast<unsigned char>(word[0]) >= 0xE2);
        for (char c : word) {
            if (static_cast<unsigned char>(c) < 0x80)
                FUZZ_REQUIRE((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
        }
        FUZZ_REQUIRE(std::count(terms.words.begin(), terms.words.end(), word) == 1);
        expected_expression += (i == 0 ? "\"" : " \"") + word + "\"*";
    }
    FUZZ_REQUIRE(directory::fts5_match_expression(terms) == expected_expression);
    auto plain = directory::plain_words(terms);
    auto again = directory::sanitise_search_text(plain);
    FUZZ_REQUIRE(again.words == terms.words);

    auto snippet = directory::search_snippet(body, terms, snippet_bytes);
    FUZZ_REQUIRE(snippet.size() <= snippet_bytes + 2 * std::string_view("…").size() + 4);
    if (utf8(body))
        FUZZ_REQUIRE(utf8(snippet));
    return 0;
}
