#pragma once
// Maps of France drawn by the server as accessible SVG: the shapes are read once from an SVG file
// (the @svg-maps packages: one <path> per territory with an id and an aria-label), then rendered
// per page with some territories highlighted, graded (choropleth) or linked. Colours come from CSS
// classes in web/public/css/essaim.css (no inline style: the CSP forbids it). A map never stands
// alone: pages put a data table or a list with the same information beside it (RGAA).

#include "core/result.hpp"

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace essaim::web {

//! One shape of a map.
struct SvgTerritory {
    std::string id; //!< the file's id: a department code ("2A"), a short region slug ("ara")
    std::string name; //!< from aria-label (or title), entities decoded
    std::string path; //!< the `d` attribute, already escaped for markup
    //! For a territory made of others (a region from its departments): their `d` attributes,
    //! escaped; `path` is then empty and the territory is drawn as one group (render_svg_map).
    std::vector<std::string> parts;
};

//! A territory to draw as the union of shapes of another map, e.g. a region and its departments.
struct TerritoryGroup {
    std::string id; //!< the new territory's id, e.g. an INSEE region code ("84")
    std::string name; //!< its accessible name
    std::vector<std::string> members; //!< ids of the source map's territories ("01", "2A")
};

class SvgMap {
public:
    //! Reads the root's viewBox and every <path> carrying an id and a `d`; Invalid when the
    //! document has no viewBox or no such path.
    static core::Result<SvgMap> parse(std::string_view svg);
    //! parse() on a file's content; NotFound when the file cannot be read.
    static core::Result<SvgMap> load(const std::filesystem::path& file);

    //! A map with the same viewBox whose territories are `groups`, each drawn from the shapes of
    //! its members in `source` (members missing from it are skipped, groups with none left out,
    //! e.g. overseas regions); Invalid when no group is left.
    static core::Result<SvgMap> grouped(const SvgMap& source, const std::vector<TerritoryGroup>& groups);

    const std::string& view_box() const { return m_view_box; }
    const std::vector<SvgTerritory>& territories() const { return m_territories; }
    const SvgTerritory* find(std::string_view id) const;
    //! The territory whose name has the same search key (core::fold_for_search) as `name`: region
    //! shapes carry slugs, not official codes, so regions are matched by name.
    const SvgTerritory* find_by_name(std::string_view name) const;

private:
    std::string m_view_box;
    std::vector<SvgTerritory> m_territories;
};

//! What one rendering shows. Territory ids are the map's own ids.
struct MapOptions {
    //! Unique within the page; the <title> gets the id "<id>-titre".
    std::string id = "carte";
    //! The accessible name of the image, e.g. "Carte des régions : Bretagne en surbrillance".
    std::string title;
    //! Optional longer text, given as <desc> and aria-describedby.
    std::string description;
    //! Drawn with the class essaim-map__highlight, on top of the others.
    std::set<std::string> highlighted;
    //! Territory id → 1..5: the class essaim-map__level-N (values outside are clamped).
    std::map<std::string, int> levels;
    //! Territory id → link target, each link named after its territory (the highlighted one is
    //! aria-current="page"). A map with links is a role="group" of links rather than an image.
    std::map<std::string, std::string> links;
};

//! The map as an `<svg role="img" aria-labelledby=…>` string (role="group" when it holds links),
//! every value escaped; meant for Page::set_trusted_markup and a `{{NAME:none}}` marker. A simple
//! territory is one `<path class=… data-territoire=…>`; a grouped one is a `<g class="essaim-map__group
//! …" data-territoire=…>` with its title, its members' outlines then their faces (see the .cpp).
std::string render_svg_map(const SvgMap& map, const MapOptions& options);

//! One row of a choropleth's legend.
struct LegendEntry {
    int level = 1; //!< 1..5, the same class as the map's shapes
    std::string label; //!< e.g. "de 10 à 49 acteurs"
};

//! The legend of a choropleth as an HTML list (swatches coloured by class), escaped; for
//! Page::set_trusted_markup.
std::string render_map_legend(std::string_view title, const std::vector<LegendEntry>& entries);

//! Escapes & < > " ' for use in HTML or SVG text and attribute values.
std::string escape_markup(std::string_view text);

} // namespace essaim::web
