#pragma once
// Full-text search over the public directory (organisations and projects), one interface over the
// engine of each backend: SQLite FTS5 (unicode61 remove_diacritics 2, bm25) and PostgreSQL
// tsvector over unaccented lower-case text with a GIN index (ts_rank). Both are fed by triggers
// (migrations/*/040_search.sql), so the index follows every write without the use cases knowing:
// only published, non-ceased organisations and the published projects of such organisations are
// found.
//
// Query language: none. The user's text is cut into words (letters and digits; punctuation,
// quotes, operators and invalid UTF-8 separate words), each word is a prefix ("econ soli" finds
// "Économie solidaire"), all words must match. The engine's own tokenizer then lower-cases and
// strips accents, so query and documents are normalised by the same code. Since words only hold
// letters and digits and are quoted (FTS5) or rebuilt from parsed lexemes (PostgreSQL), no input
// can produce a syntax error in MATCH or to_tsquery.
//
// Cost at 1,000,000 documents: ranking every match of a broad word ("association") would compute
// bm25 / ts_rank for hundreds of thousands of rows. Instead the engine hands over at most
// `candidate_limit` matches in its natural order (FTS5: rowid, i.e. record id; PostgreSQL: the
// heap order of the bitmap scan), the rank is computed on those only, and the page is cut from
// them, ordered by rank then title. A selective query (a rare name, two words) has fewer matches
// than the bound and is ranked exactly; a broad one is ranked among a bounded sample, which is
// what makes p99 independent of the size of the directory. Counting is bounded the same way
// (`count_limit`): the page says "more than N" rather than scanning every match.

#include <string>
#include <string_view>
#include <vector>

namespace essaim::db {
class Session;
}

namespace essaim::directory {

enum class SearchKind { Any, Organisation, Project };

std::string_view search_kind_code(SearchKind kind);  //!< "", "organisation", "project"

//! Words longer than this are cut (at a code point boundary); a longer word is no real word.
inline constexpr std::size_t max_search_word_bytes = 48;
//! Words past this number are ignored: each one costs a posting-list intersection.
inline constexpr std::size_t max_search_words = 8;
//! Input past this many bytes is ignored before it is cut into words.
inline constexpr std::size_t max_search_input_bytes = 400;

//! The words of a query, as the sanitiser keeps them.
struct SearchTerms {
    std::vector<std::string> words;  //!< ASCII lower-cased; other letters as typed (the engine folds them)
    bool truncated = false;          //!< some input was ignored (too long, too many words)
};

//! Cuts `text` into words: runs of ASCII letters and digits and of non-ASCII letters (Latin,
//! Greek, Cyrillic, CJK …); everything else (ASCII punctuation, quotes, operators, spaces, Unicode
//! punctuation and symbols, invalid UTF-8, NUL) separates words. One-character words are dropped
//! (French elisions l' d' and "à" would match nearly everything as prefixes).
SearchTerms sanitise_search_text(std::string_view text);

//! The FTS5 MATCH expression of `terms`: `"word"*` for each word, implicitly AND-ed; "" when none.
std::string fts5_match_expression(const SearchTerms& terms);
//! The words of `terms` joined by spaces, for PostgreSQL: the SQL runs them through the documents'
//! own lower()/unaccent/'simple' parser and makes each resulting lexeme a prefix (`'econ':* & …`).
//! Going through the parser rather than quoting words for to_tsquery matters: unaccent may turn a
//! word into nothing (combining marks alone), and to_tsquery rejects an empty quoted word.
std::string plain_words(const SearchTerms& terms);

//! A short plain-text excerpt of `body` (at most about `max_bytes`), around the first word that
//! starts with one of `terms` (accents and case ignored), cut at word boundaries with "…".
std::string search_snippet(std::string_view body, const SearchTerms& terms, std::size_t max_bytes = 180);

struct SearchQuery {
    std::string text;  //!< free words, as typed
    SearchKind kind = SearchKind::Any;
    int limit = 20;                 //!< clamped to 1 … 100
    int offset = 0;                 //!< clamped to 0 … 10,000
    int candidate_limit = 1000;     //!< matches ranked at most (raised to offset + limit if lower)
    long long count_limit = 10000;  //!< counting stops there
};

struct SearchResult {
    SearchKind kind = SearchKind::Organisation;
    long long id = 0;
    std::string title;
    std::string snippet;  //!< plain text: escape it when rendering
    double rank = 0;      //!< higher is better; comparable within one page only
};

struct SearchPage {
    std::vector<SearchResult> results;
    long long total = 0;         //!< matches, up to the query's count_limit
    bool total_capped = false;   //!< there are more than `total` matches
    bool query_truncated = false;  //!< part of the text was ignored (see sanitise_search_text)
    bool has_words = false;      //!< false: the text held no searchable word, nothing was searched
};

//! The page of results of `query`, best first (rank, then title), with the bounded total.
SearchPage search(db::Session& session, const SearchQuery& query);

//! The number of matches of `query`, at most its count_limit + 1 (so a caller can tell "more").
long long count(db::Session& session, const SearchQuery& query);

} // namespace essaim::directory
