#pragma once
// Page parts that every list with a map shows alike (territory pages, the directory, the labels):
// the map's credit line, its colour classes and the DSFR pagination.

#include "territory/territory_maps.hpp"

#include <functional>
#include <string>

namespace ctemplate {
class TemplateDictionary;
}

namespace essaim::territory {

//! Section MAP_CREDIT: where the map comes from and its licence (a link when it has an address).
void add_map_credit(ctemplate::TemplateDictionary& content, const MapSource& source);

//! The choropleth class of a map area holding `count` records: 1 for one, then 2–4, 5–9, 10–49,
//! and 5 for 50 and more (the legends name these bounds).
int choropleth_level(long long count);

//! Section PAGINATION (first/previous/next/last links or their disabled forms, and PAGE_ITEM for
//! each number or gap) when there are several pages; `href(n)` is the address of page n.
void add_pagination(ctemplate::TemplateDictionary& content, int current, int pages,
    const std::function<std::string(int)>& href);

} // namespace essaim::territory
