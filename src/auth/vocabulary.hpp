#pragma once
// The French words of the auth module's machine names: its audit actions, fields and roles.

#include "web/registry.hpp"

namespace essaim::auth {

//! Registers the labels of auth's audit actions, record types, fields and role codes.
void register_vocabulary(web::Registry& registry);

} // namespace essaim::auth
