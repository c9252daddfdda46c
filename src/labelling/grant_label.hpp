#pragma once
// A committee's decision to label creates the label.

#include "labelling/dossier.hpp"

namespace essaim::db {
class Session;
}

namespace essaim::labelling {

//! Inside the caller's transaction: the label of the dossier's category for its organisation (and
//! territory), granted on the day of `now` for the call's label_years, with a fresh public code.
//! Answers the label's id.
long long grant_label(db::Session& session, const Dossier& dossier, long long now);

} // namespace essaim::labelling
