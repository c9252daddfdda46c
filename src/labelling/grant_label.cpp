#include "labelling/grant_label.hpp"

namespace essaim::labelling {

// Provisional until the labels work lands.
long long grant_label(db::Session&, const Dossier&, long long) { return 0; }

} // namespace essaim::labelling
