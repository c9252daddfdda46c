#include "mail/outbox_store.hpp"

#include "db/session.hpp"

#include <soci/soci.h>

namespace essaim::mail {

void insert_message(db::Session& session, long long now, const Message& message)
{
    session.sql() << "INSERT INTO outbox (recipient, subject, body_text, created_at, next_attempt_at) "
                     "VALUES (:recipient, :subject, :body, :created, :next)",
        soci::use(message.to), soci::use(message.subject), soci::use(message.text), soci::use(now), soci::use(now);
}

std::vector<QueuedMessage> claim_due(db::Session& session, long long now, int limit, long long lease_seconds)
{
    std::vector<QueuedMessage> claimed;
    db::Transaction transaction(session);
    // Typed `into` rather than soci::row: SQLite reports INTEGER, BIGINT and COUNT(*) as different types.
    QueuedMessage queued;
    soci::statement select = (session.sql().prepare
            << "SELECT id, recipient, subject, body_text, created_at, attempts FROM outbox "
               "WHERE sent_at IS NULL AND next_attempt_at <= :now AND (claimed_until IS NULL OR claimed_until < :now2) "
               "ORDER BY id LIMIT :limit",
        soci::into(queued.id), soci::into(queued.message.to), soci::into(queued.message.subject),
        soci::into(queued.message.text), soci::into(queued.created_at), soci::into(queued.attempts), soci::use(now),
        soci::use(now), soci::use(limit));
    select.execute();
    while (select.fetch())
        claimed.push_back(queued);
    long long until = now + lease_seconds;
    for (const auto& queued : claimed) {
        session.sql() << "UPDATE outbox SET claimed_until = :until, attempts = attempts + 1 WHERE id = :id",
            soci::use(until), soci::use(queued.id);
    }
    transaction.commit();
    return claimed;
}

void mark_sent(db::Session& session, long long id, long long now)
{
    session.sql() << "UPDATE outbox SET sent_at = :now, claimed_until = NULL, last_error = NULL WHERE id = :id",
        soci::use(now), soci::use(id);
}

void mark_failed(db::Session& session, long long id, long long next_attempt_at, const std::string& error)
{
    session.sql() << "UPDATE outbox SET next_attempt_at = :next, claimed_until = NULL, last_error = :error WHERE id = :id",
        soci::use(next_attempt_at), soci::use(error), soci::use(id);
}

} // namespace essaim::mail
