#pragma once

#include "web/registry.hpp"

namespace essaim::privacy {

//! /compte/mes-donnees (page), /compte/mes-donnees.json (download), /compte/suppression (form).
void register_personal_data_routes(web::Registry& registry);

} // namespace essaim::privacy
