#pragma once
// SQL for server-side sessions. Rows are keyed by the SHA-256 of the cookie's token.

#include <optional>
#include <string>
#include <vector>

namespace essaim::db {
class Session;
}

namespace essaim::auth {

struct SessionRow {
    std::string key;        //!< sha256 hex of the token
    std::string public_id;  //!< names the session in pages; not a secret
    long long user_id = 0;
    long long created_at = 0;
    long long last_seen_at = 0;
    std::string remote_address;
    std::string user_agent;
};

void insert_session(db::Session& session, const SessionRow& row);
std::optional<SessionRow> find_session(db::Session& session, const std::string& key);
void touch_session(db::Session& session, const std::string& key, long long at);
void delete_session(db::Session& session, const std::string& key);
//! Deletes `user_id`'s session named `public_id`; false when there is none.
bool delete_session_by_public_id(db::Session& session, long long user_id, const std::string& public_id);
//! Returns how many were deleted.
int delete_user_sessions(db::Session& session, long long user_id);
int delete_other_sessions(db::Session& session, long long user_id, const std::string& kept_key);
//! Gives the session keyed `old_key` the key `new_key` (a new token for the same session); false when none.
bool rekey_session(db::Session& session, const std::string& old_key, const std::string& new_key);
//! Newest activity first.
std::vector<SessionRow> list_user_sessions(db::Session& session, long long user_id);
//! Removes sessions idle since before `idle_before` or created before `created_before`.
int delete_expired_sessions(db::Session& session, long long idle_before, long long created_before);
long long count_sessions(db::Session& session);

} // namespace essaim::auth
