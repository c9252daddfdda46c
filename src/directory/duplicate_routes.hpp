#pragma once
// /admin/doublons: possible duplicate organisations, for administrators to merge or dismiss.

namespace essaim::web {
class Registry;
}

namespace essaim::directory {

void register_duplicate_routes(web::Registry& registry);

} // namespace essaim::directory
