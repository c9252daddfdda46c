#pragma once
// An organisation absorbed by a merge lives on only as a redirection to the one kept: nothing may
// publish, refuse, edit or claim it any more, nor add projects to it.

#include "core/result.hpp"

#include <optional>

namespace essaim::db {
class Session;
}

namespace essaim::directory {

//! A Conflict naming the kept organisation when `organisation_id` was absorbed by a merge.
std::optional<core::Error> merged_obstacle(db::Session& session, long long organisation_id);

} // namespace essaim::directory
