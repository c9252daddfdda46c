#pragma once
// SQL for the counts that bound the anonymous account forms (account_request_events), and the
// lock that makes a count and its new entry one step on both databases.

#include <string>
#include <vector>

namespace essaim::db {
class Session;
}

namespace essaim::auth {

//! Inside a transaction: waits until no other transaction holds any of `keys`, and holds them until
//! this one ends. SQLite's transactions already hold the write lock (BEGIN IMMEDIATE), which
//! serialises every writer; PostgreSQL takes transaction advisory locks, in sorted order so that
//! two transactions taking the same keys cannot deadlock.
void lock_keys(db::Session& session, std::vector<std::string> keys);

//! Times of the events of `kind` for `key` after `after`, oldest first.
std::vector<long long> event_times_after(db::Session& session, const std::string& kind, const std::string& key,
    long long after);
void record_event(db::Session& session, const std::string& kind, const std::string& key, long long at);
//! Forgets events at or before `before`; returns how many.
int purge_events(db::Session& session, long long before);

} // namespace essaim::auth
