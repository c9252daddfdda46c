#include "mail/outbox.hpp"

#include "core/clock.hpp"
#include "core/config.hpp"
#include "core/log.hpp"
#include "mail/delivery.hpp"
#include "mail/message_format.hpp"
#include "mail/outbox_store.hpp"

#include <stdexcept>

namespace essaim::mail {

namespace {

//! Waits longer after each failure: 1 min, 2, 4 … capped at 6 h.
long long retry_delay_seconds(int attempts)
{
    long long delay = 60;
    for (int i = 1; i < attempts && delay < 6 * 3600; ++i)
        delay *= 2;
    return std::min(delay, 6LL * 3600);
}

} // namespace

void enqueue(db::Session& session, const core::Clock& clock, const Message& message)
{
    // Addresses reach mail headers: one that could inject a header is a programming error upstream.
    if (!is_header_safe_address(message.to))
        throw std::invalid_argument("refusing to queue mail to an unsafe address");
    insert_message(session, clock.now(), message);
}

int deliver_pending(db::Session& session, const core::Config& config, const core::Clock& clock, int limit)
{
    int delivered = 0;
    for (const auto& queued : claim_due(session, clock.now(), limit, 120)) {
        std::string message_id = "<" + std::to_string(queued.id) + "." + std::to_string(queued.created_at) + "@essaim>";
        std::string content = format_message(queued.message, config.mail_from, queued.created_at, message_id);
        try {
            if (config.smtp.url.empty())
                write_eml_file(config, std::to_string(queued.created_at) + "-" + std::to_string(queued.id), content);
            else
                send_smtp(config, queued.message.to, content);
            mark_sent(session, queued.id, clock.now());
            ++delivered;
        } catch (const std::exception& failure) {
            core::log::warn("mail delivery failed",
                {core::log::field("outbox_id", queued.id), core::log::field("error", failure.what())});
            mark_failed(session, queued.id, clock.now() + retry_delay_seconds(queued.attempts + 1), failure.what());
        }
    }
    return delivered;
}

} // namespace essaim::mail
