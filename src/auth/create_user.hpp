#pragma once
// Creating an already-confirmed account, for `essaim create-user` and the demo data.

#include "auth/identity.hpp"
#include "core/result.hpp"

#include <string>
#include <vector>

namespace essaim::db {
class Session;
}
namespace essaim::web {
struct Services;
}

namespace essaim::auth {

//! Validates like sign-up (e-mail form, password length and common-password list), hashes the
//! password, stores the account as confirmed with the given roles, writes the audit entry.
//! Returns the new user's id; Conflict when the e-mail is taken.
core::Result<long long> create_confirmed_user(web::Services& services, db::Session& session, const std::string& email,
    const std::string& display_name, const std::string& password, const std::vector<Role>& roles);

} // namespace essaim::auth
