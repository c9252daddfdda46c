#include "territory/routes.hpp"

#include "core/text.hpp"
#include "territory/commune_search.hpp"
#include "territory/page_sections.hpp"
#include "territory/pagination.hpp"
#include "territory/territory_maps.hpp"
#include "territory/territory_store.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/registry.hpp"

#include <algorithm>
#include <memory>

namespace essaim::territory {

namespace {

constexpr int communes_per_page = 50;

std::string region_href(const std::string& code) { return "/territoires/regions/" + code; }
std::string department_href(const std::string& code) { return "/territoires/departements/" + code; }

//! "A", "A et B", "A, B et C".
std::string french_list(const std::vector<std::string>& items)
{
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            text += i + 1 == items.size() ? " et " : ", ";
        text += items[i];
    }
    return text;
}

template <typename T> void sort_by_name(std::vector<T>& items)
{
    // By search key, so that "Île-de-France" sorts among the I and not after Z.
    std::stable_sort(items.begin(), items.end(),
        [](const T& a, const T& b) { return core::fold_for_search(a.name) < core::fold_for_search(b.name); });
}

//! The sections other modules contribute (registry.hpp), each under its own <h2>; one with
//! nothing to say is left out.
void add_contributed_sections(
    web::Context& context, ctemplate::TemplateDictionary& content, const web::TerritoryPage& territory)
{
    for (const auto& section : context.services.registry.territory_sections()) {
        auto markup = section.render(context, territory);
        if (markup.empty())
            continue;
        auto* item = content.AddSectionDictionary("CONTRIBUTED_SECTION");
        item->SetValue("SECTION_ID", section.id);
        item->SetValue("SECTION_TITLE", section.title);
        // Rendered by the contributor from its own template, which escaped every value.
        item->SetValue("SECTION_MARKUP", markup);
    }
}

http::Response not_found(web::Context& context, const std::string& message)
{
    return web::error_page(context, 404, message);
}

http::Response territories_index(web::Context& context, TerritoryMaps& maps)
{
    auto all = list_regions(context.db());
    sort_by_name(all);
    std::vector<Region> regions;
    std::vector<Region> collectivities;
    for (auto& region : all)
        (region.zone == Zone::Collectivite ? collectivities : regions).push_back(std::move(region));

    web::Page page(context, "Territoires", "territory/index.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Territoires", "");
    auto& content = page.content();
    content.SetIntValue("REGION_COUNT", static_cast<long>(regions.size()));
    for (const auto& region : regions) {
        auto* row = content.AddSectionDictionary("REGION");
        row->SetValue("HREF", region_href(region.code));
        row->SetValue("NAME", region.name);
        row->SetValue("POPULATION", core::group_digits(region.population));
        row->SetIntValue("DEPARTMENT_COUNT", region.department_count);
    }
    for (const auto& collectivity : collectivities) {
        auto* item = content.AddSectionDictionary("COLLECTIVITY");
        item->SetValue("HREF", region_href(collectivity.code));
        item->SetValue("NAME", collectivity.name);
        if (collectivity.population > 0)
            item->SetValueAndShowSection("POPULATION", core::group_digits(collectivity.population), "PEOPLE");
        else
            item->ShowSection("NOBODY");
    }
    if (!collectivities.empty())
        content.ShowSection("COLLECTIVITIES");

    if (auto source = maps.regions(context.config(), list_departments(context.db()))) {
        web::MapOptions options;
        options.id = "carte-regions";
        options.title = "Carte des régions de France métropolitaine";
        std::vector<std::string> off_map;
        for (const auto& region : regions) {
            if (const auto* shape = source->map.find(region.code))
                options.links[shape->id] = region_href(region.code);
            else
                off_map.push_back(region.name);
        }
        page.set_trusted_markup("MAP", web::render_svg_map(source->map, options));
        content.ShowSection("HAS_MAP");
        if (!off_map.empty())
            content.SetValueAndShowSection("OFF_MAP_NAMES", french_list(off_map), "OFF_MAP");
        add_map_credit(content, *source);
    } else {
        content.ShowSection("NO_MAP");
    }
    return page.render();
}

//! The map that locates one territory (highlighted, no links), or the sentence saying the
//! territory is not drawn on it (overseas).
void show_located_map(web::Page& page, const MapSource* source, const web::SvgTerritory* shape,
    const std::string& map_id, const std::string& title)
{
    auto& content = page.content();
    if (!shape) {
        content.ShowSection("NOT_ON_MAP");
        return;
    }
    web::MapOptions options;
    options.id = map_id;
    options.title = title;
    options.highlighted.insert(shape->id);
    page.set_trusted_markup("MAP", web::render_svg_map(source->map, options));
    content.ShowSection("HAS_MAP");
    add_map_credit(content, *source);
}

http::Response region_page(web::Context& context, TerritoryMaps& maps)
{
    auto code = context.request.path_parameter("code");
    auto region = find_region(context.db(), code);
    if (!region)
        return not_found(context, "Aucune région ne porte le code « " + code + " ».");
    auto departments = departments_of_region(context.db(), region->code);

    web::Page page(context, region->name, "territory/region.tpl");
    page.set_description(region->name + " : ses départements, sa population et les acteurs de l’innovation sociale "
                         "qui y agissent.");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Territoires", "/territoires");
    page.add_breadcrumb(region->name, "");
    auto& content = page.content();
    content.SetValue("NAME", region->name);
    content.SetValue("CODE", region->code);
    content.SetValue("KIND",
        region->zone == Zone::Collectivite   ? "Collectivité d’outre-mer"
            : region->zone == Zone::Outremer ? "Région d’outre-mer"
                                             : "Région");
    content.SetValue("POPULATION", core::group_digits(region->population));
    content.SetValue("DEPARTMENT_COUNT_TEXT",
        std::to_string(region->department_count) + (region->department_count > 1 ? " départements" : " département"));
    for (const auto& department : departments) {
        auto* row = content.AddSectionDictionary("DEPARTMENT");
        row->SetValue("HREF", department_href(department.code));
        row->SetValue("CODE", department.code);
        row->SetValue("NAME", department.name);
        row->SetValue("POPULATION", core::group_digits(department.population));
        row->SetIntValue("COMMUNE_COUNT", department.commune_count);
    }
    add_contributed_sections(
        context, content, web::TerritoryPage{web::TerritoryKind::Region, region->code, region->name});

    auto source = maps.regions(context.config(), list_departments(context.db()));
    // The region and department maps locate the territory and hold no links: navigation goes
    // through the tables, and a hundred map links would stand between keyboard users and the rest.
    const web::SvgTerritory* shape = source ? source->map.find(region->code) : nullptr;
    show_located_map(page, source.get(), shape, "carte-region",
        "Carte des régions de France métropolitaine, " + region->name + " en surbrillance");
    return page.render();
}

http::Response department_page(web::Context& context, TerritoryMaps& maps)
{
    auto code = context.request.path_parameter("code");
    auto department = find_department(context.db(), code);
    if (!department)
        return not_found(context, "Aucun département ne porte le code « " + code + " ».");
    int pages = page_count(department->commune_count, communes_per_page);
    auto current = parse_page_number(context.request.query_parameter("page"), pages);
    if (!current)
        return not_found(context, "Cette page de la liste des communes n’existe pas.");
    auto communes
        = communes_of_department(context.db(), department->code, communes_per_page, (*current - 1) * communes_per_page);

    std::string title = department->name + " (" + department->code + ")";
    web::Page page(
        context, *current > 1 ? title + " — page " + std::to_string(*current) : title, "territory/department.tpl");
    page.set_description(title + ", " + department->region_name + " : ses communes, sa population et les acteurs de "
                         "l’innovation sociale qui y agissent" + (*current > 1 ? " (page " + std::to_string(*current) + ")." : "."));
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Territoires", "/territoires");
    page.add_breadcrumb(department->region_name, region_href(department->region_code));
    page.add_breadcrumb(department->name, "");
    auto& content = page.content();
    content.SetValue("NAME", department->name);
    content.SetValue("CODE", department->code);
    content.SetValue("REGION_NAME", department->region_name);
    content.SetValue("REGION_HREF", region_href(department->region_code));
    content.SetValue("POPULATION", core::group_digits(department->population));
    content.SetValue("COMMUNE_COUNT", core::group_digits(department->commune_count));
    content.SetIntValue("PAGE", *current);
    content.SetIntValue("PAGE_COUNT", pages);
    if (pages > 1)
        content.ShowSection("SEVERAL_PAGES");
    for (const auto& commune : communes) {
        auto* row = content.AddSectionDictionary("COMMUNE");
        row->SetValue("NAME", commune.name);
        row->SetValue("CODE", commune.code);
        std::string postal_codes;
        for (const auto& postal_code : commune.postal_codes)
            postal_codes += (postal_codes.empty() ? "" : ", ") + postal_code;
        row->SetValue("POSTAL_CODES", postal_codes);
        row->SetValue("POPULATION", core::group_digits(commune.population));
    }

    auto href = [&](int number) { return department_href(department->code) + "?page=" + std::to_string(number); };
    add_pagination(content, *current, pages, href);

    add_contributed_sections(
        context, content, web::TerritoryPage{web::TerritoryKind::Department, department->code, department->name});

    const auto* source = maps.departments(context.config());
    const web::SvgTerritory* shape = source ? source->map.find(department->code) : nullptr;
    show_located_map(page, source, shape, "carte-departement",
        "Carte des départements de France métropolitaine, " + department->name + " en surbrillance");
    return page.render();
}

http::Response communes_api(web::Context& context)
{
    auto query = parse_commune_query(context.request.query_parameter("q"));
    if (!query)
        return http::Response::problem(400, http::reason_phrase(400), query.error().message);
    auto response = http::Response::json(suggestions_to_json(search_communes(context.db(), *query)));
    // Reference data changes once a year at most; browsers may reuse an answer for a while.
    response.set_header("Cache-Control", "private, max-age=600");
    return response;
}

} // namespace

void register_territory_routes(web::Registry& registry)
{
    // Shared by the handlers (which must not capture the module) and read once per process.
    auto maps = std::make_shared<TerritoryMaps>();
    registry.get(
        "/territoires", auth::anyone(), [maps](web::Context& context) { return territories_index(context, *maps); });
    registry.get("/territoires/regions/{code}", auth::anyone(),
        [maps](web::Context& context) { return region_page(context, *maps); });
    registry.get("/territoires/departements/{code}", auth::anyone(),
        [maps](web::Context& context) { return department_page(context, *maps); });
    registry.get("/api/v1/communes", auth::anyone(), [](web::Context& context) { return communes_api(context); });
}

} // namespace essaim::territory
