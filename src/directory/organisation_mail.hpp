#pragma once
// The e-mails of moderation: to an organisation's owners about its profile, to a member about a claim.

#include "mail/outbox.hpp"

#include <string>

namespace essaim::core {
struct Config;
}

namespace essaim::directory {

mail::Message published_mail(const core::Config& config, const std::string& email, const std::string& organisation_name,
    long long organisation_id);
mail::Message refused_mail(const core::Config& config, const std::string& email, const std::string& organisation_name,
    long long organisation_id, const std::string& reason);

//! To a member whose claim an administrator accepted or refused.
mail::Message claim_accepted_mail(const core::Config& config, const std::string& email, const std::string& organisation_name,
    long long organisation_id);
mail::Message claim_refused_mail(const core::Config& config, const std::string& email, const std::string& organisation_name,
    const std::string& reason);

//! To the member who asked to change an organisation's name or identifiers (`changes`: one line each).
mail::Message identity_change_accepted_mail(const core::Config& config, const std::string& email,
    const std::string& organisation_name, long long organisation_id, const std::string& changes);
mail::Message identity_change_refused_mail(const core::Config& config, const std::string& email,
    const std::string& organisation_name, long long organisation_id, const std::string& changes, const std::string& reason);

} // namespace essaim::directory
