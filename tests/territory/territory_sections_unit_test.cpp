// The extension point through which other modules add sections to the region and department
// pages (web::Registry::add_territory_section): kept in the order asked, whatever the order of
// registration. Rendering is tested over HTTP (tests/directory/territory_section_integration_test.cpp).

#include "web/registry.hpp"

#include <gtest/gtest.h>

namespace web = essaim::web;

namespace {

web::TerritorySection section(std::string id, int order)
{
    return web::TerritorySection{
        id, "Titre " + id, order, [](web::Context&, const web::TerritoryPage& page) { return page.code; }};
}

} // namespace

TEST(TerritorySections, AreListedByOrderThenByRegistration)
{
    web::Registry registry;
    EXPECT_TRUE(registry.territory_sections().empty());
    registry.add_territory_section(section("labels", 20));
    registry.add_territory_section(section("acteurs", 10));
    registry.add_territory_section(section("financements", 20));
    auto sections = registry.territory_sections();
    ASSERT_EQ(sections.size(), 3u);
    EXPECT_EQ(sections[0].id, "acteurs");
    EXPECT_EQ(sections[1].id, "labels");
    EXPECT_EQ(sections[2].id, "financements");
    EXPECT_EQ(sections[1].title, "Titre labels");
}
