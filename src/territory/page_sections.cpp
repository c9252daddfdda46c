#include "territory/page_sections.hpp"

#include "territory/pagination.hpp"

#include <ctemplate/template.h>

namespace essaim::territory {

void add_map_credit(ctemplate::TemplateDictionary& content, const MapSource& source)
{
    auto* credit = content.AddSectionDictionary("MAP_CREDIT");
    credit->SetValue("MAP_PACKAGE", source.package);
    credit->SetValue("MAP_VERSION", source.version);
    credit->SetValue("MAP_AUTHOR", source.author);
    credit->SetValue("MAP_ORIGIN", source.origin);
    credit->SetValue("MAP_LICENCE", source.licence_label);
    if (!source.licence_url.empty())
        credit->SetValueAndShowSection("MAP_LICENCE_URL", source.licence_url, "MAP_LICENCE_LINK");
    else
        credit->ShowSection("MAP_LICENCE_TEXT");
}

int choropleth_level(long long count)
{
    if (count >= 50)
        return 5;
    if (count >= 10)
        return 4;
    if (count >= 5)
        return 3;
    if (count >= 2)
        return 2;
    return 1;
}

void add_pagination(ctemplate::TemplateDictionary& content, int current, int pages,
    const std::function<std::string(int)>& href)
{
    if (pages <= 1)
        return;
    auto* pagination = content.AddSectionDictionary("PAGINATION");
    if (current > 1) {
        pagination->SetValueAndShowSection("FIRST_HREF", href(1), "FIRST_LINK");
        pagination->SetValueAndShowSection("PREVIOUS_HREF", href(current - 1), "PREVIOUS_LINK");
    } else {
        pagination->ShowSection("FIRST_DISABLED");
        pagination->ShowSection("PREVIOUS_DISABLED");
    }
    if (current < pages) {
        pagination->SetValueAndShowSection("NEXT_HREF", href(current + 1), "NEXT_LINK");
        pagination->SetValueAndShowSection("LAST_HREF", href(pages), "LAST_LINK");
    } else {
        pagination->ShowSection("NEXT_DISABLED");
        pagination->ShowSection("LAST_DISABLED");
    }
    for (const auto& item : pagination_items(current, pages)) {
        auto* entry = pagination->AddSectionDictionary("PAGE_ITEM");
        if (item.kind == PaginationItem::Kind::Gap) {
            entry->ShowSection("PAGE_GAP");
            continue;
        }
        entry->SetIntValue("NUMBER", item.number);
        if (item.number == current)
            entry->ShowSection("PAGE_CURRENT");
        else
            entry->SetValueAndShowSection("PAGE_HREF", href(item.number), "PAGE_LINK");
    }
}

} // namespace essaim::territory
