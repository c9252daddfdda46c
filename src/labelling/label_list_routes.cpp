// /labels: the public list of labels with its filters (category, region, status), the map of
// regions with its table, and the open-data files /labels.csv and /labels.json.

#include "core/calendar.hpp"
#include "core/clock.hpp"
#include "core/config.hpp"
#include "core/text.hpp"
#include "http/form.hpp"
#include "labelling/label.hpp"
#include "labelling/label_open_data.hpp"
#include "labelling/label_routes.hpp"
#include "labelling/label_store.hpp"
#include "territory/page_sections.hpp"
#include "territory/pagination.hpp"
#include "territory/territory_maps.hpp"
#include "territory/territory_store.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/registry.hpp"

#include <algorithm>
#include <map>
#include <memory>

namespace essaim::labelling {

namespace {

constexpr int labels_per_page = 20;

std::string badge_class(LabelStatus status)
{
    switch (status) {
    case LabelStatus::Current: return "fr-badge--success";
    case LabelStatus::Expired: return "fr-badge--warning";
    case LabelStatus::Withdrawn: return "fr-badge--error";
    }
    return "";
}

http::Response list_page(web::Context& context, territory::TerritoryMaps& maps)
{
    auto query = http::parse_urlencoded(context.request.query, 20);
    auto today = core::iso_day(context.clock().now());
    auto regions = territory::list_regions(context.db());
    std::sort(regions.begin(), regions.end(), [](const auto& a, const auto& b) {
        return core::fold_for_search(a.name) < core::fold_for_search(b.name);
    });
    std::map<std::string, std::string> region_names;
    for (const auto& region : regions)
        region_names[region.code] = region.name;

    // Unknown values are ignored, as a stale link still deserves a page.
    LabelFilter filter;
    filter.today = today;
    LabelCategory category;
    if (category_from_code(query.get("categorie"), category))
        filter.category = std::string(category_code(category));
    if (region_names.count(query.get("region")))
        filter.region = query.get("region");
    LabelStatus status = LabelStatus::Current;
    std::string status_text = query.get("statut");
    if (status_text == "tous")
        filter.status = "";
    else if (label_status_from_code(status_text, status))
        filter.status = std::string(label_status_code(status));
    else
        filter.status = std::string(label_status_code(LabelStatus::Current));

    auto total = count_labels(context.db(), filter);
    int pages = territory::page_count(total, labels_per_page);
    auto current = territory::parse_page_number(query.first("page"), std::max(pages, 1));
    if (!current)
        return web::error_page(context, 404, "Cette page de la liste des labels n’existe pas.");
    auto labels = list_labels(context.db(), filter, labels_per_page, (*current - 1) * labels_per_page);
    auto per_region = count_labels_by_region(context.db(), filter);

    std::string base = "/labels?statut=" + (filter.status.empty() ? std::string("tous") : filter.status);
    if (!filter.category.empty())
        base += "&categorie=" + http::percent_encode(filter.category);
    std::string without_region = base;
    if (!filter.region.empty())
        base += "&region=" + http::percent_encode(filter.region);
    auto href = [&](int number) { return base + "&page=" + std::to_string(number); };

    web::Page page(context, *current > 1 ? "Labels — page " + std::to_string(*current) : "Labels", "labelling/label_list.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Labels", "");
    auto& content = page.content();
    for (auto candidate : label_categories()) {
        auto* option = content.AddSectionDictionary("CATEGORY_OPTION");
        option->SetValue("CODE", std::string(category_code(candidate)));
        option->SetValue("LABEL", std::string(category_label(candidate)));
        if (filter.category == category_code(candidate))
            option->ShowSection("SELECTED");
    }
    for (const auto& region : regions) {
        auto* option = content.AddSectionDictionary("REGION_OPTION");
        option->SetValue("CODE", region.code);
        option->SetValue("LABEL", region.name);
        if (filter.region == region.code)
            option->ShowSection("SELECTED");
    }
    for (const auto& [code, label] : std::vector<std::pair<std::string, std::string>>{
             {"en-cours", "En cours de validité"}, {"expire", "Expirés"}, {"retire", "Retirés"}, {"tous", "Tous"}}) {
        auto* option = content.AddSectionDictionary("STATUS_OPTION");
        option->SetValue("CODE", code);
        option->SetValue("LABEL", label);
        if ((filter.status.empty() ? std::string("tous") : filter.status) == code)
            option->ShowSection("SELECTED");
    }

    content.SetValue("RESULT_HEADING", total == 0 ? std::string("Aucun label") : core::count_of(total, "label", "labels"));
    auto* table = labels.empty() ? nullptr : content.AddSectionDictionary("HAS_LABELS");
    for (const auto& label : labels) {
        auto* row = table->AddSectionDictionary("LABEL_ROW");
        auto label_state = label_status(label, today);
        row->SetValue("HREF", label_href(label.id));
        row->SetValue("CODE", label.code);
        row->SetValue("HOLDER", label.organisation_name);
        row->SetValue("CATEGORY", std::string(category_label(label.category)));
        row->SetValue("TERRITORY", label.territory_name.empty() ? label.territory_code : label.territory_name);
        auto region = region_names.find(label.region_code);
        row->SetValue("REGION", region == region_names.end() ? label.region_code : region->second);
        row->SetValue("GRANTED", core::french_date(label.granted_on));
        row->SetValue("EXPIRES", core::french_date(label.expires_on));
        row->SetValue("STATUS", std::string(label_status_label(label_state)));
        row->SetValue("STATUS_CLASS", badge_class(label_state));
    }
    if (labels.empty())
        content.ShowSection("NO_LABEL");

    territory::add_pagination(content, *current, pages, href);

    // The map and its table: labels per region with every filter but the region's.
    for (const auto& [code, count] : per_region) {
        auto* row = content.AddSectionDictionary("REGION_ROW");
        auto name = region_names.find(code);
        row->SetValue("NAME", name == region_names.end() ? code : name->second);
        row->SetValue("HREF", without_region + "&region=" + http::percent_encode(code));
        row->SetValue("COUNT", core::group_digits(count));
    }
    if (per_region.empty())
        content.ShowSection("NO_REGION");
    if (auto source = maps.regions(context.config(), territory::list_departments(context.db()))) {
        web::MapOptions options;
        options.id = "carte-labels";
        options.title = "Carte des régions : nombre de labels par région";
        options.description = "Le tableau qui suit la carte donne les mêmes nombres.";
        for (const auto& [code, count] : per_region) {
            if (source->map.find(code)) {
                options.levels[code] = territory::choropleth_level(count);
                options.links[code] = without_region + "&region=" + http::percent_encode(code);
            }
        }
        if (!filter.region.empty() && source->map.find(filter.region))
            options.highlighted.insert(filter.region);
        page.set_trusted_markup("MAP", web::render_svg_map(source->map, options));
        page.set_trusted_markup("LEGEND",
            web::render_map_legend("Nombre de labels",
                {{1, "1 label"}, {2, "de 2 à 4 labels"}, {3, "de 5 à 9 labels"}, {4, "de 10 à 49 labels"},
                    {5, "50 labels et plus"}}));
        content.ShowSection("HAS_MAP");
        territory::add_map_credit(content, *source);
    } else {
        content.ShowSection("NO_MAP");
    }
    return page.render();
}

// Labels change a few times a day: a short public cache spares the database without letting a
// withdrawal wait long to show.
void open_data_headers(http::Response& response)
{
    response.set_header("Cache-Control", "public, max-age=600");
    response.set_header("Access-Control-Allow-Origin", "*");
}

} // namespace

void register_label_list_routes(web::Registry& registry)
{
    auto maps = std::make_shared<territory::TerritoryMaps>();
    registry.get("/labels", auth::anyone(), [maps](web::Context& context) { return list_page(context, *maps); });
    registry.get("/labels.csv", auth::anyone(), [](web::Context& context) {
        auto today = core::iso_day(context.clock().now());
        auto response = http::Response::text(labels_csv(all_labels(context.db()), context.config().public_url, today));
        response.set_header("Content-Type", "text/csv; charset=utf-8");
        response.set_header("Content-Disposition", "inline; filename=\"labels.csv\"");
        open_data_headers(response);
        return response;
    });
    registry.get("/labels.json", auth::anyone(), [](web::Context& context) {
        auto today = core::iso_day(context.clock().now());
        auto response = http::Response::json(labels_json(all_labels(context.db()), context.config().public_url, today));
        open_data_headers(response);
        return response;
    });
}

} // namespace essaim::labelling
