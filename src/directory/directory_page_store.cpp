// The SQL of directory_page_store.hpp. Statements are assembled from fixed fragments; every value
// (words, codes, bounds) is a bound parameter, whatever its number.

#include "directory/directory_page_store.hpp"

#include "db/session.hpp"
#include "directory/search_index.hpp"

#include <soci/soci.h>

#include <deque>

namespace essaim::directory {

namespace {

//! Owns the values of one statement (stable addresses, as soci::use keeps references) and names
//! their placeholders.
class Parameters {
public:
    std::string add(std::string value)
    {
        m_strings.push_back(std::move(value));
        std::string name = "p" + std::to_string(m_names.size());
        m_names.push_back({name, false, m_strings.size() - 1});
        return ":" + name;
    }
    std::string add(long long value)
    {
        m_integers.push_back(value);
        std::string name = "p" + std::to_string(m_names.size());
        m_names.push_back({name, true, m_integers.size() - 1});
        return ":" + name;
    }
    //! "(:p1, :p2)" for a non-empty list.
    template <typename T> std::string list(const std::vector<T>& values)
    {
        std::string text = "(";
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (i > 0)
                text += ", ";
            if constexpr (std::is_same_v<T, int>)
                text += add(static_cast<long long>(values[i]));
            else
                text += add(values[i]);
        }
        return text + ")";
    }
    void bind(soci::statement& statement)
    {
        for (const auto& name : m_names) {
            if (name.integer)
                statement.exchange(soci::use(m_integers[name.index], name.name));
            else
                statement.exchange(soci::use(m_strings[name.index], name.name));
        }
    }

private:
    struct Name {
        std::string name;
        bool integer = false;
        std::size_t index = 0;
    };
    std::deque<std::string> m_strings;
    std::deque<long long> m_integers;
    std::vector<Name> m_names;
};

//! Runs `sql` with `parameters`, calling `on_row` after each fetched row; `intos` binds the outputs.
template <typename Intos, typename OnRow>
void run(db::Session& session, const std::string& sql, Parameters& parameters, Intos intos, OnRow on_row)
{
    soci::statement statement(session.sql());
    intos(statement);
    parameters.bind(statement);
    statement.alloc();
    statement.prepare(sql);
    statement.define_and_bind();
    statement.execute(false);
    while (statement.fetch())
        on_row();
}

// The published records: organisations (non-ceased) and the published projects of such
// organisations, with the columns the filters read. Place and ESS family are the organisation's.
const char* records_sql =
    "recs AS ("
    "SELECT 'organisation' AS kind, o.id AS id, o.name AS title, o.updated_at AS updated, o.id AS org_id, "
    "o.commune_code AS commune_code, o.ess_family AS family, '' AS stage, 0 AS qualified "
    "FROM organisations o WHERE o.status = 'publiee' AND o.ceased = 0 "
    "UNION ALL "
    "SELECT 'project', p.id, p.title, p.updated_at, o.id, o.commune_code, o.ess_family, p.stage, p.qualified "
    "FROM projects p JOIN organisations o ON o.id = p.organisation_id "
    "WHERE p.status = 'publiee' AND o.status = 'publiee' AND o.ceased = 0)";

enum class Dimension { None, Kind, ActorType, Thematic, Stage, Sdg, Region, Department, Family, Qualified };

class ListingQuery {
public:
    ListingQuery(db::Session& session, const DirectoryFilters& filters, bool searched)
        : m_session(session), m_filters(filters), m_searched(searched)
    {
    }

    //! "WITH … SELECT <columns> FROM recs r … WHERE …" without the filter of `skip`.
    std::string select(Parameters& parameters, const std::string& columns, Dimension skip) const
    {
        std::string sql = "WITH " + std::string(records_sql);
        if (m_searched)
            sql += ", hits AS (" + hits_sql(parameters) + ")";
        sql += " SELECT " + columns + " FROM recs r ";
        if (m_searched)
            sql += "JOIN hits h ON h.hkind = r.kind AND h.hid = r.id ";
        sql += "LEFT JOIN communes c ON c.code = r.commune_code WHERE 1 = 1";
        sql += where(parameters, skip);
        return sql;
    }

    //! The filtered records as a derived table `f` (kind, id, org_id, stage, family, qualified, dep, reg).
    std::string filtered(Parameters& parameters, Dimension skip) const
    {
        return select(parameters,
            "r.kind AS kind, r.id AS id, r.org_id AS org_id, r.stage AS stage, r.family AS family, "
            "r.qualified AS qualified, c.department_code AS dep, c.region_code AS reg",
            skip);
    }

private:
    std::string hits_sql(Parameters& parameters) const
    {
        auto terms = sanitise_search_text(m_filters.text);
        if (m_session.is_sqlite()) {
            std::string words = parameters.add(fts5_match_expression(terms));
            std::string cap = parameters.add(static_cast<long long>(directory_candidate_limit));
            return "SELECT kind AS hkind, record_id AS hid, -bm25(search_documents, 0.0, 0.0, 10.0, 1.0) AS score "
                   "FROM search_documents WHERE search_documents MATCH "
                + words + " LIMIT " + cap;
        }
        // As search_store.cpp: the words go through the documents' own normalisation, each lexeme a prefix.
        std::string words = parameters.add(plain_words(terms));
        std::string cap = parameters.add(static_cast<long long>(directory_candidate_limit));
        return "SELECT d.kind AS hkind, d.record_id AS hid, ts_rank(d.document, q.query)::float8 AS score "
               "FROM search_documents d, "
               "(SELECT to_tsquery('simple'::regconfig, (SELECT string_agg("
               R"sql(('''' || replace(replace(t.lexeme, '\', '\\'), '''', '''''') || ''':*'), ' & ') )sql"
               "FROM unnest(to_tsvector('simple'::regconfig, essaim_unaccent(lower("
            + words + ")))) t)) AS query) q WHERE d.document @@ q.query LIMIT " + cap;
    }

    std::string where(Parameters& parameters, Dimension skip) const
    {
        const auto& f = m_filters;
        std::string sql;
        if (skip != Dimension::Kind && !f.kind.empty())
            sql += " AND r.kind = " + parameters.add(f.kind);
        if (skip != Dimension::ActorType && !f.actor_types.empty())
            sql += " AND EXISTS (SELECT 1 FROM organisation_actor_types a WHERE a.organisation_id = r.org_id "
                   "AND a.actor_type IN "
                + parameters.list(f.actor_types) + ")";
        if (skip != Dimension::Thematic && !f.thematics.empty())
            sql += " AND r.kind = 'project' AND EXISTS (SELECT 1 FROM project_thematics t WHERE t.project_id = r.id "
                   "AND t.thematic IN "
                + parameters.list(f.thematics) + ")";
        if (skip != Dimension::Stage && !f.stages.empty())
            sql += " AND r.kind = 'project' AND r.stage IN " + parameters.list(f.stages);
        if (skip != Dimension::Sdg && !f.sdgs.empty())
            sql += " AND r.kind = 'project' AND EXISTS (SELECT 1 FROM project_sdgs s WHERE s.project_id = r.id "
                   "AND s.sdg IN "
                + parameters.list(f.sdgs) + ")";
        if (skip != Dimension::Region && !f.regions.empty())
            sql += " AND c.region_code IN " + parameters.list(f.regions);
        if (skip != Dimension::Department && !f.departments.empty())
            sql += " AND c.department_code IN " + parameters.list(f.departments);
        if (skip != Dimension::Family && !f.ess_families.empty())
            sql += " AND r.family IN " + parameters.list(f.ess_families);
        if (skip != Dimension::Qualified && f.qualified_only)
            sql += " AND r.kind = 'project' AND r.qualified = 1";
        return sql;
    }

    db::Session& m_session;
    const DirectoryFilters& m_filters;
    bool m_searched;
};

std::vector<FacetCount> counts(db::Session& session, const std::string& sql, Parameters& parameters)
{
    std::vector<FacetCount> result;
    std::string code;
    long long count = 0;
    soci::indicator code_indicator = soci::i_ok;
    run(
        session, sql, parameters,
        [&](soci::statement& statement) {
            statement.exchange(soci::into(code, code_indicator));
            statement.exchange(soci::into(count));
        },
        [&] {
            if (code_indicator == soci::i_ok && count > 0)
                result.push_back(FacetCount{code, count});
        });
    return result;
}

std::vector<FacetCount> facet(db::Session& session, const ListingQuery& query, Dimension dimension,
    const std::string& code_column, const std::string& joins, const std::string& condition)
{
    Parameters parameters;
    std::string sql = "SELECT " + code_column + ", count(*) FROM (" + query.filtered(parameters, dimension) + ") f "
        + joins + " WHERE " + condition + " GROUP BY " + code_column;
    return counts(session, sql, parameters);
}

std::map<std::string, std::string> names_of(db::Session& session, const std::string& sql)
{
    std::map<std::string, std::string> names;
    std::string code;
    std::string name;
    soci::statement statement = (session.sql().prepare << sql, soci::into(code), soci::into(name));
    statement.execute();
    while (statement.fetch())
        names[code] = name;
    return names;
}

} // namespace

std::map<std::string, std::string> department_names(db::Session& session)
{
    return names_of(session, "SELECT code, name FROM departments");
}

std::map<std::string, std::string> region_names(db::Session& session)
{
    return names_of(session, "SELECT code, name FROM regions");
}

DirectoryListing list_directory(
    db::Session& session, const DirectoryFilters& filters, DirectorySort sort, int limit, int offset)
{
    DirectoryListing listing;
    bool has_text = !sanitise_search_text(filters.text).words.empty();
    listing.searched = has_text;
    ListingQuery query(session, filters, has_text);

    {
        Parameters parameters;
        std::string sql = "SELECT count(*) FROM (" + query.filtered(parameters, Dimension::None) + ") f";
        run(
            session, sql, parameters, [&](soci::statement& statement) { statement.exchange(soci::into(listing.total)); },
            [] {});
    }
    {
        Parameters parameters;
        std::string order = " ORDER BY lower(r.title), r.kind, r.id";
        if (sort == DirectorySort::Recent)
            order = " ORDER BY r.updated DESC, r.kind, r.id DESC";
        else if (sort == DirectorySort::Relevance && has_text)
            order = " ORDER BY h.score DESC, lower(r.title), r.kind, r.id";
        std::string sql = query.select(parameters, "r.kind, r.id, r.title, coalesce(c.name, '')", Dimension::None) + order
            + " LIMIT " + parameters.add(static_cast<long long>(limit)) + " OFFSET "
            + parameters.add(static_cast<long long>(offset));
        DirectoryRow row;
        run(
            session, sql, parameters,
            [&](soci::statement& statement) {
                statement.exchange(soci::into(row.kind));
                statement.exchange(soci::into(row.id));
                statement.exchange(soci::into(row.title));
                statement.exchange(soci::into(row.commune));
            },
            [&] { listing.rows.push_back(row); });
    }

    listing.facets["type"] = facet(session, query, Dimension::Kind, "f.kind", "", "1 = 1");
    listing.facets["actor_type"] = facet(session, query, Dimension::ActorType, "a.actor_type",
        "JOIN organisation_actor_types a ON a.organisation_id = f.org_id", "1 = 1");
    listing.facets["thematique"] = facet(session, query, Dimension::Thematic, "t.thematic",
        "JOIN project_thematics t ON t.project_id = f.id", "f.kind = 'project'");
    listing.facets["etape"] = facet(session, query, Dimension::Stage, "f.stage", "", "f.kind = 'project'");
    listing.facets["odd"] = facet(session, query, Dimension::Sdg, "CAST(s.sdg AS TEXT)",
        "JOIN project_sdgs s ON s.project_id = f.id", "f.kind = 'project'");
    listing.facets["region"] = facet(session, query, Dimension::Region, "f.reg", "", "f.reg IS NOT NULL");
    listing.facets["departement"] = facet(session, query, Dimension::Department, "f.dep", "", "f.dep IS NOT NULL");
    listing.facets["famille_ess"] = facet(session, query, Dimension::Family, "f.family", "", "f.family IS NOT NULL");
    listing.facets["qualifie"] = facet(session, query, Dimension::Qualified, "CAST(f.qualified AS TEXT)", "",
        "f.kind = 'project' AND f.qualified = 1");
    listing.per_department = facet(session, query, Dimension::None, "f.dep", "", "f.dep IS NOT NULL");
    return listing;
}

} // namespace essaim::directory
