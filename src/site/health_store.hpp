#pragma once

namespace essaim::db {
class Session;
}

namespace essaim::site {

//! True when a trivial query succeeds.
bool database_answers(db::Session& session);

} // namespace essaim::site
