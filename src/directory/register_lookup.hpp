#pragma once
// A SIRET or SIREN typed on the creation form, looked up in the directory, where the registers'
// imports put their units: an organisation already there is the person's to claim, not to create
// twice; a number found nowhere is carried into the form.

#include "directory/organisation.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace essaim::db {
class Session;
}

namespace essaim::directory {

struct RegisterLookup {
    std::string typed;
    std::string error;  //!< the number is no valid SIRET or SIREN; said next to the field
    std::string siren;  //!< when valid
    std::string siret;  //!< when a valid SIRET was typed
    //! The published organisation holding the SIREN, when there is one.
    std::optional<Organisation> found;
    bool found_has_owners = false;
    //! Held by a profile not yet public: said without naming it.
    bool held_unpublished = false;
};

//! `typed`: 9 or 14 digits, spaces allowed.
RegisterLookup look_up_identifier(db::Session& session, std::string_view typed);

} // namespace essaim::directory
