#pragma once
// GET /annuaire: the public directory's search page (form, facets, results, map of departments).

namespace essaim::web {
class Registry;
}

namespace essaim::directory {

void register_directory_page_routes(web::Registry& registry);

} // namespace essaim::directory
