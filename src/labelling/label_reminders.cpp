#include "labelling/label_reminders.hpp"

#include "core/calendar.hpp"
#include "core/clock.hpp"
#include "db/session.hpp"
#include "labelling/label_mail.hpp"
#include "labelling/label_store.hpp"
#include "mail/outbox.hpp"
#include "web/context.hpp"
#include "web/registry.hpp"

#include <chrono>

namespace essaim::labelling {

int send_label_reminders(web::Services& services)
{
    auto lease = services.pool.acquire();
    auto& session = *lease;
    auto now = services.clock.now();
    auto today = core::iso_day(now);
    int reminded = 0;
    db::Transaction transaction(session);
    // The 30-day reminder first: a label found within 30 days that never had the 90-day one (granted
    // late, or the job was down) gets only the nearer, more useful reminder, and both stamps.
    for (int days : {30, 90}) {
        for (const auto& label : labels_to_remind(session, today, core::add_days(today, days), days)) {
            if (days == 90 && label.reminded_30_at != 0)
                continue;
            for (const auto& email : organisation_owner_emails(session, label.organisation_id))
                mail::enqueue(session, services.clock, label_reminder_mail(services.config, email, label, days));
            mark_label_reminded(session, label.id, days, now);
            if (days == 30 && label.reminded_90_at == 0)
                mark_label_reminded(session, label.id, 90, now);
            ++reminded;
        }
    }
    transaction.commit();
    return reminded;
}

void register_label_reminders(web::Registry& registry)
{
    registry.add_job(web::Job{label_reminders_job, std::chrono::hours(1),
        [](web::Services& services) { send_label_reminders(services); }});
}

} // namespace essaim::labelling
