#pragma once
// The checks of an organisation form that need the database or the NAF nomenclature: the commune
// exists, the NAF code is a real one, and no other organisation holds the SIREN or RNA number.

#include "core/result.hpp"
#include "directory/organisation.hpp"

namespace essaim::db {
class Session;
}
namespace essaim::core {
struct Config;
}

namespace essaim::directory {

class NafCatalogue;

//! Adds its findings to `errors`, leaving fields that already have an error alone. `organisation_id`
//! is the organisation being edited (0 when creating one), which may keep its own identifiers.
void check_references(db::Session& session, NafCatalogue& naf, const core::Config& config,
    const OrganisationProfile& profile, long long organisation_id, core::FieldErrors& errors);

} // namespace essaim::directory
