#include "labelling/routes.hpp"

#include "web/registry.hpp"

namespace essaim::labelling {

// Provisional until this part of the labelling work lands.
void register_call_routes(web::Registry&) {}

} // namespace essaim::labelling
