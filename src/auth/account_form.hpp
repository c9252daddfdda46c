#pragma once
// Validation of the fields that describe an account (sign-up, create-user, new passwords).

#include "core/result.hpp"

#include <string>
#include <string_view>

namespace essaim::auth {

class CommonPasswords;

struct AccountInput {
    std::string email;         //!< as typed; normalised by validate_account
    std::string display_name;  //!< as typed; trimmed by validate_account
    std::string password;
};

//! Normalises `input` in place and returns the field errors ("email", "display_name", "password").
core::FieldErrors validate_account(AccountInput& input, const CommonPasswords& common);


} // namespace essaim::auth
