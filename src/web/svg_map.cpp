#include "web/svg_map.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

namespace essaim::web {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

//! Character references may name NUL, surrogates or values past U+10FFFF: those are dropped.
void append_utf8(std::string& out, unsigned long code)
{
    if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        return;
    core::append_utf8(out, static_cast<char32_t>(code));
}

//! XML attribute values may hold entities; names are decoded here and escaped again on output,
//! so nothing from the file reaches the page unescaped.
std::string decode_entities(std::string_view value)
{
    std::string decoded;
    decoded.reserve(value.size());
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (value[i] != '&') {
            decoded += value[i];
            continue;
        }
        auto end = value.find(';', i);
        if (end == std::string_view::npos || end - i > 10) {
            decoded += '&';
            continue;
        }
        auto entity = value.substr(i + 1, end - i - 1);
        if (entity == "amp")
            decoded += '&';
        else if (entity == "lt")
            decoded += '<';
        else if (entity == "gt")
            decoded += '>';
        else if (entity == "quot")
            decoded += '"';
        else if (entity == "apos")
            decoded += '\'';
        else if (entity.size() > 1 && entity[0] == '#') {
            bool hex = entity[1] == 'x' || entity[1] == 'X';
            std::string digits(entity.substr(hex ? 2 : 1));
            try {
                std::size_t used = 0;
                unsigned long code = std::stoul(digits, &used, hex ? 16 : 10);
                if (used != digits.size())
                    throw std::invalid_argument("entity");
                append_utf8(decoded, code);
            } catch (const std::exception&) {
                decoded.append(value.substr(i, end - i + 1));
            }
        } else {
            decoded.append(value.substr(i, end - i + 1));
        }
        i = end;
    }
    return decoded;
}

//! Reads the attributes of the tag whose name ends at `at`, up to its closing '>'; leaves `at`
//! past it. Returns false on a tag that never closes.
bool read_attributes(std::string_view svg, std::size_t& at, std::map<std::string, std::string>& attributes)
{
    while (at < svg.size()) {
        while (at < svg.size() && is_space(svg[at]))
            ++at;
        if (at >= svg.size())
            return false;
        if (svg[at] == '>') {
            ++at;
            return true;
        }
        if (svg[at] == '/') {
            ++at;
            continue;
        }
        auto name_start = at;
        while (at < svg.size() && !is_space(svg[at]) && svg[at] != '=' && svg[at] != '>' && svg[at] != '/')
            ++at;
        std::string name(svg.substr(name_start, at - name_start));
        while (at < svg.size() && is_space(svg[at]))
            ++at;
        if (at >= svg.size() || svg[at] != '=')
            continue; // an attribute without value
        ++at;
        while (at < svg.size() && is_space(svg[at]))
            ++at;
        if (at >= svg.size() || (svg[at] != '"' && svg[at] != '\''))
            return false;
        char quote = svg[at++];
        auto end = svg.find(quote, at);
        if (end == std::string_view::npos)
            return false;
        attributes[name] = decode_entities(svg.substr(at, end - at));
        at = end + 1;
    }
    return false;
}

bool starts_tag(std::string_view svg, std::size_t at, std::string_view name)
{
    if (svg.compare(at + 1, name.size(), name) != 0)
        return false;
    auto after = at + 1 + name.size();
    return after < svg.size() && (is_space(svg[after]) || svg[after] == '>' || svg[after] == '/');
}

} // namespace

core::Result<SvgMap> SvgMap::parse(std::string_view svg)
{
    SvgMap map;
    bool root_seen = false;
    std::size_t at = 0;
    while ((at = svg.find('<', at)) != std::string_view::npos) {
        if (svg.compare(at, 4, "<!--") == 0) {
            auto end = svg.find("-->", at + 4);
            if (end == std::string_view::npos)
                break;
            at = end + 3;
            continue;
        }
        bool is_root = !root_seen && starts_tag(svg, at, "svg");
        bool is_path = starts_tag(svg, at, "path");
        if (!is_root && !is_path) {
            ++at;
            continue;
        }
        at += is_root ? 4 : 5;
        std::map<std::string, std::string> attributes;
        if (!read_attributes(svg, at, attributes))
            return core::Error::invalid({}, "Carte SVG mal formée : une balise n'est pas fermée.");
        if (is_root) {
            root_seen = true;
            map.m_view_box = attributes["viewBox"];
            continue;
        }
        auto id = attributes.find("id");
        auto d = attributes.find("d");
        if (id == attributes.end() || d == attributes.end() || id->second.empty())
            continue;
        std::string name = attributes.count("aria-label") ? attributes["aria-label"]
            : attributes.count("title")                   ? attributes["title"]
                                                          : id->second;
        // Escaped once here: the shapes never change and rendering them is most of a map's cost.
        map.m_territories.push_back(SvgTerritory{id->second, std::move(name), escape_markup(d->second), {}});
    }
    if (map.m_view_box.empty())
        return core::Error::invalid({}, "Carte SVG sans viewBox.");
    if (map.m_territories.empty())
        return core::Error::invalid({}, "Carte SVG sans territoire (aucun <path> avec id et d).");
    return map;
}

core::Result<SvgMap> SvgMap::load(const std::filesystem::path& file)
{
    std::ifstream input(file, std::ios::binary);
    if (!input)
        return core::Error::not_found("Carte introuvable : " + file.string());
    std::stringstream content;
    content << input.rdbuf();
    return parse(content.str());
}

core::Result<SvgMap> SvgMap::grouped(const SvgMap& source, const std::vector<TerritoryGroup>& groups)
{
    SvgMap map;
    map.m_view_box = source.m_view_box;
    for (const auto& group : groups) {
        SvgTerritory territory{group.id, group.name, {}, {}};
        for (const auto& member : group.members) {
            const auto* shape = source.find(member);
            if (!shape)
                continue;
            if (shape->parts.empty())
                territory.parts.push_back(shape->path);
            else
                territory.parts.insert(territory.parts.end(), shape->parts.begin(), shape->parts.end());
        }
        if (!territory.parts.empty() && !territory.id.empty())
            map.m_territories.push_back(std::move(territory));
    }
    if (map.m_territories.empty())
        return core::Error::invalid({}, "Carte regroupée sans territoire : aucun membre sur la carte d'origine.");
    return map;
}

const SvgTerritory* SvgMap::find(std::string_view id) const
{
    for (const auto& territory : m_territories) {
        if (territory.id == id)
            return &territory;
    }
    return nullptr;
}

const SvgTerritory* SvgMap::find_by_name(std::string_view name) const
{
    auto key = core::fold_for_search(name);
    for (const auto& territory : m_territories) {
        if (core::fold_for_search(territory.name) == key)
            return &territory;
    }
    return nullptr;
}

std::string escape_markup(std::string_view text)
{
    if (text.find_first_of("&<>\"'") == std::string_view::npos)
        return std::string(text);
    std::string escaped;
    escaped.reserve(text.size() + text.size() / 8);
    for (char c : text) {
        switch (c) {
        case '&': escaped += "&amp;"; break;
        case '<': escaped += "&lt;"; break;
        case '>': escaped += "&gt;"; break;
        case '"': escaped += "&quot;"; break;
        case '\'': escaped += "&#39;"; break;
        default: escaped += c; break;
        }
    }
    return escaped;
}

std::string render_svg_map(const SvgMap& map, const MapOptions& options)
{
    const std::string title_id = options.id + "-titre";
    const std::string description_id = options.id + "-description";
    std::string svg;
    std::size_t shapes = 0;
    for (const auto& territory : map.territories()) {
        shapes += territory.path.size() + 160;
        for (const auto& part : territory.parts)
            shapes += part.size() + 160; // defined once, used as outline and face
    }
    svg.reserve(shapes + 512);
    // An image cannot hold links (its children are presentational, so assistive technologies
    // would land on links they cannot name): a map with links is a group of named links instead.
    const bool linked = !options.links.empty();
    svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"essaim-map\" id=\"" + escape_markup(options.id)
        + "\" viewBox=\"" + escape_markup(map.view_box()) + "\" role=\"" + (linked ? "group" : "img")
        + "\" aria-labelledby=\"" + escape_markup(title_id) + "\"";
    if (!linked)
        svg += " focusable=\"false\"";
    if (!options.description.empty())
        svg += " aria-describedby=\"" + escape_markup(description_id) + "\"";
    svg += ">";
    svg += "<title id=\"" + escape_markup(title_id) + "\">" + escape_markup(options.title) + "</title>";
    if (!options.description.empty())
        svg += "<desc id=\"" + escape_markup(description_id) + "\">" + escape_markup(options.description) + "</desc>";

    auto draw = [&](const SvgTerritory& territory) {
        std::string classes;
        if (auto level = options.levels.find(territory.id); level != options.levels.end())
            classes = "essaim-map__level-" + std::to_string(std::clamp(level->second, 1, 5));
        if (options.highlighted.count(territory.id))
            classes += classes.empty() ? "essaim-map__highlight" : " essaim-map__highlight";
        auto link = options.links.find(territory.id);
        const bool is_link = link != options.links.end();
        const std::string name = escape_markup(territory.name);
        // The <title> is the tooltip pointer users see; in a link it also names the link.
        if (is_link) {
            svg += "<a href=\"" + escape_markup(link->second) + "\" aria-label=\"" + name + "\"";
            if (options.highlighted.count(territory.id))
                svg += " aria-current=\"page\"";
            svg += "><title>" + name + "</title>";
        }
        if (territory.parts.empty()) {
            svg += "<path";
            if (!classes.empty())
                svg += " class=\"" + classes + "\"";
            svg += " data-territoire=\"";
            svg += escape_markup(territory.id);
            svg += "\" d=\"";
            svg += territory.path;
            svg += "\">";
            if (!is_link)
                svg += "<title>" + name + "</title>";
            svg += "</path>";
        } else {
            // A territory made of several shapes (a region from its departments) must read as
            // one: the borders between its own shapes disappear and only its outline shows. With
            // no geometric union at hand, two layers of the same shapes do it (essaim.css):
            // first every member's outline with a thick dark stroke, then every member's face
            // filled, and stroked thinly, in the fill colour. Each face covers the inner half of
            // its own and its neighbours' thick strokes, so inside the group they vanish (the thin
            // stroke also hides the anti-aliasing seams between faces), while the outer half of
            // the strokes along the group's edge stays: the outline of the whole territory.
            // Groups drawn later paint their outline over their neighbours' faces, so a shared
            // border shows once, and the highlighted group, drawn last, shows all of its own.
            svg += "<g class=\"essaim-map__group";
            if (!classes.empty())
                svg += " " + classes;
            svg += "\" data-territoire=\"";
            svg += escape_markup(territory.id);
            svg += "\">";
            if (!is_link)
                svg += "<title>" + name + "</title>";
            // The shapes are written once, in <defs>, and drawn twice by <use>: half the bytes.
            // The defined paths carry no class, so each <use> styles its copy (fill and stroke
            // are inherited into it).
            const std::string prefix = escape_markup(options.id) + "-" + escape_markup(territory.id) + "-";
            svg += "<defs>";
            for (std::size_t i = 0; i < territory.parts.size(); ++i) {
                svg += "<path id=\"" + prefix + std::to_string(i) + "\" d=\"";
                svg += territory.parts[i];
                svg += "\"/>";
            }
            svg += "</defs>";
            for (const char* layer : {"edge", "face"}) {
                for (std::size_t i = 0; i < territory.parts.size(); ++i)
                    svg += std::string("<use class=\"essaim-map__") + layer + "\" href=\"#" + prefix + std::to_string(i) + "\"/>";
            }
            svg += "</g>";
        }
        if (is_link)
            svg += "</a>";
    };
    // Highlighted shapes last, so their outline is not drawn over by their neighbours'.
    for (const auto& territory : map.territories()) {
        if (!options.highlighted.count(territory.id))
            draw(territory);
    }
    for (const auto& territory : map.territories()) {
        if (options.highlighted.count(territory.id))
            draw(territory);
    }
    svg += "</svg>";
    return svg;
}

std::string render_map_legend(std::string_view title, const std::vector<LegendEntry>& entries)
{
    std::string html = "<div class=\"essaim-map-legend\"><p class=\"essaim-map-legend__title\">" + escape_markup(title)
        + "</p><ul class=\"essaim-map-legend__list\">";
    for (const auto& entry : entries) {
        html += "<li class=\"essaim-map-legend__item\"><span class=\"essaim-map-legend__swatch essaim-map__level-"
            + std::to_string(std::clamp(entry.level, 1, 5)) + "\" aria-hidden=\"true\"></span>"
            + escape_markup(entry.label) + "</li>";
    }
    html += "</ul></div>";
    return html;
}

} // namespace essaim::web
