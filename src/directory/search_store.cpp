// The SQL of search_index.hpp: FTS5 MATCH + bm25 on SQLite, @@ + ts_rank on PostgreSQL, both
// over a bounded candidate set (see the header for why).

#include "db/session.hpp"
#include "directory/search_index.hpp"

#include <soci/soci.h>

#include <algorithm>

namespace essaim::directory {

namespace {

// The matches of `:words` (of kind `:kind` unless `:kind_any` is 1), at most `:cap` of them, in the
// engine's natural order: the candidate set of the ranking and the rows of the bounded count.
const char* sqlite_matches =
    "FROM search_documents WHERE search_documents MATCH :words AND (:kind_any = 1 OR kind = :kind) LIMIT :cap";
const char* sqlite_score = "-bm25(search_documents, 0.0, 0.0, 10.0, 1.0)";

// The words are lower-cased, unaccented and parsed as the documents are (essaim_search_vector);
// each resulting lexeme becomes a quoted prefix for to_tsquery. No lexeme at all gives a NULL
// query, which matches nothing.
const char* postgres_matches =
    "FROM search_documents d, "
    "(SELECT to_tsquery('simple'::regconfig, (SELECT string_agg("
    R"sql(('''' || replace(replace(t.lexeme, '\', '\\'), '''', '''''') || ''':*'), ' & ') )sql"
    "FROM unnest(to_tsvector('simple'::regconfig, essaim_unaccent(lower(:words)))) t)) AS query) q "
    "WHERE d.document @@ q.query AND (:kind_any = 1 OR d.kind = :kind) LIMIT :cap";
const char* postgres_score = "ts_rank(d.document, q.query)::float8";

std::string candidates_sql(db::Session& session)
{
    return session.is_sqlite()
        ? std::string("SELECT kind, record_id, title, ") + sqlite_score + " AS score " + sqlite_matches
        : std::string("SELECT d.kind, d.record_id, d.title, ") + postgres_score + " AS score " + postgres_matches;
}

std::string words_of(db::Session& session, const SearchTerms& terms)
{
    return session.is_sqlite() ? fts5_match_expression(terms) : plain_words(terms);
}

SearchKind kind_from_code(const std::string& code)
{
    return code == "project" ? SearchKind::Project : SearchKind::Organisation;
}

long long count_terms(db::Session& session, const SearchTerms& terms, SearchKind kind, long long cap)
{
    std::string words = words_of(session, terms);
    int kind_any = kind == SearchKind::Any ? 1 : 0;
    std::string kind_code(search_kind_code(kind));
    long long total = 0;
    session.sql() << std::string("SELECT count(*) FROM (SELECT 1 AS hit ") + (session.is_sqlite() ? sqlite_matches : postgres_matches)
            + ") c",
        soci::use(words, "words"), soci::use(kind_any, "kind_any"), soci::use(kind_code, "kind"),
        soci::use(cap, "cap"), soci::into(total);
    return total;
}

} // namespace

long long count(db::Session& session, const SearchQuery& query)
{
    auto terms = sanitise_search_text(query.text);
    if (terms.words.empty())
        return 0;
    long long cap = std::max<long long>(query.count_limit, 0) + 1;
    return count_terms(session, terms, query.kind, cap);
}

SearchPage search(db::Session& session, const SearchQuery& query)
{
    SearchPage page;
    auto terms = sanitise_search_text(query.text);
    page.query_truncated = terms.truncated;
    page.has_words = !terms.words.empty();
    if (!page.has_words)
        return page;

    int limit = std::clamp(query.limit, 1, 100);
    int offset = std::clamp(query.offset, 0, 10000);
    long long candidates = std::max<long long>(query.candidate_limit, offset + limit);

    long long count_limit = std::max<long long>(query.count_limit, 0);
    long long total = count_terms(session, terms, query.kind, count_limit + 1);
    page.total_capped = total > count_limit;
    page.total = std::min(total, count_limit);

    std::string words = words_of(session, terms);
    int kind_any = query.kind == SearchKind::Any ? 1 : 0;
    std::string kind_code(search_kind_code(query.kind));
    // Only the page's rows are joined back to their record, for the snippet's text.
    std::string sql = std::string("SELECT c.kind, c.record_id, c.title, coalesce(o.description, p.summary, ''), c.score "
                                  "FROM (")
        + candidates_sql(session) + ") c "
          "LEFT JOIN organisations o ON c.kind = 'organisation' AND o.id = c.record_id "
          "LEFT JOIN projects p ON c.kind = 'project' AND p.id = c.record_id "
          "ORDER BY c.score DESC, c.title, c.record_id LIMIT :limit OFFSET :offset";
    std::string kind;
    long long id = 0;
    std::string title;
    std::string text;
    double score = 0;
    soci::statement statement = (session.sql().prepare << sql, soci::use(words, "words"),
        soci::use(kind_any, "kind_any"), soci::use(kind_code, "kind"), soci::use(candidates, "cap"),
        soci::use(limit, "limit"), soci::use(offset, "offset"), soci::into(kind), soci::into(id), soci::into(title),
        soci::into(text), soci::into(score));
    statement.execute();
    while (statement.fetch()) {
        page.results.push_back(SearchResult{kind_from_code(kind), id, title, search_snippet(text, terms), score});
    }
    return page;
}

} // namespace essaim::directory
