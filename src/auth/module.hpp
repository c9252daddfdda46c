#pragma once

#include "web/registry.hpp"

#include <memory>

namespace essaim::auth {

std::unique_ptr<web::Module> make_module();

} // namespace essaim::auth
