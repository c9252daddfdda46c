#include "labelling/review_reminders.hpp"

#include "core/calendar.hpp"
#include "core/clock.hpp"
#include "db/session.hpp"
#include "labelling/review.hpp"
#include "labelling/review_mail.hpp"
#include "labelling/review_store.hpp"
#include "mail/outbox.hpp"
#include "web/context.hpp"

namespace essaim::labelling {

int send_review_reminders(web::Services& services)
{
    auto lease = services.pool.acquire();
    auto& session = *lease;
    auto now = services.clock.now();
    db::Transaction transaction(session);
    auto overdue = list_overdue_reviews(session, core::iso_day(now), now - review_reminder_interval_seconds);
    for (const auto& review : overdue) {
        mail::enqueue(session, services.clock,
            review_reminder_mail(services.config, review.expert_email, review.call_title, review.dossier_id, review.id,
                review.due_on));
        mark_reminded(session, review.id, now);
    }
    transaction.commit();
    return static_cast<int>(overdue.size());
}

} // namespace essaim::labelling
