#include "territory/territory_maps.hpp"

#include "core/config.hpp"
#include "core/log.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <iterator>
#include <fstream>
#include <sstream>

namespace essaim::territory {

namespace {

struct KnownLicence {
    const char* spdx;
    const char* label;
    const char* url;
};

constexpr KnownLicence known_licences[] = {
    {"CC-BY-4.0", "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/deed.fr"},
    {"CC-BY-NC-4.0", "CC BY-NC 4.0", "https://creativecommons.org/licenses/by-nc/4.0/deed.fr"},
    {"CC-BY-SA-4.0", "CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/deed.fr"},
};

std::string member(const boost::json::object& object, std::string_view name)
{
    auto* found = object.if_contains(name);
    return found && found->is_string() ? std::string(found->as_string()) : std::string();
}

} // namespace

core::Result<MapSource> load_map_source(
    const std::filesystem::path& package_directory, const std::string& svg_file, std::string origin)
{
    auto map = web::SvgMap::load(package_directory / svg_file);
    if (!map)
        return map.error();
    MapSource source{std::move(*map), {}, {}, {}, std::move(origin), {}, {}, {}};

    std::ifstream input(package_directory / "package.json", std::ios::binary);
    std::stringstream text;
    text << input.rdbuf();
    boost::json::error_code error;
    auto package = boost::json::parse(text.str(), error);
    if (error || !package.is_object())
        return core::Error::invalid({}, "package.json illisible dans " + package_directory.string());
    const auto& object = package.as_object();
    source.package = member(object, "name");
    source.version = member(object, "version");
    source.author = member(object, "author");
    if (auto mail = source.author.find(" <"); mail != std::string::npos)
        source.author.erase(mail);
    // The licence is read, not assumed, so the credit follows the installed package.
    source.licence = member(object, "license");
    source.licence_label = source.licence;
    for (const auto& known : known_licences) {
        if (source.licence == known.spdx) {
            source.licence_label = known.label;
            source.licence_url = known.url;
        }
    }
    return source;
}

core::Result<MapSource> region_map_from_departments(
    const MapSource& departments, const std::vector<Department>& membership)
{
    // Regions in the order their first department comes, which keeps the drawing stable.
    std::vector<web::TerritoryGroup> groups;
    for (const auto& department : membership) {
        if (department.region_code.empty())
            continue;
        auto group = std::find_if(groups.begin(), groups.end(),
            [&](const web::TerritoryGroup& candidate) { return candidate.id == department.region_code; });
        if (group == groups.end()) {
            groups.push_back(web::TerritoryGroup{department.region_code, department.region_name, {}});
            group = std::prev(groups.end());
        }
        group->members.push_back(department.code);
    }
    auto map = web::SvgMap::grouped(departments.map, groups);
    if (!map)
        return map.error();
    MapSource regions = departments;
    regions.map = std::move(*map);
    return regions;
}

void TerritoryMaps::load(const core::Config& config)
{
    std::call_once(m_loaded, [&] {
        auto base = config.node_modules / "@svg-maps";
        auto departments = load_map_source(base / "france.departments", "france.departments.svg", "MapSVG");
        if (departments)
            m_departments = std::move(*departments);
        else
            core::log::error("department map unavailable", {core::log::field("error", departments.error().message)});
    });
}

std::shared_ptr<const MapSource> TerritoryMaps::regions(
    const core::Config& config, const std::vector<Department>& membership)
{
    load(config);
    if (!m_departments)
        return nullptr;
    std::string key;
    for (const auto& department : membership)
        key += department.code + '\x1f' + department.region_code + '\x1f' + department.region_name + '\x1e';
    // Pages hold a shared pointer: a rebuild for new reference data never frees a map in use.
    std::lock_guard lock(m_regions_mutex);
    if (m_regions && key == m_regions_key)
        return m_regions;
    auto regions = region_map_from_departments(*m_departments, membership);
    if (!regions) {
        core::log::error("region map unavailable", {core::log::field("error", regions.error().message)});
        return nullptr;
    }
    m_regions = std::make_shared<const MapSource>(std::move(*regions));
    m_regions_key = std::move(key);
    return m_regions;
}

const MapSource* TerritoryMaps::departments(const core::Config& config)
{
    load(config);
    return m_departments ? &*m_departments : nullptr;
}

} // namespace essaim::territory
