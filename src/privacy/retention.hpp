#pragma once
// The retention job: accounts never confirmed and dossier drafts left untouched are deleted after
// the periods of [privacy], each after a notice e-mail sent notice_days before.

#include <string>

namespace essaim::web {
struct Services;
class Registry;
} // namespace essaim::web

namespace essaim::privacy {

inline constexpr const char* retention_job = "privacy.retention";

struct RetentionOutcome {
    int accounts_reminded = 0;
    int accounts_deleted = 0;
    int drafts_notified = 0;
    int drafts_deleted = 0;
};

//! One pass of the job at the clock's current time (tests call it after moving the ManualClock).
RetentionOutcome run_retention(web::Services& services);

//! Registers the daily job.
void register_retention_job(web::Registry& registry);

} // namespace essaim::privacy
