// The SQL of territory_section_store.hpp. The published-organisation conditions are written as
// literals, exactly as in the partial index of migration 063, so that both planners may use it.

#include "directory/territory_section_store.hpp"

#include "db/collation.hpp"
#include "db/session.hpp"

#include <soci/soci.h>

namespace essaim::directory {

namespace {

// The territory's public organisations `o` with their commune `c`: the tables, then the
// conditions (bound to :code). Joins are written as CROSS JOIN with their conditions in WHERE:
// SQLite then keeps the written order (PostgreSQL plans them as inner joins), which starts from
// the territory's communes (departments_by_region, communes_by_department), so only its own
// organisations are read, through organisations_published_by_commune (migration 063). Left to
// itself, SQLite without statistics walked every published organisation (seconds at 1,000,000).
struct OrganisationsOfTerritory {
    std::string tables;
    std::string conditions;
};

OrganisationsOfTerritory organisations_of(db::Session& session, TerritoryLevel level)
{
    std::string published = " AND o.commune_code = " + db::in_domain_collation(session, "c.code")
        + " AND o.status = 'publiee' AND o.ceased = 0";
    if (level == TerritoryLevel::Region)
        return {"FROM departments d CROSS JOIN communes c CROSS JOIN organisations o",
            " WHERE d.region_code = :code AND c.department_code = d.code" + published};
    return {"FROM communes c CROSS JOIN organisations o", " WHERE c.department_code = :code" + published};
}

// The ids of the projects acting in the territory, as a table `acting (project_id)`. Each branch
// walks the territory's departments or communes, then looks up project_territories_by_code (in
// that order, for the reason given above); each placeholder is used once (:c1 … :c3), as SOCI
// binds a name to one position.
std::string acting_projects(db::Session& session, TerritoryLevel level)
{
    auto commune = db::in_domain_collation(session, "c.code");
    auto department = db::in_domain_collation(session, "d.code");
    auto region = db::in_domain_collation(session, "d.region_code");
    if (level == TerritoryLevel::Region)
        return "WITH acting AS ("
               "SELECT t.project_id FROM project_territories t WHERE t.kind = 'region' AND t.code = :c1 "
               "UNION SELECT t.project_id FROM departments d CROSS JOIN project_territories t "
               "WHERE d.region_code = :c2 AND t.kind = 'departement' AND t.code = "
            + department
            + " "
              "UNION SELECT t.project_id FROM departments d CROSS JOIN communes c CROSS JOIN project_territories t "
              "WHERE d.region_code = :c3 AND c.department_code = d.code AND t.kind = 'commune' AND t.code = "
            + commune + ") ";
    return "WITH acting AS ("
           "SELECT t.project_id FROM project_territories t WHERE t.kind = 'departement' AND t.code = :c1 "
           "UNION SELECT t.project_id FROM departments d CROSS JOIN project_territories t "
           "WHERE d.code = :c2 AND t.kind = 'region' AND t.code = "
        + region
        + " "
          "UNION SELECT t.project_id FROM communes c CROSS JOIN project_territories t "
          "WHERE c.department_code = :c3 AND t.kind = 'commune' AND t.code = "
        + commune + ") ";
}

// The public projects among them, as `p` with their organisation `o`; from the acting ones to
// the projects (never a walk of every project by date, for the latest ones, in SQLite).
const char* public_projects = " FROM acting a CROSS JOIN projects p CROSS JOIN organisations o "
                              "WHERE p.id = a.project_id AND o.id = p.organisation_id "
                              "AND p.status = 'publiee' AND o.status = 'publiee' AND o.ceased = 0";

void read_organisations(
    db::Session& session, TerritoryLevel level, std::string code, int limit, TerritoryActors& actors)
{
    auto& sql = session.sql();
    auto of = organisations_of(session, level);
    sql << "SELECT count(*) " + of.tables + of.conditions, soci::use(code, "code"),
        soci::into(actors.organisation_count);
    if (actors.organisation_count == 0)
        return;

    std::string type;
    long long count = 0;
    soci::statement by_type
        = (sql.prepare << "SELECT a.actor_type, count(*) " + of.tables + " CROSS JOIN organisation_actor_types a"
                    + of.conditions + " AND a.organisation_id = o.id GROUP BY a.actor_type",
            soci::use(code, "code"), soci::into(type), soci::into(count));
    by_type.execute();
    while (by_type.fetch())
        actors.organisations_by_actor_type.push_back(CodeCount{type, count});

    long long id = 0;
    std::string name;
    std::string commune_name;
    long long bound = limit;
    // The ten are chosen from the index alone; only their own rows are then read.
    soci::statement recent = (sql.prepare
            << "SELECT o.id, o.name, r.commune FROM (SELECT o.id AS id, o.updated_at AS updated, c.name AS commune "
                + of.tables + of.conditions
                + " ORDER BY o.updated_at DESC, o.id DESC LIMIT :bound) r JOIN organisations o ON o.id = r.id "
                  "ORDER BY r.updated DESC, r.id DESC",
        soci::use(code, "code"), soci::use(bound, "bound"), soci::into(id), soci::into(name), soci::into(commune_name));
    recent.execute();
    while (recent.fetch())
        actors.recent_organisations.push_back(TerritoryOrganisation{id, name, commune_name});
}

void read_projects(db::Session& session, TerritoryLevel level, std::string code, int limit, TerritoryActors& actors)
{
    auto& sql = session.sql();
    auto acting = acting_projects(session, level);
    // Three copies, one per placeholder (see acting_projects).
    std::string c1 = code, c2 = code, c3 = code;

    std::string stage;
    long long count = 0;
    soci::statement by_stage
        = (sql.prepare << acting + "SELECT p.stage, count(*)" + public_projects + " GROUP BY p.stage",
            soci::use(c1, "c1"), soci::use(c2, "c2"), soci::use(c3, "c3"), soci::into(stage), soci::into(count));
    by_stage.execute();
    while (by_stage.fetch()) {
        actors.projects_by_stage.push_back(CodeCount{stage, count});
        actors.project_count += count;
    }
    if (actors.project_count == 0)
        return;

    long long id = 0;
    std::string title;
    std::string organisation_name;
    long long bound = limit;
    soci::statement recent = (sql.prepare << acting + "SELECT p.id, p.title, p.stage, o.name" + public_projects
                + " ORDER BY p.updated_at DESC, p.id DESC LIMIT :bound",
        soci::use(c1, "c1"), soci::use(c2, "c2"), soci::use(c3, "c3"), soci::use(bound, "bound"), soci::into(id),
        soci::into(title), soci::into(stage), soci::into(organisation_name));
    recent.execute();
    while (recent.fetch())
        actors.recent_projects.push_back(TerritoryProject{id, title, stage, organisation_name});
}

} // namespace

TerritoryActors territory_actors(db::Session& session, TerritoryLevel level, const std::string& code, int limit)
{
    TerritoryActors actors;
    read_organisations(session, level, code, limit, actors);
    read_projects(session, level, code, limit, actors);
    return actors;
}

} // namespace essaim::directory
