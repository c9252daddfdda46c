#include "directory/api_store.hpp"

#include "db/session.hpp"

#include <soci/soci.h>

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

} // namespace

std::vector<long long> api_organisation_ids(db::Session& session, const OrganisationApiFilter& filter,
    long long after_id, int limit, const std::vector<long long>* among)
{
    if (among && among->empty())
        return {};
    std::string text = "SELECT o.id FROM organisations o WHERE o.status = 'publiee' AND o.id > :after";
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
    std::string text = "SELECT p.id FROM projects p JOIN organisations o ON o.id = p.organisation_id "
                       "WHERE p.status = 'publiee' AND o.status = 'publiee' AND p.id > :after";
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
    if (!filter.departement.empty())
        text += " AND EXISTS (SELECT 1 FROM project_territories pt WHERE pt.project_id = p.id AND "
                "((pt.kind = 'departement' AND pt.code = :departement1) OR (pt.kind = 'commune' AND pt.code IN "
                "(SELECT c.code FROM communes c WHERE c.department_code = :departement2))))";
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
    }
    if (!filter.region.empty()) {
        statement.exchange(soci::use(filter.region));
        statement.exchange(soci::use(filter.region));
        statement.exchange(soci::use(filter.region));
    }
    statement.exchange(soci::use(limit));
    return fetch_ids(statement, id, text);
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
