#pragma once
// SQL for the record of failed sign-ins that throttling counts. An attempt is reserved (a pending
// failure) before its password is checked, so that parallel attempts cannot all pass one count.

#include <string>
#include <vector>

namespace essaim::db {
class Session;
}

namespace essaim::auth {

enum class FailureKey { Account, Address };

//! A pending failure for `key`, named by `reservation`; counted like a failure until settled.
void reserve_failure(db::Session& session, FailureKey kind, const std::string& key, long long at,
    const std::string& reservation);
//! The reservation's rows become plain failures (the password was wrong).
void confirm_reservation(db::Session& session, const std::string& reservation);
//! The reservation's rows are deleted (the password was right, or it could not be checked).
void release_reservation(db::Session& session, const std::string& reservation);
//! Times of the failures (pending ones included) for `key` after `after`, oldest first.
std::vector<long long> failures_after(db::Session& session, FailureKey kind, const std::string& key, long long after);
//! Forgets the settled failures for `key`; attempts still in flight keep their reservation.
void clear_failures(db::Session& session, FailureKey kind, const std::string& key);
//! Forgets failures at or before `before` (they no longer count).
int purge_failures(db::Session& session, long long before);

} // namespace essaim::auth
