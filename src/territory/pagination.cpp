#include "territory/pagination.hpp"

#include <algorithm>

namespace essaim::territory {

std::vector<PaginationItem> pagination_items(int current, int total)
{
    std::vector<PaginationItem> items;
    if (total <= 1)
        return items;
    current = std::clamp(current, 1, total);
    int previous = 0;
    for (int number = 1; number <= total; ++number) {
        bool shown = number == 1 || number == total || (number >= current - 2 && number <= current + 2);
        if (!shown)
            continue;
        // "…" must save room: a gap of a single page shows that page instead.
        if (number == previous + 2)
            items.push_back(PaginationItem{PaginationItem::Kind::Page, previous + 1});
        else if (number > previous + 2)
            items.push_back(PaginationItem{PaginationItem::Kind::Gap, 0});
        items.push_back(PaginationItem{PaginationItem::Kind::Page, number});
        previous = number;
    }
    return items;
}

int page_count(long long count, int per_page)
{
    if (count <= 0 || per_page <= 0)
        return 1;
    return static_cast<int>((count + per_page - 1) / per_page);
}

std::optional<int> parse_page_number(const std::optional<std::string>& text, int total)
{
    if (!text)
        return 1;
    if (text->empty() || text->size() > 6 || text->find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    int number = std::stoi(*text);
    if (number < 1 || number > total)
        return std::nullopt;
    return number;
}

} // namespace essaim::territory
