#include "territory/reference_data.hpp"

#include "core/text.hpp"

#include <boost/json.hpp>
#include <fstream>
#include <optional>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

namespace essaim::territory {

namespace json = boost::json;

namespace {

core::Result<std::string> read_text(const std::filesystem::path& file)
{
    std::ifstream input(file, std::ios::binary);
    if (!input)
        return core::Error::not_found("Fichier de référence introuvable : " + file.string()
            + " (lancez `make setup`, qui installe les paquets npm de web/)");
    std::stringstream content;
    content << input.rdbuf();
    return content.str();
}

core::Result<json::array> parse_array(std::string_view text, const char* what)
{
    json::error_code error;
    json::value value = json::parse(text, error);
    if (error)
        return core::Error::invalid({}, std::string(what) + " : JSON invalide (" + error.message() + ")");
    if (!value.is_array())
        return core::Error::invalid({}, std::string(what) + " : un tableau JSON est attendu");
    return std::move(value.as_array());
}

std::string string_member(const json::object& object, std::string_view name)
{
    auto* found = object.if_contains(name);
    return found && found->is_string() ? std::string(found->as_string()) : std::string();
}

long long integer_member(const json::object& object, std::string_view name)
{
    auto* found = object.if_contains(name);
    if (!found)
        return 0;
    if (found->is_int64())
        return found->as_int64();
    if (found->is_uint64())
        return static_cast<long long>(found->as_uint64());
    return 0;
}

std::optional<CommunePartKind> part_kind(std::string_view type)
{
    if (type == "arrondissement-municipal")
        return CommunePartKind::ArrondissementMunicipal;
    if (type == "commune-deleguee")
        return CommunePartKind::CommuneDeleguee;
    if (type == "commune-associee")
        return CommunePartKind::CommuneAssociee;
    return std::nullopt;
}

//! The parts of the current communes `current`: the entries of another type than
//! "commune-actuelle" by their parent ("commune" for an arrondissement, "chefLieu" otherwise), and
//! the "anciensCodes" of the current communes. Each (code, commune) once; a part naming no current
//! commune is skipped.
void add_commune_parts(const json::array& communes, const std::unordered_set<std::string>& current, ReferenceData& data)
{
    std::unordered_set<std::string> seen;
    auto add = [&](CommunePartRecord part) {
        if (part.code.empty() || current.contains(part.code) || !current.contains(part.commune_code)) {
            ++data.skipped;
            return;
        }
        if (seen.insert(part.code + '/' + part.commune_code).second)
            data.commune_parts.push_back(std::move(part));
    };
    // Named parts first, so that a former code that is also a commune déléguée keeps its own name
    // and kind.
    for (const auto& entry : communes) {
        const auto& object = entry.as_object();
        auto kind = part_kind(string_member(object, "type"));
        if (!kind)
            continue;
        auto parent = string_member(object, *kind == CommunePartKind::ArrondissementMunicipal ? "commune" : "chefLieu");
        auto code = string_member(object, "code");
        // A commune déléguée that kept its commune nouvelle's code is that commune.
        if (code == parent)
            continue;
        add({code, parent, *kind, string_member(object, "nom")});
    }
    for (const auto& entry : communes) {
        const auto& object = entry.as_object();
        const auto* former = object.if_contains("anciensCodes");
        if (string_member(object, "type") != "commune-actuelle" || !former || !former->is_array())
            continue;
        auto code = string_member(object, "code");
        for (const auto& value : former->as_array()) {
            if (value.is_string())
                add({std::string(value.as_string()), code, CommunePartKind::AncienCode, string_member(object, "nom")});
        }
    }
}

} // namespace

std::string_view commune_part_kind_code(CommunePartKind kind)
{
    switch (kind) {
    case CommunePartKind::ArrondissementMunicipal: return "arrondissement_municipal";
    case CommunePartKind::CommuneDeleguee: return "commune_deleguee";
    case CommunePartKind::CommuneAssociee: return "commune_associee";
    case CommunePartKind::AncienCode: return "ancien_code";
    }
    return "ancien_code";
}

core::Result<ReferenceData> parse_reference_data(std::string version, std::string_view regions_json,
    std::string_view departments_json, std::string_view communes_json)
{
    ReferenceData data;
    data.version = std::move(version);

    auto regions = parse_array(regions_json, "regions.json");
    if (!regions)
        return regions.error();
    std::unordered_map<std::string, std::size_t> region_index;
    for (const auto& entry : *regions) {
        if (!entry.is_object())
            return core::Error::invalid({}, "regions.json : un objet est attendu pour chaque région");
        const auto& object = entry.as_object();
        RegionRecord region{
            string_member(object, "code"), string_member(object, "nom"), string_member(object, "zone"), 0};
        if (region.code.empty() || region.name.empty() || region_index.count(region.code)) {
            ++data.skipped;
            continue;
        }
        region_index.emplace(region.code, data.regions.size());
        data.regions.push_back(std::move(region));
    }

    auto departments = parse_array(departments_json, "departements.json");
    if (!departments)
        return departments.error();
    std::unordered_map<std::string, std::size_t> department_index;
    for (const auto& entry : *departments) {
        if (!entry.is_object())
            return core::Error::invalid({}, "departements.json : un objet est attendu pour chaque département");
        const auto& object = entry.as_object();
        DepartmentRecord department{string_member(object, "code"), string_member(object, "nom"),
            string_member(object, "region"), string_member(object, "zone"), 0};
        if (department.code.empty() || department.name.empty() || !region_index.count(department.region_code)
            || department_index.count(department.code)) {
            ++data.skipped;
            continue;
        }
        department_index.emplace(department.code, data.departments.size());
        data.departments.push_back(std::move(department));
    }

    auto communes = parse_array(communes_json, "communes.json");
    if (!communes)
        return communes.error();
    data.communes.reserve(communes->size());
    std::unordered_set<std::string> commune_codes;
    for (const auto& entry : *communes) {
        if (!entry.is_object())
            return core::Error::invalid({}, "communes.json : un objet est attendu pour chaque commune");
        const auto& object = entry.as_object();
        if (string_member(object, "type") != "commune-actuelle")
            continue;
        CommuneRecord commune;
        commune.code = string_member(object, "code");
        commune.name = string_member(object, "nom");
        commune.department_code = string_member(object, "departement");
        commune.region_code = string_member(object, "region");
        commune.population = integer_member(object, "population");
        auto department = department_index.find(commune.department_code);
        if (commune.code.empty() || commune.name.empty() || department == department_index.end()
            || !region_index.count(commune.region_code) || !commune_codes.insert(commune.code).second) {
            ++data.skipped;
            continue;
        }
        commune.name_key = core::fold_for_search(commune.name);
        if (const auto* postal_codes = object.if_contains("codesPostaux"); postal_codes && postal_codes->is_array()) {
            for (const auto& postal_code : postal_codes->as_array()) {
                if (postal_code.is_string())
                    commune.postal_codes.emplace_back(postal_code.as_string());
            }
        }
        data.departments[department->second].population += commune.population;
        data.regions[region_index.at(commune.region_code)].population += commune.population;
        data.communes.push_back(std::move(commune));
    }
    add_commune_parts(*communes, commune_codes, data);
    return data;
}

std::filesystem::path reference_package_directory(const std::filesystem::path& node_modules)
{
    return node_modules / "@etalab" / "decoupage-administratif";
}

core::Result<std::string> read_package_version(const std::filesystem::path& package_directory)
{
    auto text = read_text(package_directory / "package.json");
    if (!text)
        return text.error();
    json::error_code error;
    auto value = json::parse(*text, error);
    if (error || !value.is_object())
        return core::Error::invalid({}, "package.json illisible dans " + package_directory.string());
    auto version = string_member(value.as_object(), "version");
    if (version.empty())
        return core::Error::invalid({}, "package.json sans version dans " + package_directory.string());
    return version;
}

core::Result<ReferenceData> read_reference_data(const std::filesystem::path& package_directory)
{
    auto version = read_package_version(package_directory);
    if (!version)
        return version.error();
    auto data_directory = package_directory / "data";
    auto regions = read_text(data_directory / "regions.json");
    if (!regions)
        return regions.error();
    auto departments = read_text(data_directory / "departements.json");
    if (!departments)
        return departments.error();
    auto communes = read_text(data_directory / "communes.json");
    if (!communes)
        return communes.error();
    return parse_reference_data(std::move(*version), *regions, *departments, *communes);
}

} // namespace essaim::territory
