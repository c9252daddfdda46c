#pragma once
// The territory pages (/territoires…) and the commune autocompletion API.

namespace essaim::web {
class Registry;
}

namespace essaim::territory {

void register_territory_routes(web::Registry& registry);

} // namespace essaim::territory
