#include "directory/search_index.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <cstdint>

namespace essaim::directory {

namespace {

//! One decoded code point and its length in bytes; `valid` false for a malformed sequence (its
//! first byte is then skipped alone).
struct Decoded {
    char32_t code_point = 0;
    std::size_t length = 1;
    bool valid = false;
};

Decoded decode(std::string_view text, std::size_t at)
{
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    unsigned char lead = byte(at);
    if (lead < 0x80)
        return {lead, 1, true};
    std::size_t length = 0;
    char32_t value = 0;
    char32_t minimum = 0;
    if ((lead & 0xE0) == 0xC0) {
        length = 2, value = lead & 0x1F, minimum = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3, value = lead & 0x0F, minimum = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4, value = lead & 0x07, minimum = 0x10000;
    } else {
        return {};
    }
    if (at + length > text.size())
        return {};
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(at + i) & 0xC0) != 0x80)
            return {};
        value = (value << 6) | (byte(at + i) & 0x3F);
    }
    if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return {};
    return {value, length, true};
}

//! Whether a code point belongs inside a word. Coarse by blocks: letters and digits of the
//! scripts in use, not punctuation, symbols, spaces or controls. A wrong guess is harmless: the
//! engine's tokenizer has the last word, and a quoted word cannot be an operator.
bool is_word_character(char32_t c)
{
    if (c < 0x80)
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (c < 0xC0)
        return false;  // Latin-1 controls, no-break space, « », currency, ¿ …
    if (c == 0xD7 || c == 0xF7)
        return false;  // × ÷
    if (c < 0x2B0)
        return true;  // Latin-1 letters, Latin Extended-A/B, IPA
    if (c < 0x300)
        return false;  // spacing modifiers, among them the apostrophe ʼ
    if (c < 0x2000)
        return true;  // combining marks, Greek, Cyrillic, Hebrew, Arabic, Indic, Latin Extended Additional …
    if (c < 0x2C00)
        return false;  // general punctuation (’ – — …), symbols, arrows, mathematical operators
    if (c < 0x2E00)
        return true;
    if (c < 0x2E80)
        return false;  // supplemental punctuation
    if (c >= 0x3000 && c < 0x3040)
        return false;  // CJK punctuation and ideographic space
    if (c < 0xD800)
        return true;  // CJK, kana, Hangul …
    if (c < 0xF900)
        return false;  // private use
    if (c < 0xFE00)
        return true;
    if (c < 0xFE70)
        return false;  // variation selectors, vertical and small forms
    if (c < 0xFF00)
        return c != 0xFEFF;
    if (c < 0xFFF0)
        return (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A)
            || (c >= 0xFF66 && c <= 0xFFDC);
    if (c < 0x10000)
        return false;
    return (c < 0x1C000) || (c >= 0x20000 && c < 0x40000);  // not emoji, symbols, tags, private use
}

//! Appends `word` to `terms` unless it is too short or already there; true when there was room.
bool keep_word(SearchTerms& terms, std::string& word, std::size_t code_points, char32_t first)
{
    if (word.empty())
        return true;
    // One-letter words are elisions and articles; as prefixes they would match nearly everything.
    // A single ideograph is a word of its own, though.
    bool too_short = code_points < 2 && first < 0x2E80;
    if (!too_short && std::find(terms.words.begin(), terms.words.end(), word) == terms.words.end()) {
        if (terms.words.size() == max_search_words) {
            terms.truncated = true;
            word.clear();
            return false;
        }
        terms.words.push_back(word);
    }
    word.clear();
    return true;
}

} // namespace

std::string_view search_kind_code(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Organisation:
        return "organisation";
    case SearchKind::Project:
        return "project";
    case SearchKind::Any:
        break;
    }
    return "";
}

SearchTerms sanitise_search_text(std::string_view text)
{
    SearchTerms terms;
    if (text.size() > max_search_input_bytes) {
        text = text.substr(0, max_search_input_bytes);  // a sequence cut in two decodes as invalid: a separator
        terms.truncated = true;
    }
    std::string word;
    std::size_t code_points = 0;
    char32_t first = 0;
    bool word_cut = false;
    for (std::size_t at = 0; at < text.size();) {
        auto decoded = decode(text, at);
        if (decoded.valid && is_word_character(decoded.code_point)) {
            if (word.size() + decoded.length > max_search_word_bytes) {
                word_cut = true;  // the rest of an over-long word is dropped
            } else {
                if (word.empty())
                    first = decoded.code_point;
                for (std::size_t i = 0; i < decoded.length; ++i) {
                    char c = text[at + i];
                    word += decoded.length == 1 && c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
                }
                ++code_points;
            }
        } else {
            if (!keep_word(terms, word, code_points, first))
                return terms;
            code_points = 0;
        }
        at += decoded.length;
    }
    keep_word(terms, word, code_points, first);
    if (word_cut)
        terms.truncated = true;
    return terms;
}

std::string fts5_match_expression(const SearchTerms& terms)
{
    std::string expression;
    for (const auto& word : terms.words) {
        if (!expression.empty())
            expression += ' ';
        // Words hold no '"' (the sanitiser keeps letters and digits only); the quotes make FTS5
        // read AND, OR, NOT, NEAR as plain words.
        expression += '"' + word + "\"*";
    }
    return expression;
}

std::string plain_words(const SearchTerms& terms)
{
    std::string words;
    for (const auto& word : terms.words) {
        if (!words.empty())
            words += ' ';
        words += word;
    }
    return words;
}

std::string search_snippet(std::string_view body, const SearchTerms& terms, std::size_t max_bytes)
{
    // Words of the body (split on ASCII white space), with their folded form to compare.
    std::vector<std::string_view> words;
    for (std::size_t at = 0; at < body.size();) {
        auto start = body.find_first_not_of(" \t\r\n\f\v", at);
        if (start == std::string_view::npos)
            break;
        auto end = body.find_first_of(" \t\r\n\f\v", start);
        if (end == std::string_view::npos)
            end = body.size();
        words.push_back(body.substr(start, end - start));
        at = end;
    }
    std::vector<std::string> folded_terms;
    for (const auto& term : terms.words) {
        auto folded = core::fold_for_search(term);
        if (!folded.empty())
            folded_terms.push_back(folded);
    }
    auto matches = [&](std::string_view word) {
        auto folded = core::fold_for_search(word);
        // "l'économie" folds to "l economie": any of its parts may start with a term.
        for (std::size_t at = 0; at <= folded.size();) {
            auto end = folded.find(' ', at);
            if (end == std::string::npos)
                end = folded.size();
            std::string_view part(folded.data() + at, end - at);
            for (const auto& term : folded_terms) {
                if (part.substr(0, term.size()) == term)
                    return true;
            }
            at = end + 1;
        }
        return false;
    };
    std::size_t hit = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (matches(words[i])) {
            hit = i;
            break;
        }
    }
    // A little context before the hit, then as much as fits after it.
    std::size_t first = hit;
    std::size_t before = 0;
    while (first > 0 && before + words[first - 1].size() + 1 <= max_bytes / 4) {
        before += words[first - 1].size() + 1;
        --first;
    }
    std::string snippet = first > 0 ? "… " : "";
    std::size_t used = 0;
    std::size_t i = first;
    for (; i < words.size(); ++i) {
        if (used > 0 && used + words[i].size() + 1 > max_bytes)
            break;
        if (used > 0) {
            snippet += ' ';
            ++used;
        }
        auto word = words[i];
        if (word.size() > max_bytes) {
            // A single endless "word": cut it at a code point boundary.
            std::size_t cut = max_bytes;
            while (cut > 0 && (static_cast<unsigned char>(word[cut]) & 0xC0) == 0x80)
                --cut;
            word = word.substr(0, cut);
        }
        snippet += word;
        used += word.size();
    }
    if (i < words.size())
        snippet += " …";
    return snippet;
}

} // namespace essaim::directory
