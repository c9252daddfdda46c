#pragma once
// Personal data (RGPD): "Mes données" (access and portability), account deletion (erasure) and
// the retention job.

#include "web/registry.hpp"

#include <memory>

namespace essaim::privacy {

std::unique_ptr<web::Module> make_module();

} // namespace essaim::privacy
