#pragma once
// SQL for one-time e-mail tokens (address confirmation, password reset), stored hashed.

#include <optional>
#include <string>

namespace essaim::db {
class Session;
}

namespace essaim::auth {

enum class TokenPurpose { Confirm, Reset };

struct TokenRow {
    long long user_id = 0;
    long long expires_at = 0;
    long long used_at = 0;  //!< 0 = not used yet
};

void insert_token(db::Session& session, const std::string& hash, long long user_id, TokenPurpose purpose,
    long long created_at, long long expires_at);
std::optional<TokenRow> find_token(db::Session& session, const std::string& hash, TokenPurpose purpose);
//! Marks the token used; false when it already was (a concurrent use won).
bool mark_token_used(db::Session& session, const std::string& hash, long long at);
//! Marks every unused token of `user_id` for `purpose` as used, so an older link stops working.
void retire_tokens(db::Session& session, long long user_id, TokenPurpose purpose, long long at);
//! Removes tokens expired before `before`.
int delete_expired_tokens(db::Session& session, long long before);

} // namespace essaim::auth
