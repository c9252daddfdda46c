#pragma once
// The directory: organisations (creation by members, profiles, edits with their history,
// moderation), and later projects, search and the imports of the official registers.

#include "web/registry.hpp"

#include <memory>

namespace essaim::directory {

std::unique_ptr<web::Module> make_module();

} // namespace essaim::directory
