#include "labelling/instructor_regions_store.hpp"

#include "db/session.hpp"

#include <soci/soci.h>

#include <map>

namespace essaim::labelling {

std::vector<InstructorCoverage> list_instructor_coverage(db::Session& session)
{
    std::vector<InstructorCoverage> instructors;
    std::map<long long, std::size_t> index;
    InstructorCoverage row;
    soci::statement accounts = (session.sql().prepare
            << "SELECT u.id, u.display_name, u.email FROM users u JOIN user_roles r ON r.user_id = u.id "
               "WHERE r.role = 'instructeur' ORDER BY u.display_name, u.id",
        soci::into(row.user_id), soci::into(row.name), soci::into(row.email));
    accounts.execute();
    while (accounts.fetch()) {
        index[row.user_id] = instructors.size();
        instructors.push_back(row);
    }
    long long user_id = 0;
    std::string region;
    soci::statement regions = (session.sql().prepare
            << "SELECT i.user_id, i.region_code FROM instructor_regions i JOIN user_roles r ON r.user_id = i.user_id "
               "AND r.role = 'instructeur' ORDER BY i.user_id, i.region_code",
        soci::into(user_id), soci::into(region));
    regions.execute();
    while (regions.fetch()) {
        auto found = index.find(user_id);
        if (found != index.end())
            instructors[found->second].regions.push_back(region);
    }
    return instructors;
}

std::vector<std::string> instructor_regions(db::Session& session, long long user_id)
{
    std::string region;
    soci::statement statement = (session.sql().prepare
            << "SELECT region_code FROM instructor_regions WHERE user_id = :user ORDER BY region_code",
        soci::use(user_id), soci::into(region));
    statement.execute();
    std::vector<std::string> regions;
    while (statement.fetch())
        regions.push_back(region);
    return regions;
}

void replace_instructor_regions(db::Session& session, long long user_id, const std::vector<std::string>& regions)
{
    session.sql() << "DELETE FROM instructor_regions WHERE user_id = :user", soci::use(user_id);
    for (const auto& code : regions) {
        std::string region = code;
        session.sql() << "INSERT INTO instructor_regions (user_id, region_code) VALUES (:user, :region)", soci::use(user_id),
            soci::use(region);
    }
}

std::vector<RegionChoice> list_region_choices(db::Session& session)
{
    RegionChoice row;
    soci::statement statement = (session.sql().prepare
            << "SELECT code, name FROM regions WHERE zone IN ('metro', 'drom') ORDER BY name",
        soci::into(row.code), soci::into(row.name));
    statement.execute();
    std::vector<RegionChoice> regions;
    while (statement.fetch())
        regions.push_back(row);
    return regions;
}

} // namespace essaim::labelling
