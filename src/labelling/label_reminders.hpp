#pragma once
// The job that reminds a label's holder of its expiry, 90 days and then 30 days before it: each
// reminder goes once to the organisation's owners, and is stamped on the label.

namespace essaim::web {
class Registry;
struct Services;
}

namespace essaim::labelling {

//! The job's name in the registry.
inline constexpr const char* label_reminders_job = "labelling.label_reminders";

//! Sends the reminders due today (the clock's day, UTC); answers how many labels were reminded.
int send_label_reminders(web::Services& services);

//! Registers the job (every hour).
void register_label_reminders(web::Registry& registry);

} // namespace essaim::labelling
