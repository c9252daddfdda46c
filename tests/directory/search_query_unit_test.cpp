// The search query sanitiser: what reaches FTS5 MATCH and to_tsquery is only quoted words of
// letters and digits, whatever the user typed.

#include "directory/search_index.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace essaim::directory;

namespace {

std::vector<std::string> words_of(std::string_view text) { return sanitise_search_text(text).words; }

//! True when `expression` holds nothing but the quoting the builders add around allowed words.
bool only_quoted_words(const std::string& expression, char quote)
{
    bool inside = false;
    for (char c : expression) {
        if (c == quote) {
            inside = !inside;
            continue;
        }
        if (inside)
            continue;
        if (c != ' ' && c != '*')
            return false;
    }
    return !inside;
}

} // namespace

TEST(SearchQuery, SplitsOnPunctuationAndLowerCasesAscii)
{
    EXPECT_EQ(words_of("Econ  SOLI"), (std::vector<std::string>{"econ", "soli"}));
    EXPECT_EQ(words_of("saint-étienne"), (std::vector<std::string>{"saint", "étienne"}));
    EXPECT_EQ(words_of("l’économie d'abord"), (std::vector<std::string>{"économie", "abord"}));
    EXPECT_EQ(words_of("Économie"), (std::vector<std::string>{"Économie"}));  // the engine folds non-ASCII
    EXPECT_EQ(words_of("« œuvre »"), (std::vector<std::string>{"œuvre"}));
}

TEST(SearchQuery, OperatorsAndQuotesBecomeSeparatorsOrPlainWords)
{
    EXPECT_TRUE(words_of("\"").empty());
    EXPECT_TRUE(words_of("*").empty());
    EXPECT_TRUE(words_of("-").empty());
    EXPECT_TRUE(words_of("()^:'&|!<->").empty());
    EXPECT_EQ(words_of("NEAR(abc def)"), (std::vector<std::string>{"near", "abc", "def"}));
    EXPECT_EQ(words_of("abc OR def NOT ghi"), (std::vector<std::string>{"abc", "or", "def", "not", "ghi"}));
    EXPECT_EQ(words_of("title:abc"), (std::vector<std::string>{"title", "abc"}));
    EXPECT_EQ(fts5_match_expression(sanitise_search_text("NEAR(\"a b\" OR x*)")), "\"near\"* \"or\"*");
}

TEST(SearchQuery, DropsOneLetterWordsAndDuplicates)
{
    EXPECT_EQ(words_of("a l à de de"), (std::vector<std::string>{"de"}));
    EXPECT_EQ(words_of("日"), (std::vector<std::string>{"日"}));  // an ideograph is a word
}

TEST(SearchQuery, InvalidUtf8NulAndControlsSeparate)
{
    EXPECT_EQ(words_of(std::string("abc\xff\xfe" "def")), (std::vector<std::string>{"abc", "def"}));
    EXPECT_EQ(words_of(std::string("abc\0def", 7)), (std::vector<std::string>{"abc", "def"}));
    EXPECT_EQ(words_of("abc\xc3"), (std::vector<std::string>{"abc"}));              // cut sequence
    EXPECT_EQ(words_of("ab\xed\xa0\x80zz"), (std::vector<std::string>{"ab", "zz"}));  // surrogate
    EXPECT_EQ(words_of("ab\xc0\xafzz"), (std::vector<std::string>{"ab", "zz"}));      // overlong '/'
    EXPECT_EQ(words_of("ab\tcd\nef"), (std::vector<std::string>{"ab", "cd", "ef"}));
    EXPECT_EQ(words_of("coop 😀 ok"), (std::vector<std::string>{"coop", "ok"}));
}

TEST(SearchQuery, BoundsLongInput)
{
    auto long_word = sanitise_search_text(std::string(500, 'x'));
    ASSERT_EQ(long_word.words.size(), 1u);
    EXPECT_EQ(long_word.words[0].size(), max_search_word_bytes);
    EXPECT_TRUE(long_word.truncated);

    // A long word of two-byte letters is cut at a code point boundary.
    std::string accents;
    for (int i = 0; i < 100; ++i)
        accents += "é";
    auto cut = sanitise_search_text(accents);
    ASSERT_EQ(cut.words.size(), 1u);
    EXPECT_EQ(cut.words[0].size() % 2, 0u);
    EXPECT_LE(cut.words[0].size(), max_search_word_bytes);

    auto many = sanitise_search_text("un deux trois quatre cinq six sept huit neuf dix");
    EXPECT_EQ(many.words.size(), max_search_words);
    EXPECT_TRUE(many.truncated);
    EXPECT_EQ(many.words.back(), "huit");

    EXPECT_FALSE(sanitise_search_text("economie sociale").truncated);
}

TEST(SearchQuery, ExpressionsQuoteEveryWordAsAPrefix)
{
    auto terms = sanitise_search_text("econ soli");
    EXPECT_EQ(fts5_match_expression(terms), "\"econ\"* \"soli\"*");
    EXPECT_EQ(plain_words(terms), "econ soli");
    EXPECT_EQ(fts5_match_expression(SearchTerms{}), "");
    EXPECT_EQ(plain_words(SearchTerms{}), "");

    // Whatever the input, only quoted words come out.
    const std::vector<std::string> hostile = {"\"", "*", "NEAR(", "-", "OR", "a\"b'c", "x' | 'y", "'':*",
        "\\'", "$$", "--", "/*", std::string(500, '"'), "\xff\"\xfe'", "()'\"*:&|!"};
    for (const auto& text : hostile) {
        auto sanitised = sanitise_search_text(text);
        EXPECT_TRUE(only_quoted_words(fts5_match_expression(sanitised), '"')) << text;
        for (const auto& word : sanitised.words) {
            EXPECT_EQ(word.find_first_of("\"'*:&|!()\\ -"), std::string::npos) << text;
        }
    }
}

TEST(SearchSnippet, CentresOnTheFirstMatchingWordIgnoringAccents)
{
    std::string body = "Une association de quartier qui anime un jardin partagé, un café associatif et une "
                       "ressourcerie. Nous défendons l'économie sociale et solidaire depuis 1998, avec les "
                       "habitants, les écoles et les commerçants du quartier des Ursulines à Saint-Étienne.";
    auto snippet = search_snippet(body, sanitise_search_text("economie"), 80);
    EXPECT_NE(snippet.find("l'économie"), std::string::npos) << snippet;
    EXPECT_EQ(snippet.rfind("… ", 0), 0u) << snippet;
    EXPECT_LE(snippet.size(), 80u + 2 * std::string(" …").size());

    auto start = search_snippet(body, sanitise_search_text("zzz"), 40);
    EXPECT_EQ(start.rfind("Une association", 0), 0u) << start;
    EXPECT_EQ(search_snippet("", sanitise_search_text("abc")), "");
    EXPECT_EQ(search_snippet("Court.", sanitise_search_text("court")), "Court.");
}
