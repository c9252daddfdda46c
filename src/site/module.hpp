#pragma once
// The site itself: home page, the mandatory legal pages, health probes.

#include "web/registry.hpp"

#include <memory>

namespace essaim::site {

std::unique_ptr<web::Module> make_module();

} // namespace essaim::site
