#pragma once
// The SQL behind the directory's section of the region and department pages: counts and the most
// recently updated public records of one territory. Organisations are placed by their commune;
// projects by their territories of action (a commune, department or region they act in).
// Every query walks the territory's communes through indexes and reads at most `limit` rows.

#include <string>
#include <vector>

namespace essaim::db {
class Session;
}

namespace essaim::directory {

enum class TerritoryLevel { Region, Department };

//! A code of a fixed list and how many records carry it.
struct CodeCount {
    std::string code;
    long long count = 0;
};

struct TerritoryOrganisation {
    long long id = 0;
    std::string name;
    std::string commune_name;
};

struct TerritoryProject {
    long long id = 0;
    std::string title;
    std::string stage;
    std::string organisation_name;
};

//! What the directory holds about one territory; only published records (organisations
//! published and not ceased; projects published, of such organisations).
struct TerritoryActors {
    long long organisation_count = 0;
    std::vector<CodeCount> organisations_by_actor_type;
    std::vector<TerritoryOrganisation> recent_organisations; //!< most recently updated first
    long long project_count = 0;
    std::vector<CodeCount> projects_by_stage;
    std::vector<TerritoryProject> recent_projects; //!< most recently updated first
};

//! Organisations whose commune lies in the territory. Projects acting in it: for a region, those
//! whose territories of action name the region, one of its departments or one of its communes;
//! for a department, the department, one of its communes or its region (a project acting across
//! the region acts in each of its departments). National-scope projects are left out: they would
//! fill every page alike.
TerritoryActors territory_actors(db::Session& session, TerritoryLevel level, const std::string& code, int limit);

} // namespace essaim::directory
