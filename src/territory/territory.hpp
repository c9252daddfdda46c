#pragma once
// Regions, departments and communes as the pages and the API see them. Codes are the official
// (INSEE) ones, as text: "84", "42", "2A", "42218", "2A004".

#include <string>
#include <string_view>
#include <vector>

namespace essaim::territory {

//! Where a territory lies; the values are those of @etalab/decoupage-administratif.
enum class Zone {
    Metropole, //!< "metro"
    Outremer, //!< "drom": overseas regions and departments, among the 18 regions
    Collectivite, //!< "com": overseas collectivities, which are not regions
};

Zone zone_from(std::string_view text);
std::string_view zone_name(Zone zone);

struct Region {
    std::string code;
    std::string name;
    Zone zone = Zone::Metropole;
    long long population = 0;
    long long department_count = 0;
};

struct Department {
    std::string code;
    std::string name;
    std::string region_code;
    std::string region_name;
    Zone zone = Zone::Metropole;
    long long population = 0;
    long long commune_count = 0;
};

struct Commune {
    std::string code;
    std::string name;
    long long population = 0;
    std::vector<std::string> postal_codes;
};

//! One answer of the commune autocompletion.
struct CommuneSuggestion {
    std::string code;
    std::string name;
    std::vector<std::string> postal_codes;
    std::string department_code;
    std::string department_name;
    long long population = 0;
};

} // namespace essaim::territory
