#pragma once
// SQL of the outbox table.

#include "mail/outbox.hpp"

#include <vector>

namespace essaim::mail {

struct QueuedMessage {
    long long id = 0;
    long long created_at = 0;
    int attempts = 0;
    Message message;
};

void insert_message(db::Session& session, long long now, const Message& message);
//! Claims up to `limit` due messages for `lease_seconds`, so two nodes never send the same one.
std::vector<QueuedMessage> claim_due(db::Session& session, long long now, int limit, long long lease_seconds);
void mark_sent(db::Session& session, long long id, long long now);
void mark_failed(db::Session& session, long long id, long long next_attempt_at, const std::string& error);

} // namespace essaim::mail
