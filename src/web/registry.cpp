#include "web/registry.hpp"

#include <algorithm>

namespace essaim::web {

void Registry::add(http::Method method, std::string pattern, auth::AccessRule access, RouteHandler handler,
    BodySize body_size)
{
    m_router.add(method, std::move(pattern), Route{m_module, std::move(access), std::move(handler), false, body_size});
}

std::vector<NavigationItem> Registry::navigation() const
{
    auto items = m_navigation;
    std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.order < b.order; });
    return items;
}

std::vector<AdminTile> Registry::admin_tiles() const
{
    auto tiles = m_admin_tiles;
    std::stable_sort(tiles.begin(), tiles.end(), [](const auto& a, const auto& b) { return a.order < b.order; });
    return tiles;
}

std::vector<TerritorySection> Registry::territory_sections() const
{
    auto sections = m_territory_sections;
    std::stable_sort(sections.begin(), sections.end(), [](const auto& a, const auto& b) { return a.order < b.order; });
    return sections;
}

const FlashMessage* Registry::find_flash(const std::string& code) const
{
    auto found = m_flashes.find(code);
    return found == m_flashes.end() ? nullptr : &found->second;
}

} // namespace essaim::web
