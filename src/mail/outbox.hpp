#pragma once
// E-mails are never sent inline: a use case writes them to the `outbox` table in its own
// transaction, and a background job delivers them — as .eml files under var/mail/ in
// development, or over SMTP (libcurl) when [smtp] is configured. A failed delivery is retried.

#include <string>

namespace essaim::db {
class Session;
}
namespace essaim::core {
struct Config;
class Clock;
} // namespace essaim::core

namespace essaim::mail {

struct Message {
    std::string to;       //!< one address
    std::string subject;  //!< UTF-8; encoded for the headers on delivery
    std::string text;     //!< UTF-8 plain-text body
};

//! Queues `message`; call inside the caller's transaction so mail and state commit together.
void enqueue(db::Session& session, const core::Clock& clock, const Message& message);

//! Delivers up to `limit` pending messages; returns how many were delivered. Used by the job.
int deliver_pending(db::Session& session, const core::Config& config, const core::Clock& clock, int limit = 50);

} // namespace essaim::mail
