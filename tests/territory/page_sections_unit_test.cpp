// The page parts shared by the lists with a map: colour classes and the DSFR pagination.

#include "territory/page_sections.hpp"

#include <ctemplate/template.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace essaim::territory {
namespace {

TEST(PageSections, ChoroplethLevels)
{
    struct Case {
        long long count;
        int level;
    };
    for (const auto& c : std::vector<Case>{{0, 1}, {1, 1}, {2, 2}, {4, 2}, {5, 3}, {9, 3}, {10, 4}, {49, 4}, {50, 5},
             {100000, 5}}) {
        EXPECT_EQ(choropleth_level(c.count), c.level) << c.count;
    }
}

std::string rendered(int current, int pages)
{
    ctemplate::StringToTemplateCache("page_sections_test.tpl",
        "{{#PAGINATION}}{{#FIRST_LINK}}[F {{FIRST_HREF}}]{{/FIRST_LINK}}{{#FIRST_DISABLED}}[f]{{/FIRST_DISABLED}}"
        "{{#PAGE_ITEM}}{{#PAGE_GAP}}…{{/PAGE_GAP}}{{#PAGE_CURRENT}}({{NUMBER}}){{/PAGE_CURRENT}}"
        "{{#PAGE_LINK}}<{{PAGE_HREF}}>{{/PAGE_LINK}}{{/PAGE_ITEM}}"
        "{{#LAST_LINK}}[L {{LAST_HREF}}]{{/LAST_LINK}}{{#LAST_DISABLED}}[l]{{/LAST_DISABLED}}{{/PAGINATION}}",
        ctemplate::DO_NOT_STRIP);
    ctemplate::TemplateDictionary content("test");
    add_pagination(content, current, pages, [](int number) { return "?page=" + std::to_string(number); });
    std::string out;
    ctemplate::ExpandTemplate("page_sections_test.tpl", ctemplate::DO_NOT_STRIP, &content, &out);
    return out;
}

TEST(PageSections, PaginationOnlyWithSeveralPages)
{
    EXPECT_EQ(rendered(1, 1), "");
    EXPECT_EQ(rendered(1, 0), "");
    EXPECT_EQ(rendered(1, 2), "[f](1)<?page=2>[L ?page=2]");
    EXPECT_EQ(rendered(2, 2), "[F ?page=1]<?page=1>(2)[l]");
    EXPECT_EQ(rendered(6, 12),
        "[F ?page=1]<?page=1>…<?page=4><?page=5>(6)<?page=7><?page=8>…<?page=12>[L ?page=12]");
}

} // namespace
} // namespace essaim::territory
