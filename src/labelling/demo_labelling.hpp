#pragma once
// Demo calls, dossiers, an opinion, a committee and a label for `essaim seed-demo`, so that a
// first `make run` shows the labelling pages with something in them. Everything goes through the
// same use cases as the pages, acted by the demo accounts (administrator, member, instructeur,
// expert), on the demo directory's organisations: the directory's seeder runs first.

namespace essaim::db {
class Session;
}
namespace essaim::web {
struct Services;
}

namespace essaim::labelling {

//! Adds the demo labelling data when there is no call yet and the demo accounts and the demo
//! member's organisations exist; otherwise does nothing. Throws when a use case refuses the data
//! (a bug in the demo, to be seen at once).
void seed_demo_labelling(web::Services& services, db::Session& session);

} // namespace essaim::labelling
