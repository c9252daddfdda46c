#pragma once
// The e-mails a label's holder receives: the withdrawal, and the reminders before expiry.

#include "labelling/label.hpp"
#include "mail/outbox.hpp"

#include <string>

namespace essaim::core {
struct Config;
}

namespace essaim::labelling {

//! "/labels/{id}" as an absolute URL: the stable verification address.
std::string label_url(const core::Config& config, long long label_id);

mail::Message label_withdrawal_mail(const core::Config& config, const std::string& email, const Label& label);
//! `days`: 90 or 30, the reminder being sent.
mail::Message label_reminder_mail(const core::Config& config, const std::string& email, const Label& label, int days);

} // namespace essaim::labelling
