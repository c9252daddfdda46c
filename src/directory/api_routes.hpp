#pragma once
// The directory's JSON API, version 1: /api/v1/organisations and /api/v1/projects (lists with
// filters and cursor pagination, single records) and PATCH /api/v1/organisations/{id} for the
// organisation's owners, editors and administrators. Errors are RFC 9457 problem details.

#include <memory>

namespace essaim::web {
class Registry;
}

namespace essaim::directory {

class NafCatalogue;

void register_api_routes(web::Registry& registry, std::shared_ptr<NafCatalogue> naf);

} // namespace essaim::directory
