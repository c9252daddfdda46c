#pragma once
// Reading @etalab/decoupage-administratif (regions.json, departements.json, communes.json and the
// package version) into plain records ready to store. Pure: no database here.

#include "core/result.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace essaim::territory {

//! The name under which the package's version is recorded in reference_data_versions.
inline constexpr const char* reference_package = "@etalab/decoupage-administratif";

struct RegionRecord {
    std::string code;
    std::string name;
    std::string zone;
    long long population = 0; //!< sum of its communes
};

struct DepartmentRecord {
    std::string code;
    std::string name;
    std::string region_code;
    std::string zone;
    long long population = 0; //!< sum of its communes
};

struct CommuneRecord {
    std::string code;
    std::string name;
    std::string name_key; //!< core::fold_for_search(name)
    std::string department_code;
    std::string region_code;
    long long population = 0;
    std::vector<std::string> postal_codes;
};

//! What a commune part is (the commune_parts.kind codes).
enum class CommunePartKind { ArrondissementMunicipal, CommuneDeleguee, CommuneAssociee, AncienCode };

//! "arrondissement_municipal", "commune_deleguee", "commune_associee", "ancien_code".
std::string_view commune_part_kind_code(CommunePartKind kind);

//! A code that is not a current commune's but lies in one: a municipal arrondissement, a commune
//! déléguée or associée, or the former code of a merged commune.
struct CommunePartRecord {
    std::string code;
    std::string commune_code;  //!< the current commune it lies in
    CommunePartKind kind = CommunePartKind::AncienCode;
    std::string name;          //!< its own name, or the current commune's for a bare former code
    bool operator==(const CommunePartRecord&) const = default;
};

struct ReferenceData {
    std::string version;
    std::vector<RegionRecord> regions;
    std::vector<DepartmentRecord> departments;
    //! Only "commune-actuelle": delegated and associated communes and municipal districts are
    //! parts of a current commune, not communes of their own.
    std::vector<CommuneRecord> communes;
    //! The parts of the current communes. A code that is a current commune's too (the commune
    //! déléguée that kept the code of its commune nouvelle) is no part. A former code split
    //! between two current communes gives two records.
    std::vector<CommunePartRecord> commune_parts;
    //! Entries left out: duplicates, or naming an unknown department or region.
    std::size_t skipped = 0;
};

//! Parses the three JSON documents; Invalid when one is not the expected array of objects.
core::Result<ReferenceData> parse_reference_data(std::string version, std::string_view regions_json,
    std::string_view departments_json, std::string_view communes_json);

//! The installed package's directory below `node_modules`.
std::filesystem::path reference_package_directory(const std::filesystem::path& node_modules);

//! The "version" of the package.json in `package_directory`; NotFound when it is not installed.
core::Result<std::string> read_package_version(const std::filesystem::path& package_directory);

//! Reads and parses the package's data files.
core::Result<ReferenceData> read_reference_data(const std::filesystem::path& package_directory);

} // namespace essaim::territory
