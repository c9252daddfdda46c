// The search page of the directory. Every filter lives in the query string (shareable links, no
// JavaScript): the facets are checkboxes of one GET form. Values outside the reference lists are
// ignored (a stale link still shows a page); bytes that are no text at all get a 400.

#include "directory/directory_page_routes.hpp"

#include "core/calendar.hpp"
#include "core/clock.hpp"
#include "core/text.hpp"
#include "directory/directory_page_store.hpp"
#include "directory/organisation.hpp"
#include "directory/project.hpp"
#include "directory/search_index.hpp"
#include "http/form.hpp"
#include "territory/page_sections.hpp"
#include "territory/pagination.hpp"
#include "territory/territory_maps.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/registry.hpp"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <memory>
#include <set>

namespace essaim::directory {

namespace {

constexpr int results_per_page = 20;
// The offset stays within what the engine is asked to rank (and what a person pages through).
constexpr int max_pages = 50;

struct Facet {
    std::string name;     //!< query parameter
    std::string legend;   //!< fieldset legend
    std::vector<std::pair<std::string, std::string>> options;  //!< code, label
};

std::vector<std::string> known_values(
    const http::Form& query, const std::string& name, const std::vector<std::pair<std::string, std::string>>& options)
{
    std::set<std::string> wanted;
    for (const auto& value : query.all(name))
        wanted.insert(value);
    std::vector<std::string> kept;
    for (const auto& option : options)
        if (wanted.count(option.first))
            kept.push_back(option.first);
    return kept;
}

std::vector<std::pair<std::string, std::string>> pairs(const std::vector<CodeLabel>& list)
{
    std::vector<std::pair<std::string, std::string>> result;
    for (const auto& item : list)
        result.emplace_back(std::string(item.code), std::string(item.label));
    return result;
}

std::vector<std::pair<std::string, std::string>> sorted_by_name(const std::map<std::string, std::string>& names)
{
    std::vector<std::pair<std::string, std::string>> result(names.begin(), names.end());
    std::stable_sort(result.begin(), result.end(),
        [](const auto& a, const auto& b) { return core::fold_for_search(a.second) < core::fold_for_search(b.second); });
    return result;
}

http::Response directory_page(web::Context& context, territory::TerritoryMaps& maps)
{
    auto query = http::parse_urlencoded(context.request.query, 200);
    for (const auto& field : query.fields())
        if (!http::is_clean_utf8(field.first) || !http::is_clean_utf8(field.second))
            return web::error_page(context, 400, "Les critères de recherche ne sont pas lisibles.");

    auto departments = department_names(context.db());
    auto regions = region_names(context.db());

    std::vector<Facet> facets;
    facets.push_back({"type", "Type de fiche", {{"organisation", "Organisations"}, {"project", "Projets"}}});
    facets.push_back({"actor_type", "Type d’acteur", pairs(actor_types())});
    facets.push_back({"thematique", "Thématique", pairs(thematics())});
    facets.push_back({"etape", "Étape du projet", pairs(project_stages())});
    {
        Facet sdg{"odd", "Objectif de développement durable", {}};
        for (const auto& goal : sdgs())
            sdg.options.emplace_back(std::to_string(goal.number), sdg_label(goal.number));
        facets.push_back(std::move(sdg));
    }
    facets.push_back({"region", "Région", sorted_by_name(regions)});
    facets.push_back({"departement", "Département", sorted_by_name(departments)});
    facets.push_back({"famille_ess", "Famille de l’ESS", pairs(ess_families())});
    facets.push_back({"qualifie", "Qualification", {{"1", "Projets qualifiés"}}});
    facets.push_back({"labellise", "Labellisé", {{"1", "Organisations labellisées"}}});

    DirectoryFilters filters;
    // Cut at a code point boundary: the text is echoed in the search box, which must stay UTF-8.
    auto typed = query.get("q");
    std::size_t cut = std::min(typed.size(), max_search_input_bytes);
    while (cut > 0 && cut < typed.size() && (static_cast<unsigned char>(typed[cut]) & 0xC0) == 0x80)
        --cut;
    filters.text = typed.substr(0, cut);
    // "projet" is the French word of the links; "project" the code of the store.
    auto kinds = query.all("type");
    bool organisations = std::count(kinds.begin(), kinds.end(), "organisation") > 0;
    bool projects = std::count(kinds.begin(), kinds.end(), "projet") > 0 || std::count(kinds.begin(), kinds.end(), "project") > 0;
    if (organisations != projects)
        filters.kind = organisations ? "organisation" : "project";
    facets[0].options[1].first = "projet";
    filters.actor_types = known_values(query, "actor_type", facets[1].options);
    filters.thematics = known_values(query, "thematique", facets[2].options);
    filters.stages = known_values(query, "etape", facets[3].options);
    for (const auto& code : known_values(query, "odd", facets[4].options))
        filters.sdgs.push_back(std::stoi(code));
    filters.regions = known_values(query, "region", facets[5].options);
    filters.departments = known_values(query, "departement", facets[6].options);
    filters.ess_families = known_values(query, "famille_ess", facets[7].options);
    filters.qualified_only = query.get("qualifie") == "1";
    filters.labelled_only = query.get("labellise") == "1";
    filters.today = core::iso_day(context.clock().now());

    bool has_words = !sanitise_search_text(filters.text).words.empty();
    std::string sort_code = query.get("tri");
    DirectorySort sort = has_words ? DirectorySort::Relevance : DirectorySort::Name;
    if (sort_code == "nom")
        sort = DirectorySort::Name;
    else if (sort_code == "recent")
        sort = DirectorySort::Recent;
    else
        sort_code = has_words ? "pertinence" : "nom";

    int current = 1;
    if (auto page_text = query.first("page")) {
        auto [end, error] = std::from_chars(page_text->data(), page_text->data() + page_text->size(), current);
        if (error != std::errc() || end != page_text->data() + page_text->size() || current < 1)
            return web::error_page(context, 400, "Le numéro de page doit être un nombre entier positif.");
        current = std::min(current, max_pages);
    }

    auto listing = list_directory(context.db(), filters, sort, results_per_page, (current - 1) * results_per_page);
    int pages = std::min(territory::page_count(listing.total, results_per_page), max_pages);

    // The link of the current search, without page (and with another page when asked).
    std::string base;
    auto append = [&base](const std::string& name, const std::string& value) {
        base += (base.empty() ? "?" : "&") + name + "=" + http::percent_encode(value);
    };
    if (!filters.text.empty())
        append("q", filters.text);
    if (!filters.kind.empty())
        append("type", filters.kind == "project" ? "projet" : "organisation");
    for (const auto& v : filters.actor_types) append("actor_type", v);
    for (const auto& v : filters.thematics) append("thematique", v);
    for (const auto& v : filters.stages) append("etape", v);
    for (int v : filters.sdgs) append("odd", std::to_string(v));
    for (const auto& v : filters.regions) append("region", v);
    for (const auto& v : filters.departments) append("departement", v);
    for (const auto& v : filters.ess_families) append("famille_ess", v);
    if (filters.qualified_only)
        append("qualifie", "1");
    if (filters.labelled_only)
        append("labellise", "1");
    append("tri", sort_code);
    auto href = [&](int number) { return "/annuaire" + base + "&page=" + std::to_string(number); };

    std::string title = "Annuaire";
    if (current > 1)
        title += " — page " + std::to_string(current);
    web::Page page(context, title, "directory/annuaire.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Annuaire", "");
    auto& content = page.content();
    content.SetValue("Q", filters.text);
    for (const auto& [code, label] : std::vector<std::pair<std::string, std::string>>{
             {"pertinence", "Pertinence"}, {"nom", "Nom"}, {"recent", "Mises à jour récentes"}}) {
        if (code == "pertinence" && !has_words)
            continue;
        auto* option = content.AddSectionDictionary("SORT_OPTION");
        option->SetValue("CODE", code);
        option->SetValue("LABEL", label);
        if (code == sort_code)
            option->ShowSection("SELECTED");
    }

    std::map<std::string, std::set<std::string>> selected;
    if (!filters.kind.empty())
        selected["type"].insert(filters.kind == "project" ? "projet" : "organisation");
    selected["actor_type"].insert(filters.actor_types.begin(), filters.actor_types.end());
    selected["thematique"].insert(filters.thematics.begin(), filters.thematics.end());
    selected["etape"].insert(filters.stages.begin(), filters.stages.end());
    for (int v : filters.sdgs) selected["odd"].insert(std::to_string(v));
    selected["region"].insert(filters.regions.begin(), filters.regions.end());
    selected["departement"].insert(filters.departments.begin(), filters.departments.end());
    selected["famille_ess"].insert(filters.ess_families.begin(), filters.ess_families.end());
    if (filters.qualified_only)
        selected["qualifie"].insert("1");
    if (filters.labelled_only)
        selected["labellise"].insert("1");

    for (const auto& facet : facets) {
        std::map<std::string, long long> counted;
        std::string store_name = facet.name;
        for (const auto& count : listing.facets[store_name]) {
            std::string code = count.code;
            if (store_name == "type" && code == "project")
                code = "projet";
            counted[code] = count.count;
        }
        // Past the bound the values are listed without numbers (see directory_page_store.hpp).
        bool uncounted = listing.uncounted_facets.count(store_name) > 0;
        auto* fieldset = content.AddSectionDictionary("FACET");
        fieldset->SetValue("NAME", facet.name);
        fieldset->SetValue("LEGEND", facet.legend);
        if (uncounted)
            fieldset->SetValueAndShowSection(
                "UNCOUNTED_LIMIT", core::group_digits(directory_count_limit), "UNCOUNTED");
        for (const auto& [code, label] : facet.options) {
            long long count = counted.count(code) ? counted[code] : 0;
            bool checked = selected[facet.name].count(code) > 0;
            // Long lists show the values present in the results (and the checked ones), not 100 zeros.
            if (!uncounted && count == 0 && !checked && facet.options.size() > 20)
                continue;
            auto* option = fieldset->AddSectionDictionary("OPTION");
            option->SetValue("NAME", facet.name);
            option->SetValue("CODE", code);
            option->SetValue("LABEL", label);
            if (!uncounted)
                option->SetValueAndShowSection("COUNT", core::group_digits(count), "HAS_COUNT");
            option->SetValue("ID", "filtre-" + facet.name + "-" + code);
            if (checked)
                option->ShowSection("CHECKED");
        }
    }

    std::string heading = "Aucun résultat";
    if (listing.total_capped)
        heading = "Plus de " + core::count_of(listing.total, "résultat", "résultats");
    else if (listing.total > 0)
        heading = core::count_of(listing.total, "résultat", "résultats")
            + (has_words && listing.total >= directory_candidate_limit ? " (parmi les plus pertinents)" : "");
    content.SetValue("RESULT_HEADING", heading);
    for (const auto& row : listing.rows) {
        auto* card = content.AddSectionDictionary("RESULT");
        bool project = row.kind == "project";
        card->SetValue("HREF", (project ? "/projets/" : "/organisations/") + std::to_string(row.id));
        card->SetValue("TITLE", row.title);
        card->SetValue("KIND_LABEL", project ? "Projet" : "Organisation");
        if (!row.commune.empty())
            card->SetValueAndShowSection("COMMUNE", row.commune, "HAS_COMMUNE");
    }
    if (listing.rows.empty())
        content.ShowSection("NO_RESULT");

    territory::add_pagination(content, current, pages, href);

    // The map and its table: results per department of the whole filtered set.
    for (const auto& count : listing.per_department) {
        auto* row = content.AddSectionDictionary("DEPARTMENT_ROW");
        auto name = departments.find(count.code);
        row->SetValue("NAME", name != departments.end() ? name->second : count.code);
        row->SetValue("CODE", count.code);
        row->SetValue("COUNT", core::group_digits(count.count));
    }
    if (listing.total_capped)
        content.SetValueAndShowSection("DEPARTMENTS_LIMIT", core::group_digits(directory_count_limit), "DEPARTMENTS_UNCOUNTED");
    else if (listing.per_department.empty())
        content.ShowSection("NO_DEPARTMENT");
    if (const auto* source = maps.departments(context.config())) {
        web::MapOptions options;
        options.id = "carte-annuaire";
        options.title = "Carte des départements : nombre de résultats par département";
        options.description = "Le tableau qui suit la carte donne les mêmes nombres.";
        for (const auto& count : listing.per_department)
            if (source->map.find(count.code))
                options.levels[count.code] = territory::choropleth_level(count.count);
        page.set_trusted_markup("MAP", web::render_svg_map(source->map, options));
        page.set_trusted_markup("LEGEND",
            web::render_map_legend("Nombre de résultats",
                {{1, "1 résultat"}, {2, "de 2 à 4 résultats"}, {3, "de 5 à 9 résultats"}, {4, "de 10 à 49 résultats"},
                    {5, "50 résultats et plus"}}));
        content.ShowSection("HAS_MAP");
        territory::add_map_credit(content, *source);
    } else {
        content.ShowSection("NO_MAP");
    }
    return page.render();
}

} // namespace

void register_directory_page_routes(web::Registry& registry)
{
    auto maps = std::make_shared<territory::TerritoryMaps>();
    registry.get("/annuaire", auth::anyone(), [maps](web::Context& context) { return directory_page(context, *maps); });
}

} // namespace essaim::directory
