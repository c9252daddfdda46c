#pragma once

#include "web/registry.hpp"

#include <memory>

namespace essaim::territory {

std::unique_ptr<web::Module> make_module();

} // namespace essaim::territory
