// The SQL of directory_page_store.hpp. Statements are assembled from fixed fragments; every value
// (words, codes, bounds) is a bound parameter, whatever its number.

#include "directory/directory_page_store.hpp"

#include "db/collation.hpp"
#include "db/session.hpp"
#include "db/statement_parameters.hpp"
#include "directory/search_index.hpp"

#include <soci/soci.h>

#include <algorithm>
#include <functional>
#include <tuple>

namespace essaim::directory {

namespace {

using Parameters = db::StatementParameters;

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
// organisations, with the columns the filters read. The ESS family is the organisation's. An
// organisation is placed by its commune; a project where it acts (places_of_projects), never by
// its organisation's seat, so that the department and region pages count what the listing does.
// With words, each arm only keeps the records among the full-text hits (the CTE `hits`), so that
// the engine starts from the (bounded) hits rather than from the whole table.
enum class Arms { Both, Organisations, Projects };

std::string records_sql(Arms arms, bool searched)
{
    std::string organisations =
        "SELECT 'organisation' AS kind, o.id AS id, o.name AS title, o.updated_at AS updated, o.id AS org_id, "
        "o.commune_code AS commune_code, o.ess_family AS family, CAST('' AS TEXT) AS stage, "
        "CAST(0 AS INTEGER) AS qualified "
        // The casts give these columns the affinity of the projects' arm: SQLite pushes the
        // filters down into the arms of the UNION ALL only when every column's affinity agrees.
        // `|| ''` keeps the engine off organisations_by_status: nearly every organisation is
        // published, and without statistics SQLite would prefer that index to a selective filter's.
        "FROM organisations o WHERE o.status || '' = 'publiee' AND o.ceased = 0";
    std::string projects =
        "SELECT 'project' AS kind, p.id AS id, p.title AS title, p.updated_at AS updated, o.id AS org_id, "
        "o.commune_code AS commune_code, o.ess_family AS family, p.stage AS stage, p.qualified AS qualified "
        "FROM projects p JOIN organisations o ON o.id = p.organisation_id "
        "WHERE p.status = 'publiee' AND o.status || '' = 'publiee' AND o.ceased = 0";
    if (searched) {
        organisations += " AND o.id IN (SELECT hid FROM hits WHERE hkind = 'organisation')";
        projects += " AND p.id IN (SELECT hid FROM hits WHERE hkind = 'project')";
    }
    switch (arms) {
    case Arms::Organisations: return "recs AS (" + organisations + ")";
    case Arms::Projects: return "recs AS (" + projects + ")";
    case Arms::Both: break;
    }
    return "recs AS (" + organisations + " UNION ALL " + projects + ")";
}

// The ids of the projects acting in one of the departments `departments` (a placeholder list
// maker, called once per branch since a placeholder is bound once): those naming the department,
// one of its communes, or its region (a project acting across a region acts in each of its
// departments), as the department pages count them. Each branch starts from the territory tables.
std::string projects_in_departments(const db::Session& session, const std::function<std::string()>& departments)
{
    return "SELECT t.project_id FROM project_territories t WHERE t.kind = 'departement' AND t.code IN " + departments()
        + " UNION ALL SELECT t.project_id FROM communes c CROSS JOIN project_territories t WHERE c.department_code IN "
        + departments() + " AND t.kind = 'commune' AND t.code = " + db::in_domain_collation(session, "c.code")
        + " UNION ALL SELECT t.project_id FROM departments d CROSS JOIN project_territories t WHERE d.code IN "
        + departments() + " AND t.kind = 'region' AND t.code = " + db::in_domain_collation(session, "d.region_code");
}

// The same for regions: naming the region, one of its departments or one of its communes.
std::string projects_in_regions(const db::Session& session, const std::function<std::string()>& regions)
{
    return "SELECT t.project_id FROM project_territories t WHERE t.kind = 'region' AND t.code IN " + regions()
        + " UNION ALL SELECT t.project_id FROM departments d CROSS JOIN project_territories t WHERE d.region_code IN "
        + regions() + " AND t.kind = 'departement' AND t.code = " + db::in_domain_collation(session, "d.code")
        + " UNION ALL SELECT t.project_id FROM departments d CROSS JOIN communes c CROSS JOIN project_territories t "
          "WHERE d.region_code IN "
        + regions() + " AND c.department_code = d.code AND t.kind = 'commune' AND t.code = "
        + db::in_domain_collation(session, "c.code");
}

// None: every filter applies; Everything: none does; otherwise every filter but that one.
enum class Dimension { None, Everything, Kind, ActorType, Thematic, Stage, Sdg, Region, Department, Family, Qualified, Labelled };

// The organisations holding a current label, as a subquery; `today` is a placeholder.
std::string labelled_organisations(const std::string& today)
{
    return "(SELECT l.organisation_id FROM labels l WHERE l.state = 'actif' AND l.expires_on >= " + today + ")";
}

class ListingQuery {
public:
    ListingQuery(db::Session& session, const DirectoryFilters& filters, bool searched)
        : m_session(session), m_filters(filters), m_searched(searched)
    {
    }

    //! "WITH … SELECT <columns> FROM recs r … WHERE …" without the filter of `skip`, over `arms`.
    std::string select(
        Parameters& parameters, const std::string& columns, Dimension skip, Arms arms = Arms::Both) const
    {
        std::string sql = "WITH ";
        if (m_searched)
            sql += "hits AS (" + hits_sql(parameters) + "), ";
        sql += records_sql(arms, m_searched);
        sql += " SELECT " + columns + " FROM recs r ";
        if (m_searched)
            sql += "JOIN hits h ON h.hkind = r.kind AND h.hid = r.id ";
        sql += "LEFT JOIN communes c ON c.code = r.commune_code WHERE 1 = 1";
        sql += where(parameters, skip);
        return sql;
    }

    //! The filtered records as a derived table `f` (kind, id, org_id, stage, family, qualified).
    std::string filtered(Parameters& parameters, Dimension skip) const
    {
        return select(parameters,
            "r.kind AS kind, r.id AS id, r.org_id AS org_id, r.stage AS stage, r.family AS family, "
            "r.qualified AS qualified",
            skip);
    }

    //! Whether the filter of `dimension` is set; when not, its facet's set is the listing's own.
    bool filters_on(Dimension dimension) const
    {
        const auto& f = m_filters;
        switch (dimension) {
        case Dimension::None:
        case Dimension::Everything: return false;
        case Dimension::Kind: return !f.kind.empty();
        case Dimension::ActorType: return !f.actor_types.empty();
        case Dimension::Thematic: return !f.thematics.empty();
        case Dimension::Stage: return !f.stages.empty();
        case Dimension::Sdg: return !f.sdgs.empty();
        case Dimension::Region: return !f.regions.empty();
        case Dimension::Department: return !f.departments.empty();
        case Dimension::Family: return !f.ess_families.empty();
        case Dimension::Qualified: return f.qualified_only;
        case Dimension::Labelled: return f.labelled_only;
        }
        return false;
    }

    const DirectoryFilters& filters() const { return m_filters; }

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

    // Conditions are written on the record's own columns (IN over an indexed lookup rather than a
    // correlated EXISTS or a test on the joined commune), so that the engine can push them into
    // each arm of `recs` and start from the index of a selective filter.
    std::string where(Parameters& parameters, Dimension skip) const
    {
        const auto& f = m_filters;
        std::string sql;
        if (skip == Dimension::Everything)
            return sql;
        if (skip != Dimension::Kind && !f.kind.empty())
            sql += " AND r.kind = " + parameters.add(f.kind);
        if (skip != Dimension::ActorType && !f.actor_types.empty())
            sql += " AND r.org_id IN (SELECT a.organisation_id FROM organisation_actor_types a WHERE a.actor_type IN "
                + parameters.list(f.actor_types) + ")";
        if (skip != Dimension::Thematic && !f.thematics.empty())
            sql += " AND r.kind = 'project' AND r.id IN (SELECT t.project_id FROM project_thematics t "
                   "WHERE t.thematic IN "
                + parameters.list(f.thematics) + ")";
        if (skip != Dimension::Stage && !f.stages.empty())
            sql += " AND r.kind = 'project' AND r.stage IN " + parameters.list(f.stages);
        if (skip != Dimension::Sdg && !f.sdgs.empty())
            sql += " AND r.kind = 'project' AND r.id IN (SELECT s.project_id FROM project_sdgs s WHERE s.sdg IN "
                + parameters.list(f.sdgs) + ")";
        if (skip != Dimension::Region && !f.regions.empty())
            sql += " AND (r.kind = 'organisation' AND r.commune_code IN (SELECT cr.code FROM communes cr "
                   "WHERE cr.region_code IN "
                + parameters.list(f.regions) + ") OR r.kind = 'project' AND r.id IN ("
                + projects_in_regions(m_session, [&] { return parameters.list(f.regions); }) + "))";
        if (skip != Dimension::Department && !f.departments.empty())
            sql += " AND (r.kind = 'organisation' AND r.commune_code IN (SELECT cd.code FROM communes cd "
                   "WHERE cd.department_code IN "
                + parameters.list(f.departments) + ") OR r.kind = 'project' AND r.id IN ("
                + projects_in_departments(m_session, [&] { return parameters.list(f.departments); }) + "))";
        if (skip != Dimension::Family && !f.ess_families.empty())
            sql += " AND r.family IN " + parameters.list(f.ess_families);
        if (skip != Dimension::Qualified && f.qualified_only)
            sql += " AND r.kind = 'project' AND r.qualified = 1";
        if (skip != Dimension::Labelled && f.labelled_only)
            sql += " AND r.kind = 'organisation' AND r.org_id IN " + labelled_organisations(parameters.add(f.today));
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
        + joins + " WHERE " + condition;
    if (dimension == Dimension::Labelled)
        sql += " AND f.org_id IN " + labelled_organisations(parameters.add(query.filters().today));
    sql += " GROUP BY " + code_column;
    return counts(session, sql, parameters);
}

// --- Small sets in memory: the full-text candidates (at most directory_candidate_limit records),
// or the filtered records when they are within directory_count_limit, are fetched once with every
// column the filters and the facets read; sorting, the page and the counts are then computed here
// instead of asking the engine for the same matches again for each count.

using Codes = std::vector<std::string>;

Codes one_code(const std::string& code) { return code.empty() ? Codes{} : Codes{code}; }

void add_once(Codes& codes, const std::string& code)
{
    if (!code.empty() && std::find(codes.begin(), codes.end(), code) == codes.end())
        codes.push_back(code);
}

struct Candidate {
    std::string kind;
    long long id = 0;
    std::string title;
    std::string title_key;  //!< lower(title) as SQL computes it (ASCII letters only)
    long long updated = 0;
    long long org_id = 0;
    std::string family;
    std::string stage;
    long long qualified = 0;
    bool labelled = false;  //!< the organisation (of the record) holds a current label
    //! Where it is: its commune's for an organisation, where it acts for a project (each once).
    std::vector<std::string> departments;
    std::vector<std::string> regions;
    std::string commune;
    double score = 0;
    std::vector<std::string> actor_types;
    std::vector<std::string> thematics;
    std::vector<std::string> sdgs;
};

std::string ascii_lower(const std::string& text)
{
    std::string lowered = text;
    for (char& c : lowered)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return lowered;
}

//! Runs `sql_prefix` completed with the list of `ids`, giving each (owner id, code) row to `on_pair`.
void attach_codes(db::Session& session, const std::string& sql_prefix, const std::vector<long long>& ids,
    const std::function<void(long long, const std::string&)>& on_pair)
{
    if (ids.empty())
        return;
    Parameters parameters;
    std::string sql = sql_prefix + parameters.list(ids);
    long long id = 0;
    std::string code;
    run(
        session, sql, parameters,
        [&](soci::statement& statement) {
            statement.exchange(soci::into(id));
            statement.exchange(soci::into(code));
        },
        [&] { on_pair(id, code); });
}

//! The department and region of each place where one of `project_ids` acts: a department it
//! names, a commune's, or each department of a region it names (see projects_in_departments).
void attach_places_of_projects(db::Session& session, const std::vector<long long>& project_ids,
    const std::function<void(long long, const std::string&, const std::string&)>& on_place)
{
    if (project_ids.empty())
        return;
    const auto code = db::in_reference_collation(session, "t.code");
    Parameters parameters;
    std::string sql = "SELECT t.project_id, d.code, d.region_code FROM project_territories t CROSS JOIN departments d "
                      "WHERE t.project_id IN "
        + parameters.list(project_ids) + " AND t.kind = 'departement' AND d.code = " + code
        + " UNION ALL SELECT t.project_id, c.department_code, c.region_code FROM project_territories t "
          "CROSS JOIN communes c WHERE t.project_id IN "
        + parameters.list(project_ids) + " AND t.kind = 'commune' AND c.code = " + code
        + " UNION ALL SELECT t.project_id, d.code, d.region_code FROM project_territories t CROSS JOIN departments d "
          "WHERE t.project_id IN "
        + parameters.list(project_ids) + " AND t.kind = 'region' AND d.region_code = " + code;
    long long id = 0;
    std::string department, region;
    run(
        session, sql, parameters,
        [&](soci::statement& statement) {
            statement.exchange(soci::into(id));
            statement.exchange(soci::into(department));
            statement.exchange(soci::into(region));
        },
        [&] { on_place(id, department, region); });
}

//! The records of `query` (every filter but `skip`'s) with what the filters and facets read.
std::vector<Candidate> fetch_candidates(db::Session& session, const ListingQuery& query, Dimension skip, bool searched)
{
    std::vector<Candidate> candidates;
    Parameters parameters;
    std::string sql = query.select(parameters,
        "r.kind, r.id, r.title, r.updated, r.org_id, coalesce(r.family, ''), r.stage, r.qualified, "
        "coalesce(c.department_code, ''), coalesce(c.region_code, ''), coalesce(c.name, ''), "
            + std::string(searched ? "h.score" : "CAST(0 AS DOUBLE PRECISION)"),
        skip);
    Candidate row;
    std::string department, region;
    run(
        session, sql, parameters,
        [&](soci::statement& statement) {
            statement.exchange(soci::into(row.kind));
            statement.exchange(soci::into(row.id));
            statement.exchange(soci::into(row.title));
            statement.exchange(soci::into(row.updated));
            statement.exchange(soci::into(row.org_id));
            statement.exchange(soci::into(row.family));
            statement.exchange(soci::into(row.stage));
            statement.exchange(soci::into(row.qualified));
            statement.exchange(soci::into(department));
            statement.exchange(soci::into(region));
            statement.exchange(soci::into(row.commune));
            statement.exchange(soci::into(row.score));
        },
        [&] {
            row.title_key = ascii_lower(row.title);
            row.departments.clear();
            row.regions.clear();
            if (row.kind == "organisation") {
                row.departments = one_code(department);
                row.regions = one_code(region);
            }
            candidates.push_back(row);
        });

    std::map<long long, std::vector<std::size_t>> by_organisation;
    std::map<long long, std::size_t> by_project;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        by_organisation[candidates[i].org_id].push_back(i);
        if (candidates[i].kind == "project")
            by_project[candidates[i].id] = i;
    }
    std::vector<long long> organisation_ids;
    for (const auto& entry : by_organisation)
        organisation_ids.push_back(entry.first);
    std::vector<long long> project_ids;
    for (const auto& entry : by_project)
        project_ids.push_back(entry.first);
    attach_codes(session, "SELECT organisation_id, actor_type FROM organisation_actor_types WHERE organisation_id IN ",
        organisation_ids, [&](long long id, const std::string& code) {
            for (auto i : by_organisation[id])
                candidates[i].actor_types.push_back(code);
        });
    if (!organisation_ids.empty()) {
        Parameters parameters;
        std::string sql = "SELECT DISTINCT l.organisation_id FROM labels l WHERE l.state = 'actif' AND l.expires_on >= "
            + parameters.add(query.filters().today) + " AND l.organisation_id IN " + parameters.list(organisation_ids);
        long long id = 0;
        run(
            session, sql, parameters, [&](soci::statement& statement) { statement.exchange(soci::into(id)); },
            [&] {
                for (auto i : by_organisation[id])
                    candidates[i].labelled = true;
            });
    }
    attach_places_of_projects(session, project_ids, [&](long long id, const std::string& department, const std::string& region) {
        auto& candidate = candidates[by_project[id]];
        add_once(candidate.departments, department);
        add_once(candidate.regions, region);
    });
    attach_codes(session, "SELECT project_id, thematic FROM project_thematics WHERE project_id IN ", project_ids,
        [&](long long id, const std::string& code) { candidates[by_project[id]].thematics.push_back(code); });
    attach_codes(session, "SELECT project_id, CAST(sdg AS TEXT) FROM project_sdgs WHERE project_id IN ", project_ids,
        [&](long long id, const std::string& code) { candidates[by_project[id]].sdgs.push_back(code); });
    return candidates;
}

template <typename T> bool contains(const std::vector<T>& values, const T& value)
{
    return std::find(values.begin(), values.end(), value) != values.end();
}

bool any_in(const std::vector<std::string>& codes, const std::vector<std::string>& wanted)
{
    for (const auto& code : codes)
        if (contains(wanted, code))
            return true;
    return false;
}

//! The same conditions as ListingQuery::where, on one candidate.
bool passes(const Candidate& c, const DirectoryFilters& f, Dimension skip)
{
    bool project = c.kind == "project";
    if (skip != Dimension::Kind && !f.kind.empty() && c.kind != f.kind)
        return false;
    if (skip != Dimension::ActorType && !f.actor_types.empty() && !any_in(c.actor_types, f.actor_types))
        return false;
    if (skip != Dimension::Thematic && !f.thematics.empty() && !(project && any_in(c.thematics, f.thematics)))
        return false;
    if (skip != Dimension::Stage && !f.stages.empty() && !(project && contains(f.stages, c.stage)))
        return false;
    if (skip != Dimension::Sdg && !f.sdgs.empty()) {
        std::vector<std::string> wanted;
        for (int sdg : f.sdgs)
            wanted.push_back(std::to_string(sdg));
        if (!(project && any_in(c.sdgs, wanted)))
            return false;
    }
    if (skip != Dimension::Region && !f.regions.empty() && !any_in(c.regions, f.regions))
        return false;
    if (skip != Dimension::Department && !f.departments.empty() && !any_in(c.departments, f.departments))
        return false;
    if (skip != Dimension::Family && !f.ess_families.empty() && !contains(f.ess_families, c.family))
        return false;
    if (skip != Dimension::Qualified && f.qualified_only && !(project && c.qualified == 1))
        return false;
    if (skip != Dimension::Labelled && f.labelled_only && !(!project && c.labelled))
        return false;
    return true;
}

//! Counts per code, in code order (as GROUP BY gives them), of the candidates passing all but `skip`.
std::vector<FacetCount> count_in_memory(const std::vector<Candidate>& candidates, const DirectoryFilters& filters,
    Dimension skip, const std::function<std::vector<std::string>(const Candidate&)>& codes_of)
{
    std::map<std::string, long long> counts;
    for (const auto& candidate : candidates)
        if (passes(candidate, filters, skip))
            for (const auto& code : codes_of(candidate))
                ++counts[code];
    std::vector<FacetCount> result;
    for (const auto& [code, count] : counts)
        result.push_back(FacetCount{code, count});
    return result;
}

void sort_and_cut(DirectoryListing& listing, const std::vector<Candidate>& candidates, const DirectoryFilters& filters,
    DirectorySort sort, int limit, int offset)
{
    std::vector<const Candidate*> kept;
    for (const auto& candidate : candidates)
        if (passes(candidate, filters, Dimension::None))
            kept.push_back(&candidate);
    listing.total = static_cast<long long>(kept.size());
    auto by_name = [](const Candidate* a, const Candidate* b) {
        return std::tie(a->title_key, a->kind, a->id) < std::tie(b->title_key, b->kind, b->id);
    };
    if (sort == DirectorySort::Recent)
        std::sort(kept.begin(), kept.end(), [](const Candidate* a, const Candidate* b) {
            if (a->updated != b->updated)
                return a->updated > b->updated;
            if (a->kind != b->kind)
                return a->kind < b->kind;
            return a->id > b->id;
        });
    else if (sort == DirectorySort::Relevance)
        std::sort(kept.begin(), kept.end(), [&](const Candidate* a, const Candidate* b) {
            if (a->score != b->score)
                return a->score > b->score;
            return by_name(a, b);
        });
    else
        std::sort(kept.begin(), kept.end(), by_name);
    std::size_t first = static_cast<std::size_t>(std::max(offset, 0));
    for (std::size_t i = first; i < kept.size() && i < first + static_cast<std::size_t>(std::max(limit, 0)); ++i)
        listing.rows.push_back(DirectoryRow{kept[i]->kind, kept[i]->id, kept[i]->title, kept[i]->commune});
}

//! One facet: its dimension, its GROUP BY in SQL (code column, joins, condition) and its codes in memory.
struct FacetSpec {
    const char* name;
    Dimension dimension;
    const char* code_column;
    const char* joins;
    const char* condition;
    std::function<Codes(const Candidate&)> codes_of;
};

Codes of_project(const Candidate& c, Codes codes) { return c.kind == "project" ? codes : Codes{}; }

const std::vector<FacetSpec>& facet_specs()
{
    static const std::vector<FacetSpec> specs{
        {"type", Dimension::Kind, "f.kind", "", "1 = 1", [](const Candidate& c) { return one_code(c.kind); }},
        {"actor_type", Dimension::ActorType, "a.actor_type",
            "JOIN organisation_actor_types a ON a.organisation_id = f.org_id", "1 = 1",
            [](const Candidate& c) { return c.actor_types; }},
        {"thematique", Dimension::Thematic, "t.thematic", "JOIN project_thematics t ON t.project_id = f.id",
            "f.kind = 'project'", [](const Candidate& c) { return of_project(c, c.thematics); }},
        {"etape", Dimension::Stage, "f.stage", "", "f.kind = 'project'",
            [](const Candidate& c) { return of_project(c, one_code(c.stage)); }},
        {"odd", Dimension::Sdg, "CAST(s.sdg AS TEXT)", "JOIN project_sdgs s ON s.project_id = f.id",
            "f.kind = 'project'", [](const Candidate& c) { return of_project(c, c.sdgs); }},
        // Places are counted in memory (see list_directory): a project may act in several.
        {"region", Dimension::Region, "", "", "", [](const Candidate& c) { return c.regions; }},
        {"departement", Dimension::Department, "", "", "", [](const Candidate& c) { return c.departments; }},
        {"famille_ess", Dimension::Family, "f.family", "", "f.family IS NOT NULL",
            [](const Candidate& c) { return one_code(c.family); }},
        {"qualifie", Dimension::Qualified, "CAST(f.qualified AS TEXT)", "", "f.kind = 'project' AND f.qualified = 1",
            [](const Candidate& c) { return c.kind == "project" && c.qualified == 1 ? Codes{"1"} : Codes{}; }},
        // The condition on the labels table is added by facet(), which binds the day.
        {"labellise", Dimension::Labelled, "CAST(1 AS TEXT)", "", "f.kind = 'organisation'",
            [](const Candidate& c) { return c.kind == "organisation" && c.labelled ? Codes{"1"} : Codes{}; }},
    };
    return specs;
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

std::vector<OrganisationLabel> organisation_labels(db::Session& session, long long organisation_id)
{
    std::vector<OrganisationLabel> labels;
    OrganisationLabel row;
    std::string state;
    long long withdrawn_at = 0;
    soci::indicator withdrawn_indicator = soci::i_ok;
    soci::statement statement = (session.sql().prepare
            << "SELECT id, code, category, granted_on, expires_on, state, withdrawn_at FROM labels "
               "WHERE organisation_id = :organisation ORDER BY granted_on DESC, id DESC",
        soci::use(organisation_id), soci::into(row.id), soci::into(row.code), soci::into(row.category),
        soci::into(row.granted_on), soci::into(row.expires_on), soci::into(state),
        soci::into(withdrawn_at, withdrawn_indicator));
    statement.execute();
    while (statement.fetch()) {
        row.withdrawn = state == "retire";
        row.withdrawn_at = withdrawn_indicator == soci::i_null ? 0 : withdrawn_at;
        labels.push_back(row);
    }
    return labels;
}

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

    if (has_text) {
        // Every set the page shows is a subset of the (bounded) full-text candidates: fetched
        // once, then filtered, sorted and counted in memory.
        auto candidates = fetch_candidates(session, query, Dimension::Everything, true);
        sort_and_cut(listing, candidates, filters, sort, limit, offset);
        for (const auto& spec : facet_specs())
            listing.facets[spec.name] = count_in_memory(candidates, filters, spec.dimension, spec.codes_of);
        listing.per_department = count_in_memory(
            candidates, filters, Dimension::None, [](const Candidate& c) { return c.departments; });
        return listing;
    }

    // At most directory_count_limit + 1 records of the set without the filter of `skip`: the
    // engine stops reading there, whatever the size of the directory.
    auto bounded_count = [&](Dimension skip) {
        Parameters parameters;
        std::string sql = "SELECT count(*) FROM (" + query.filtered(parameters, skip) + " LIMIT "
            + parameters.add(directory_count_limit + 1) + ") f";
        long long total = 0;
        run(
            session, sql, parameters, [&](soci::statement& statement) { statement.exchange(soci::into(total)); },
            [] {});
        return total;
    };
    long long total = bounded_count(Dimension::None);
    listing.total_capped = total > directory_count_limit;

    std::vector<Candidate> candidates;
    if (!listing.total_capped) {
        // Few records: fetched once, sorted and counted in memory (the facets without a filter
        // of their own count this very set).
        candidates = fetch_candidates(session, query, Dimension::None, false);
        sort_and_cut(listing, candidates, filters, sort, limit, offset);
        listing.per_department = count_in_memory(
            candidates, filters, Dimension::None, [](const Candidate& c) { return c.departments; });
    } else {
        listing.total = directory_count_limit;
        // Many: the first offset + limit of each kind in the order of its index (name or date,
        // migration 061), merged. Relevance only exists with words.
        Parameters parameters;
        bool recent = sort == DirectorySort::Recent;
        std::string arm_order = recent ? " ORDER BY r.updated DESC, r.id DESC" : " ORDER BY lower(r.title), r.id";
        std::string order = recent ? " ORDER BY updated DESC, kind, id DESC" : " ORDER BY lower(title), kind, id";
        std::string columns = "r.kind AS kind, r.id AS id, r.title AS title, coalesce(c.name, '') AS commune, "
                              "r.updated AS updated";
        std::string sql_organisations = query.select(parameters, columns, Dimension::None, Arms::Organisations)
            + arm_order + " LIMIT " + parameters.add(static_cast<long long>(offset + limit));
        std::string sql_projects = query.select(parameters, columns, Dimension::None, Arms::Projects) + arm_order
            + " LIMIT " + parameters.add(static_cast<long long>(offset + limit));
        std::string sql = "SELECT kind, id, title, commune FROM (SELECT * FROM (" + sql_organisations
            + ") first_organisations UNION ALL SELECT * FROM (" + sql_projects + ") first_projects) u" + order
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

    // A facet without a filter of its own counts the listing's set (in memory, or not at all past
    // the bound); one with a filter counts its own set, when that is within the bound.
    for (const auto& spec : facet_specs()) {
        if (!query.filters_on(spec.dimension)) {
            if (listing.total_capped)
                listing.uncounted_facets.insert(spec.name);
            else
                listing.facets[spec.name] = count_in_memory(candidates, filters, spec.dimension, spec.codes_of);
        } else if (bounded_count(spec.dimension) > directory_count_limit) {
            listing.uncounted_facets.insert(spec.name);
        } else if (spec.dimension == Dimension::Region || spec.dimension == Dimension::Department) {
            // A project acts in several places: its set, within the bound, is counted in memory,
            // each record once for each of its places.
            auto own_set = fetch_candidates(session, query, spec.dimension, false);
            listing.facets[spec.name] = count_in_memory(own_set, filters, spec.dimension, spec.codes_of);
        } else {
            listing.facets[spec.name]
                = facet(session, query, spec.dimension, spec.code_column, spec.joins, spec.condition);
        }
    }
    return listing;
}

} // namespace essaim::directory
