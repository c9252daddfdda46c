#pragma once
// SQL for the record of failed sign-ins that throttling counts.

#include <string>
#include <vector>

namespace essaim::db {
class Session;
}

namespace essaim::auth {

enum class FailureKey { Account, Address };

void record_failure(db::Session& session, FailureKey kind, const std::string& key, long long at);
//! Times of the failures for `key` after `after`, oldest first.
std::vector<long long> failures_after(db::Session& session, FailureKey kind, const std::string& key, long long after);
void clear_failures(db::Session& session, FailureKey kind, const std::string& key);
//! Forgets failures at or before `before` (they no longer count).
int purge_failures(db::Session& session, long long before);

} // namespace essaim::auth
