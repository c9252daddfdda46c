#pragma once
// The texts of the e-mails the account use cases queue.

#include "mail/outbox.hpp"

#include <string>

namespace essaim::core {
struct Config;
}

namespace essaim::auth {

//! Lifetimes of the links sent by e-mail.
inline constexpr long long confirmation_link_seconds = 48 * 60 * 60;
inline constexpr long long reset_link_seconds = 60 * 60;

mail::Message confirmation_mail(const core::Config& config, const std::string& email, const std::string& token);
//! To the owner of an address someone tried to sign up with again.
mail::Message already_registered_mail(const core::Config& config, const std::string& email);
mail::Message reset_mail(const core::Config& config, const std::string& email, const std::string& token);
//! Notice after a password change or reset, so that an owner learns of a change they did not make.
mail::Message password_changed_mail(const core::Config& config, const std::string& email);
//! To the owner of an account that failed sign-ins have just locked for `how_long` ("15 minutes").
mail::Message lockout_mail(const core::Config& config, const std::string& email, const std::string& how_long);

} // namespace essaim::auth
