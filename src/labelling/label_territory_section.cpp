#include "labelling/label_territory_section.hpp"

#include "core/calendar.hpp"
#include "core/clock.hpp"
#include "http/form.hpp"
#include "labelling/label.hpp"
#include "labelling/label_store.hpp"
#include "web/context.hpp"
#include "web/registry.hpp"
#include "web/renderer.hpp"

#include <ctemplate/template.h>

namespace essaim::labelling {

namespace {

// The section lists this many labels at most; the link to /labels gives them all.
constexpr int label_section_limit = 50;

} // namespace

std::string render_label_territory_section(web::Context& context, const web::TerritoryPage& territory)
{
    bool region = territory.kind == web::TerritoryKind::Region;
    auto today = core::iso_day(context.clock().now());
    auto labels = current_labels_in_territory(context.db(),
        region ? LabelTerritoryLevel::Region : LabelTerritoryLevel::Department, territory.code, today,
        label_section_limit);

    ctemplate::TemplateDictionary dictionary("label_territory_section");
    dictionary.SetValue("WHERE", region ? "dans ce territoire" : "dans ce département");
    std::string region_code = region ? territory.code : (labels.empty() ? std::string() : labels.front().region_code);
    dictionary.SetValue("LIST_HREF", region_code.empty() ? std::string("/labels")
                                                         : "/labels?region=" + http::percent_encode(region_code));
    if (labels.empty()) {
        dictionary.ShowSection("EMPTY");
        return context.services.renderer.render("labelling/label_territory_section.tpl", dictionary);
    }
    ctemplate::TemplateDictionary* territories = nullptr;
    ctemplate::TemplateDictionary* structures = nullptr;
    for (const auto& label : labels) {
        bool is_territory = label.category == LabelCategory::Territoire;
        auto*& group = is_territory ? territories : structures;
        if (!group)
            group = dictionary.AddSectionDictionary(is_territory ? "TERRITORIES" : "STRUCTURES");
        auto* item = group->AddSectionDictionary("ITEM");
        item->SetValue("LABEL_HREF", "/labels/" + std::to_string(label.id));
        item->SetValue("CATEGORY", std::string(category_label(label.category)));
        item->SetValue("HOLDER", label.organisation_name);
        item->SetValue("HOLDER_HREF", "/organisations/" + std::to_string(label.organisation_id));
        if (is_territory)
            item->SetValue("TERRITORY", label.territory_name.empty() ? label.territory_code : label.territory_name);
        item->SetValue("EXPIRES", core::french_date(label.expires_on));
    }
    dictionary.ShowSection("MORE");
    if (!territories)
        dictionary.ShowSection("NO_TERRITORY");
    if (!structures)
        dictionary.ShowSection("NO_STRUCTURE");
    return context.services.renderer.render("labelling/label_territory_section.tpl", dictionary);
}

void register_label_territory_section(web::Registry& registry)
{
    registry.add_territory_section(
        web::TerritorySection{"labels", "Territoires et structures labellisés", 20, render_label_territory_section});
}

} // namespace essaim::labelling
