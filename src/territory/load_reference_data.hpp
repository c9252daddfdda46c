#pragma once
// The use case behind `essaim migrate`'s territory step: load @etalab/decoupage-administratif into
// the reference tables when its version changed or the tables are empty, in one transaction.

#include "core/clock.hpp"
#include "core/result.hpp"
#include "territory/territory_store.hpp"

#include <string>

namespace essaim::core {
struct Config;
}
namespace essaim::db {
class Session;
}

namespace essaim::territory {

enum class ReloadPolicy {
    WhenChanged, //!< skip when the recorded version is the installed one and the tables hold data
    Always, //!< reload even so (tests, repairs)
};

struct LoadOutcome {
    bool reloaded = false;
    std::string version;
    ReferenceCounts counts;
};

//! Loads from `config.node_modules`; NotFound when the package is not installed, Invalid when
//! its files cannot be read. Database failures throw (the migration must stop).
core::Result<LoadOutcome> load_reference_data(
    db::Session& session, const core::Config& config, const core::Clock& clock, ReloadPolicy policy);

} // namespace essaim::territory
