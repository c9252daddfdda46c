#pragma once
// The French words of the directory's machine names: its audit actions, record types, the fields of
// organisations and projects, and their statuses.

#include "web/registry.hpp"

namespace essaim::directory {

//! Registers the labels of the directory's audit actions, record types, fields and statuses.
void register_vocabulary(web::Registry& registry);

} // namespace essaim::directory
