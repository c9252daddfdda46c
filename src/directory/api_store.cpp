#include "directory/api_store.hpp"

#include "db/session.hpp"
#include "directory/search_index.hpp"

#include <soci/soci.h>

#include <algorithm>
#include <string>

namespace essaim::directory {

namespace {

//! " AND id IN (1,2,3)" from full-text matches. The values are integers produced by this process
//! (never client text), so writing them into the SQL cannot inject anything, and one list beats
//! one bound parameter per id (SQLite's limit on parameters).
std::string id_list_condition(const std::string& column, const std::vector<long long>& ids)
{
    std::string condition = " AND " + column + " IN (";
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i > 0)
            condition += ',';
        condition += std::to_string(ids[i]);
    }
    return condition + ")";
}

std::vector<long long> fetch_ids(soci::statement& statement, long long& id, const std::string& text)
{
    statement.alloc();
    statement.prepare(text);
    statement.define_and_bind();
    statement.execute();
    std::vector<long long> ids;
    while (statement.fetch())
        ids.push_back(id);
    return ids;
}

//! "(1,2,3)" from ids read from the database (never client text); see id_list_condition.
std::string id_list(const std::vector<long long>& ids)
{
    std::string list = "(";
    for (std::size_t i = 0; i < ids.size(); ++i)
        list += (i > 0 ? "," : "") + std::to_string(ids[i]);
    return list + ")";
}

template <typename Record>
std::vector<Record> in_order_of(const std::vector<long long>& ids, std::map<long long, Record>& found)
{
    std::vector<Record> ordered;
    for (long long id : ids) {
        if (auto it = found.find(id); it != found.end())
            ordered.push_back(std::move(it->second));
    }
    return ordered;
}

} // namespace

std::vector<Organisation> api_published_organisations(db::Session& session, const std::vector<long long>& ids)
{
    if (ids.empty())
        return {};
    const auto& fields = profile_fields();
    std::map<long long, Organisation> found;
    {
        std::vector<std::string> values(fields.size());
        std::vector<soci::indicator> indicators(fields.size(), soci::i_ok);
        long long id = 0, created_at = 0, updated_at = 0;
        std::string status, source;
        int ceased = 0;
        std::string columns;
        for (const auto& field : fields)
            columns += (columns.empty() ? "" : ", ") + std::string(field.name);
        soci::statement statement(session.sql());
        statement.exchange(soci::into(id));
        for (std::size_t i = 0; i < fields.size(); ++i)
            statement.exchange(soci::into(values[i], indicators[i]));
        statement.exchange(soci::into(status));
        statement.exchange(soci::into(source));
        statement.exchange(soci::into(ceased));
        statement.exchange(soci::into(created_at));
        statement.exchange(soci::into(updated_at));
        statement.alloc();
        statement.prepare("SELECT id, " + columns + ", status, source, ceased, created_at, updated_at FROM organisations "
            // `status || ''`: looked up by primary key, not by scanning the status index (api_organisation_ids).
            "WHERE status || '' = 'publiee' AND id IN " + id_list(ids));
        statement.define_and_bind();
        statement.execute();
        while (statement.fetch()) {
            Organisation organisation;
            organisation.id = id;
            for (std::size_t i = 0; i < fields.size(); ++i)
                organisation.profile.*fields[i].member = indicators[i] == soci::i_null ? std::string() : values[i];
            status_from_code(status, organisation.status);
            source_from_code(source, organisation.source);
            organisation.ceased = ceased != 0;
            organisation.created_at = created_at;
            organisation.updated_at = updated_at;
            found.emplace(id, std::move(organisation));
        }
    }
    if (found.empty())
        return {};

    std::map<long long, std::vector<std::string>> types;
    {
        long long id = 0;
        std::string type;
        soci::statement statement(session.sql());
        statement.exchange(soci::into(id));
        statement.exchange(soci::into(type));
        statement.alloc();
        statement.prepare("SELECT organisation_id, actor_type FROM organisation_actor_types WHERE organisation_id IN " + id_list(ids));
        statement.define_and_bind();
        statement.execute();
        while (statement.fetch())
            types[id].push_back(type);
    }
    for (auto& [id, organisation] : found) {
        // In the list's order, as find_organisation gives them.
        const auto& codes = types[id];
        for (const auto& known : actor_types()) {
            if (std::find(codes.begin(), codes.end(), known.code) != codes.end())
                organisation.profile.actor_types.emplace_back(known.code);
        }
    }
    return in_order_of(ids, found);
}

std::map<std::string, CommunePlace> api_communes(db::Session& session, const std::vector<std::string>& codes)
{
    std::map<std::string, CommunePlace> found;
    std::vector<std::string> wanted = codes;
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    std::erase(wanted, std::string());
    if (wanted.empty())
        return found;
    CommunePlace place;
    soci::statement statement(session.sql());
    statement.exchange(soci::into(place.code));
    statement.exchange(soci::into(place.name));
    statement.exchange(soci::into(place.department_code));
    statement.exchange(soci::into(place.department_name));
    // One placeholder per code (a page holds 100 records at most), each with its own name.
    std::string placeholders;
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        placeholders += (i > 0 ? ", :c" : ":c") + std::to_string(i);
        statement.exchange(soci::use(wanted[i]));
    }
    statement.alloc();
    statement.prepare("SELECT c.code, c.name, d.code, d.name FROM communes c JOIN departments d ON d.code = c.department_code "
                      "WHERE c.code IN (" + placeholders + ")");
    statement.define_and_bind();
    statement.execute();
    while (statement.fetch())
        found[place.code] = place;
    return found;
}

std::vector<Project> api_public_projects(db::Session& session, const std::vector<long long>& ids)
{
    if (ids.empty())
        return {};
    std::map<long long, Project> found;
    {
        Project row;
        auto& p = row.profile;
        std::string status;
        int national = 0, support = 0, experimentation = 0, partners = 0, qualified = 0;
        long long beneficiaries = 0, jobs = 0, budget = 0, funding = 0, replicates = 0;
        soci::indicator beneficiaries_ind, jobs_ind, budget_ind, funding_ind, replicates_ind, started_ind;
        soci::statement statement(session.sql());
        statement.exchange(soci::into(row.id));
        statement.exchange(soci::into(row.organisation_id));
        statement.exchange(soci::into(p.title));
        statement.exchange(soci::into(p.summary));
        statement.exchange(soci::into(p.social_need));
        statement.exchange(soci::into(p.beneficiaries));
        statement.exchange(soci::into(p.stage));
        statement.exchange(soci::into(p.growth_mode));
        statement.exchange(soci::into(national));
        statement.exchange(soci::into(beneficiaries, beneficiaries_ind));
        statement.exchange(soci::into(jobs, jobs_ind));
        statement.exchange(soci::into(budget, budget_ind));
        statement.exchange(soci::into(funding, funding_ind));
        statement.exchange(soci::into(support));
        statement.exchange(soci::into(experimentation));
        statement.exchange(soci::into(partners));
        statement.exchange(soci::into(p.needs_details));
        statement.exchange(soci::into(replicates, replicates_ind));
        statement.exchange(soci::into(p.replication_started_on, started_ind));
        statement.exchange(soci::into(row.completeness));
        statement.exchange(soci::into(qualified));
        statement.exchange(soci::into(status));
        statement.exchange(soci::into(row.created_at));
        statement.exchange(soci::into(row.updated_at));
        statement.alloc();
        statement.prepare("SELECT p.id, p.organisation_id, p.title, p.summary, p.social_need, p.beneficiaries, p.stage, "
                          "p.growth_mode, p.national_scope, p.beneficiaries_per_year, p.jobs_fte_tenths, "
                          "p.annual_budget_euros, p.funding_sought_euros, p.needs_support, p.needs_experimentation, "
                          "p.needs_partners, p.needs_details, p.replicates_project_id, p.replication_started_on, "
                          "p.completeness, p.qualified, p.status, p.created_at, p.updated_at "
                          "FROM projects p JOIN organisations o ON o.id = p.organisation_id "
                          "WHERE p.status || '' = 'publiee' AND o.status || '' = 'publiee' AND p.id IN " + id_list(ids));
        statement.define_and_bind();
        statement.execute();
        auto optional = [](long long value, soci::indicator indicator) {
            return indicator == soci::i_ok ? std::optional<long long>(value) : std::nullopt;
        };
        while (statement.fetch()) {
            Project project = row;
            auto& q = project.profile;
            q.national_scope = national != 0;
            q.needs_support = support != 0;
            q.needs_experimentation = experimentation != 0;
            q.needs_partners = partners != 0;
            q.beneficiaries_per_year = optional(beneficiaries, beneficiaries_ind);
            q.jobs_fte_tenths = optional(jobs, jobs_ind);
            q.annual_budget_euros = optional(budget, budget_ind);
            q.funding_sought_euros = optional(funding, funding_ind);
            q.replicates_project_id = optional(replicates, replicates_ind);
            if (started_ind != soci::i_ok)
                q.replication_started_on.clear();
            project.qualified = qualified != 0;
            status_from_code(status, project.status);
            found.emplace(project.id, std::move(project));
        }
    }
    if (found.empty())
        return {};
    auto list = id_list(ids);

    {
        long long id = 0;
        std::string thematic;
        std::map<long long, std::vector<std::string>> chosen;
        soci::statement statement(session.sql());
        statement.exchange(soci::into(id));
        statement.exchange(soci::into(thematic));
        statement.alloc();
        statement.prepare("SELECT project_id, thematic FROM project_thematics WHERE project_id IN " + list);
        statement.define_and_bind();
        statement.execute();
        while (statement.fetch())
            chosen[id].push_back(thematic);
        for (auto& [project_id, project] : found) {
            const auto& codes = chosen[project_id];
            for (const auto& known : thematics()) {
                if (std::find(codes.begin(), codes.end(), known.code) != codes.end())
                    project.profile.thematics.emplace_back(known.code);
            }
        }
    }
    {
        long long id = 0;
        int sdg = 0;
        soci::statement statement(session.sql());
        statement.exchange(soci::into(id));
        statement.exchange(soci::into(sdg));
        statement.alloc();
        statement.prepare("SELECT project_id, sdg FROM project_sdgs WHERE project_id IN " + list + " ORDER BY project_id, sdg");
        statement.define_and_bind();
        statement.execute();
        while (statement.fetch()) {
            if (auto it = found.find(id); it != found.end())
                it->second.profile.sdgs.push_back(sdg);
        }
    }
    {
        long long id = 0;
        std::string kind, code;
        soci::statement statement(session.sql());
        statement.exchange(soci::into(id));
        statement.exchange(soci::into(kind));
        statement.exchange(soci::into(code));
        statement.alloc();
        statement.prepare("SELECT project_id, kind, code FROM project_territories WHERE project_id IN " + list);
        statement.define_and_bind();
        statement.execute();
        while (statement.fetch()) {
            TerritoryRef ref;
            auto it = found.find(id);
            if (it != found.end() && territory_kind_from_code(kind, ref.kind)) {
                ref.code = code;
                it->second.profile.territories.push_back(ref);
            }
        }
        for (auto& [project_id, project] : found)
            std::sort(project.profile.territories.begin(), project.profile.territories.end());
    }
    return in_order_of(ids, found);
}

std::vector<long long> api_organisation_ids(db::Session& session, const OrganisationApiFilter& filter,
    long long after_id, int limit, const std::vector<long long>* among)
{
    if (among && among->empty())
        return {};
    // `status || ''` keeps the status index out: nearly every record is published, and SQLite chose
    // that index, read every published id from it and sorted them all for ORDER BY id (25 ms at
    // 200,000 records, with or without full-text ids). Walking the primary key from the cursor, or
    // looking the full-text ids up by it, stops after `limit` rows.
    std::string text = "SELECT o.id FROM organisations o WHERE o.status || '' = 'publiee' AND o.id > :after";
    if (among)
        text += id_list_condition("o.id", *among);
    if (!filter.ess_family.empty())
        text += " AND o.ess_family = :ess_family";
    if (!filter.actor_type.empty())
        text += " AND EXISTS (SELECT 1 FROM organisation_actor_types t WHERE t.organisation_id = o.id "
                "AND t.actor_type = :actor_type)";
    if (!filter.commune.empty())
        text += " AND o.commune_code = :commune";
    if (!filter.departement.empty())
        text += " AND o.commune_code IN (SELECT c.code FROM communes c WHERE c.department_code = :departement)";
    if (!filter.region.empty())
        text += " AND o.commune_code IN (SELECT c.code FROM communes c WHERE c.region_code = :region)";
    text += " ORDER BY o.id LIMIT :limit";

    // Built step by step because every filter is optional; uses follow the placeholders' order.
    long long id = 0;
    soci::statement statement(session.sql());
    statement.exchange(soci::into(id));
    statement.exchange(soci::use(after_id));
    if (!filter.ess_family.empty())
        statement.exchange(soci::use(filter.ess_family));
    if (!filter.actor_type.empty())
        statement.exchange(soci::use(filter.actor_type));
    if (!filter.commune.empty())
        statement.exchange(soci::use(filter.commune));
    if (!filter.departement.empty())
        statement.exchange(soci::use(filter.departement));
    if (!filter.region.empty())
        statement.exchange(soci::use(filter.region));
    statement.exchange(soci::use(limit));
    return fetch_ids(statement, id, text);
}

std::vector<long long> api_project_ids(db::Session& session, const ProjectApiFilter& filter, long long after_id,
    int limit, const std::vector<long long>* among)
{
    if (among && among->empty())
        return {};
    // As api_organisation_ids: the primary key from the cursor rather than a status index.
    std::string text = "SELECT p.id FROM projects p JOIN organisations o ON o.id = p.organisation_id "
                       "WHERE p.status || '' = 'publiee' AND o.status || '' = 'publiee' AND p.id > :after";
    if (among)
        text += id_list_condition("p.id", *among);
    if (!filter.thematique.empty())
        text += " AND EXISTS (SELECT 1 FROM project_thematics t WHERE t.project_id = p.id AND t.thematic = :thematique)";
    if (!filter.etape.empty())
        text += " AND p.stage = :etape";
    int odd = filter.odd;
    if (odd != 0)
        text += " AND EXISTS (SELECT 1 FROM project_sdgs s WHERE s.project_id = p.id AND s.sdg = :odd)";
    int qualified = filter.qualifie.value_or(false) ? 1 : 0;
    if (filter.qualifie)
        text += " AND p.qualified = :qualifie";
    // Distinct placeholder names for each occurrence: PostgreSQL numbers every placeholder.
    // A project acting across a region acts in each of its departments, as the department pages count.
    if (!filter.departement.empty())
        text += " AND EXISTS (SELECT 1 FROM project_territories pt WHERE pt.project_id = p.id AND "
                "((pt.kind = 'departement' AND pt.code = :departement1) OR (pt.kind = 'commune' AND pt.code IN "
                "(SELECT c.code FROM communes c WHERE c.department_code = :departement2)) OR (pt.kind = 'region' AND "
                "pt.code IN (SELECT d.region_code FROM departments d WHERE d.code = :departement3))))";
    if (!filter.region.empty())
        text += " AND EXISTS (SELECT 1 FROM project_territories pt WHERE pt.project_id = p.id AND "
                "((pt.kind = 'region' AND pt.code = :region1) OR (pt.kind = 'departement' AND pt.code IN "
                "(SELECT d.code FROM departments d WHERE d.region_code = :region2)) OR (pt.kind = 'commune' AND pt.code IN "
                "(SELECT c.code FROM communes c WHERE c.region_code = :region3))))";
    text += " ORDER BY p.id LIMIT :limit";

    long long id = 0;
    soci::statement statement(session.sql());
    statement.exchange(soci::into(id));
    statement.exchange(soci::use(after_id));
    if (!filter.thematique.empty())
        statement.exchange(soci::use(filter.thematique));
    if (!filter.etape.empty())
        statement.exchange(soci::use(filter.etape));
    if (odd != 0)
        statement.exchange(soci::use(odd));
    if (filter.qualifie)
        statement.exchange(soci::use(qualified));
    if (!filter.departement.empty()) {
        statement.exchange(soci::use(filter.departement));
        statement.exchange(soci::use(filter.departement));
        statement.exchange(soci::use(filter.departement));
    }
    if (!filter.region.empty()) {
        statement.exchange(soci::use(filter.region));
        statement.exchange(soci::use(filter.region));
        statement.exchange(soci::use(filter.region));
    }
    statement.exchange(soci::use(limit));
    return fetch_ids(statement, id, text);
}

ApiTextCandidates api_text_candidates(
    db::Session& session, const std::string& text, bool projects, long long after_id, int limit)
{
    ApiTextCandidates candidates;
    auto terms = sanitise_search_text(text);
    if (terms.words.empty() || limit <= 0)
        return candidates;
    std::string kind = projects ? "project" : "organisation";
    if (session.is_sqlite()) {
        // rowid is 2N for organisation N and 2N + 1 for project N (migrations/sqlite/040_search.sql):
        // FTS5 walks a rowid range in order, without sorting, and starts right at the cursor. `kind`
        // is not indexed, so both kinds are read and the bound counts rows read, not rows kept: a word
        // matching many records of the other kind costs no more than `limit` rows.
        std::string words = fts5_match_expression(terms);
        long long after_rowid = after_id * 2 + 1;
        long long rowid = 0, id = 0;
        std::string row_kind;
        int read = 0;
        soci::statement statement = (session.sql().prepare
            << "SELECT rowid, record_id, kind FROM search_documents WHERE search_documents MATCH :words "
               "AND rowid > :after ORDER BY rowid LIMIT :limit",
            soci::into(rowid), soci::into(id), soci::into(row_kind), soci::use(words), soci::use(after_rowid),
            soci::use(limit));
        statement.execute();
        while (statement.fetch()) {
            ++read;
            if (row_kind == kind)
                candidates.ids.push_back(id);
        }
        // The greatest id of this kind whose rowid is at most the last one read: the next read
        // (rowid > 2 × it + 1) starts right after it.
        if (read >= limit)
            candidates.resume_after = projects ? (rowid - 1) / 2 : rowid / 2;
        return candidates;
    }
    // The words go through the documents' own normalisation, each lexeme a prefix (as search_store.cpp).
    std::string words = plain_words(terms);
    long long id = 0;
    soci::statement statement = (session.sql().prepare
        << "SELECT d.record_id FROM search_documents d, "
           "(SELECT to_tsquery('simple'::regconfig, (SELECT string_agg("
           R"sql(('''' || replace(replace(t.lexeme, '\', '\\'), '''', '''''') || ''':*'), ' & ') )sql"
           "FROM unnest(to_tsvector('simple'::regconfig, essaim_unaccent(lower(:words)))) t)) AS query) q "
           "WHERE d.document @@ q.query AND d.record_id > :after AND d.kind = :kind "
           "ORDER BY d.record_id LIMIT :limit",
        soci::into(id), soci::use(words), soci::use(after_id), soci::use(kind), soci::use(limit));
    statement.execute();
    while (statement.fetch())
        candidates.ids.push_back(id);
    if (static_cast<int>(candidates.ids.size()) >= limit)
        candidates.resume_after = candidates.ids.back();
    return candidates;
}

bool api_territory_exists(db::Session& session, const std::string& kind, const std::string& code)
{
    std::string text;
    if (kind == "commune")
        text = "SELECT COUNT(*) FROM communes WHERE code = :code";
    else if (kind == "departement")
        text = "SELECT COUNT(*) FROM departments WHERE code = :code";
    else if (kind == "region")
        text = "SELECT COUNT(*) FROM regions WHERE code = :code";
    else
        return false;
    long long found = 0;
    session.sql() << text, soci::into(found), soci::use(code);
    return found > 0;
}

} // namespace essaim::directory
