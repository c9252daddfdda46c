#pragma once
// Labelling: the permanent call for applications, dossiers and their instruction, experts'
// opinions, committees, and the labels granted to support structures and territories.

#include "web/registry.hpp"

#include <memory>

namespace essaim::labelling {

std::unique_ptr<web::Module> make_module();

} // namespace essaim::labelling
