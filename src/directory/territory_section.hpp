#pragma once
// The directory's section of the region and department pages ("Acteurs et projets"): counts by
// actor type and by stage, the most recently updated organisations and projects, and a link to
// the directory filtered on the territory. Contributed through web::Registry, so the territory
// module knows nothing of the directory.

#include <string>

namespace essaim::web {
class Registry;
struct Context;
struct TerritoryPage;
} // namespace essaim::web

namespace essaim::directory {

//! How many organisations, and how many projects, the section lists.
inline constexpr int territory_section_list_size = 10;

//! The section's markup for `territory` (never empty: the empty case has its own sentence).
std::string render_territory_section(web::Context& context, const web::TerritoryPage& territory);

//! Registers the section with the territory pages.
void register_territory_section(web::Registry& registry);

} // namespace essaim::directory
