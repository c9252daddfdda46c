#pragma once
// SQL of the regions each instructeur covers, for the automatic assignment.

#include <string>
#include <vector>

namespace essaim::db {
class Session;
}

namespace essaim::labelling {

struct InstructorCoverage {
    long long user_id = 0;
    std::string name;
    std::string email;
    std::vector<std::string> regions;  //!< region codes; empty = every region
};

//! The accounts holding the instructeur role, by name, with their regions.
std::vector<InstructorCoverage> list_instructor_coverage(db::Session& session);
std::vector<std::string> instructor_regions(db::Session& session, long long user_id);
void replace_instructor_regions(db::Session& session, long long user_id, const std::vector<std::string>& regions);

struct RegionChoice {
    std::string code;
    std::string name;
};
//! The regions (metropolitan and overseas), by name.
std::vector<RegionChoice> list_region_choices(db::Session& session);

} // namespace essaim::labelling
