#pragma once
// The route files of the labels part (label_routes.cpp registers them all) and what they share.

#include <optional>
#include <string>

namespace essaim::web {
class Registry;
struct Context;
} // namespace essaim::web

namespace essaim::labelling {

//! /labels (the list and its map), /labels.csv and /labels.json.
void register_label_list_routes(web::Registry& registry);
//! /labels/{id}, its certificate, /labels/verifier, and the withdrawal and renewal actions.
void register_label_page_routes(web::Registry& registry);

//! "/labels/{id}".
std::string label_href(long long id);

} // namespace essaim::labelling
