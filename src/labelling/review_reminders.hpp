#pragma once
// The reminders job: an expert whose opinion is past its due date gets a reminder, then one a
// week until they give it (or the request ends).

namespace essaim::web {
struct Services;
}

namespace essaim::labelling {

//! How long between two reminders of the same request.
inline constexpr long long review_reminder_interval_seconds = 7 * 24 * 3600;

//! Sends the reminders due at the services' clock; answers how many were sent.
int send_review_reminders(web::Services& services);

} // namespace essaim::labelling
