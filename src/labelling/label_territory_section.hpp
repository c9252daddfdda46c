#pragma once
// The labels' section of the region and department pages: the labelled territories and the
// labelled structures based there, with a link to /labels filtered on the region. Contributed
// through web::Registry, so the territory module knows nothing of labelling.

#include <string>

namespace essaim::web {
class Registry;
struct Context;
struct TerritoryPage;
} // namespace essaim::web

namespace essaim::labelling {

//! The section's markup (never empty: the empty case has its own sentence).
std::string render_label_territory_section(web::Context& context, const web::TerritoryPage& territory);

void register_label_territory_section(web::Registry& registry);

} // namespace essaim::labelling
