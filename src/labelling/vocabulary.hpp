#pragma once
// The French words of labelling's machine names: its audit actions, record types, fields and the
// states of calls, dossiers, opinions, committees and labels.

#include "web/registry.hpp"

namespace essaim::labelling {

//! Registers the labels of labelling's audit actions, record types, fields and states.
void register_vocabulary(web::Registry& registry);

} // namespace essaim::labelling
