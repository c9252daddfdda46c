#pragma once
// Which page numbers a DSFR pagination shows: the first, the last, and two on each side of the
// current page, with gaps (…) between where they hide two pages or more.

#include <optional>
#include <string>
#include <vector>

namespace essaim::territory {

struct PaginationItem {
    enum class Kind { Page, Gap };
    Kind kind = Kind::Page;
    int number = 0; //!< for Page
};

//! The items for `current` among `total` pages (1-based); empty when there is one page or none.
std::vector<PaginationItem> pagination_items(int current, int total);

//! The number of pages holding `count` items, `per_page` a page (at least 1).
int page_count(long long count, int per_page);

//! Reads `?page=N`: 1 when absent; nullopt when not a whole number in [1, total].
std::optional<int> parse_page_number(const std::optional<std::string>& text, int total);

} // namespace essaim::territory
