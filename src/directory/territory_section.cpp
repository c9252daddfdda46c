// The directory's section of the territory pages: reads territory_section_store, renders
// templates/directory/territory_section.tpl (which escapes every value) for web::Page.

#include "directory/territory_section.hpp"

#include "core/text.hpp"
#include "directory/organisation.hpp"
#include "directory/project.hpp"
#include "directory/territory_section_store.hpp"
#include "http/form.hpp"
#include "web/context.hpp"
#include "web/registry.hpp"
#include "web/renderer.hpp"

#include <ctemplate/template.h>

namespace essaim::directory {

namespace {

std::string label(const std::vector<CodeLabel>& list, const std::string& code)
{
    auto found = label_of(list, code);
    return found ? std::string(*found) : code;
}

//! The counts in the order of the reference list (the order of the directory's facets).
void add_counts(ctemplate::TemplateDictionary& dictionary, const std::string& section,
    const std::vector<CodeLabel>& list, const std::vector<CodeCount>& counts, const std::string& filter_base,
    const std::string& filter_name)
{
    for (const auto& item : list) {
        for (const auto& count : counts) {
            if (count.code != item.code)
                continue;
            auto* row = dictionary.AddSectionDictionary(section);
            row->SetValue("LABEL", std::string(item.label));
            row->SetValue("COUNT", core::group_digits(count.count));
            if (!filter_name.empty())
                row->SetValueAndShowSection(
                    "HREF", filter_base + "&" + filter_name + "=" + http::percent_encode(count.code), "LINKED");
            else
                row->ShowSection("UNLINKED");
        }
    }
}

} // namespace

std::string render_territory_section(web::Context& context, const web::TerritoryPage& territory)
{
    bool region = territory.kind == web::TerritoryKind::Region;
    auto actors = territory_actors(context.db(), region ? TerritoryLevel::Region : TerritoryLevel::Department,
        territory.code, territory_section_list_size);

    ctemplate::TemplateDictionary dictionary("territory_section");
    // A region page may be an overseas collectivity's: "territoire" fits them all.
    std::string where = region ? "dans ce territoire" : "dans ce département";
    dictionary.SetValue("WHERE", where);
    std::string filter
        = "/annuaire?" + std::string(region ? "region=" : "departement=") + http::percent_encode(territory.code);
    dictionary.SetValue("DIRECTORY_HREF", filter);

    if (actors.organisation_count == 0 && actors.project_count == 0) {
        dictionary.ShowSection("EMPTY");
        return context.services.renderer.render("directory/territory_section.tpl", dictionary);
    }
    dictionary.ShowSection("SOME");
    dictionary.SetValue("PROJECT_SCOPE",
        region ? "Projets menés dans ce territoire, dans l’un de ses départements ou dans l’une de ses communes."
               : "Projets menés dans ce département, dans l’une de ses communes ou dans toute sa région.");

    if (actors.organisation_count > 0) {
        auto* organisations = dictionary.AddSectionDictionary("ORGANISATIONS");
        organisations->SetValue("ORGANISATION_COUNT_TEXT",
            actors.organisation_count > 1 ? core::group_digits(actors.organisation_count)
                    + " organisations publiées ont leur adresse " + where + "."
                                          : "1 organisation publiée a son adresse " + where + ".");
        add_counts(*organisations, "ACTOR_TYPE", actor_types(), actors.organisations_by_actor_type,
            filter + "&type=organisation", "actor_type");
        for (const auto& organisation : actors.recent_organisations) {
            auto* item = organisations->AddSectionDictionary("ORGANISATION");
            item->SetValue("HREF", "/organisations/" + std::to_string(organisation.id));
            item->SetValue("NAME", organisation.name);
            item->SetValue("COMMUNE", organisation.commune_name);
        }
    } else {
        dictionary.ShowSection("NO_ORGANISATION");
    }

    if (actors.project_count > 0) {
        auto* projects = dictionary.AddSectionDictionary("PROJECTS");
        projects->SetValue(
            "PROJECT_COUNT_TEXT", core::count_of(actors.project_count, "projet publié", "projets publiés") + ".");
        // The directory places projects by their organisation's commune, not by their territories
        // of action: a link to it would announce other counts, so stages are not linked.
        add_counts(*projects, "STAGE", project_stages(), actors.projects_by_stage, filter, "");
        for (const auto& project : actors.recent_projects) {
            auto* item = projects->AddSectionDictionary("PROJECT");
            item->SetValue("HREF", "/projets/" + std::to_string(project.id));
            item->SetValue("TITLE", project.title);
            item->SetValue("ORGANISATION", project.organisation_name);
            item->SetValue("STAGE", label(project_stages(), project.stage));
        }
    } else {
        dictionary.ShowSection("NO_PROJECT");
    }
    return context.services.renderer.render("directory/territory_section.tpl", dictionary);
}

void register_territory_section(web::Registry& registry)
{
    registry.add_territory_section(web::TerritorySection{
        "acteurs-et-projets", "Acteurs et projets de l’innovation sociale", 10, render_territory_section});
}

} // namespace essaim::directory
