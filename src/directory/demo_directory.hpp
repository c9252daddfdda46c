#pragma once
// Demo organisations and projects for `essaim seed-demo`, so that a first `make run` shows a
// directory with something in it. They go through the same use cases as the forms: created by
// the demo member, published by the demo administrator.

namespace essaim::db {
class Session;
}
namespace essaim::web {
struct Services;
}

namespace essaim::directory {

//! Adds the demo organisations and projects when there is no organisation yet and the demo
//! accounts exist; otherwise does nothing.
void seed_demo_directory(web::Services& services, db::Session& session);

} // namespace essaim::directory
