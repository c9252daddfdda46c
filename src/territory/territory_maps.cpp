#include "territory/territory_maps.hpp"

#include "core/config.hpp"
#include "core/log.hpp"

#include <boost/json.hpp>
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
    // The licence is read, not assumed: the two packages do not share one (regions: CC BY-NC 4.0).
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

void TerritoryMaps::load(const core::Config& config)
{
    std::call_once(m_loaded, [&] {
        auto base = config.node_modules / "@svg-maps";
        auto regions = load_map_source(base / "france.regions", "france.regions.svg", "amCharts");
        if (regions)
            m_regions = std::move(*regions);
        else
            core::log::error("region map unavailable", {core::log::field("error", regions.error().message)});
        auto departments = load_map_source(base / "france.departments", "france.departments.svg", "MapSVG");
        if (departments)
            m_departments = std::move(*departments);
        else
            core::log::error("department map unavailable", {core::log::field("error", departments.error().message)});
    });
}

const MapSource* TerritoryMaps::regions(const core::Config& config)
{
    load(config);
    return m_regions ? &*m_regions : nullptr;
}

const MapSource* TerritoryMaps::departments(const core::Config& config)
{
    load(config);
    return m_departments ? &*m_departments : nullptr;
}

} // namespace essaim::territory
