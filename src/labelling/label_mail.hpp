#pragma once
// The e-mails a label's holder receives: the grant's details, the withdrawal, and the reminders
// before expiry.

#include "labelling/label.hpp"
#include "mail/outbox.hpp"

#include <string>

namespace essaim::core {
struct Config;
}

namespace essaim::labelling {

//! "/labels/{id}" as an absolute URL: the stable verification address.
std::string label_url(const core::Config& config, long long label_id);

//! "/labels/verifier?code={code}" as an absolute URL: the page that checks a code typed from paper.
std::string label_verification_url(const core::Config& config, const std::string& code);
//! What the e-mail announcing a new label gives: the label's page, its code and its certificate.
std::string label_granted_details(const core::Config& config, const Label& label);

mail::Message label_withdrawal_mail(const core::Config& config, const std::string& email, const Label& label);
//! `days`: 90 or 30, the reminder being sent.
mail::Message label_reminder_mail(const core::Config& config, const std::string& email, const Label& label, int days);

} // namespace essaim::labelling
