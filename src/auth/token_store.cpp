#include "auth/token_store.hpp"

#include "db/session.hpp"

#include <soci/soci.h>

namespace essaim::auth {

namespace {

std::string purpose_code(TokenPurpose purpose) { return purpose == TokenPurpose::Confirm ? "confirm" : "reset"; }

} // namespace

void insert_token(db::Session& session, const std::string& hash, long long user_id, TokenPurpose purpose,
    long long created_at, long long expires_at)
{
    std::string purpose_text = purpose_code(purpose);
    session.sql() << "INSERT INTO one_time_tokens (hash, user_id, purpose, created_at, expires_at) "
                     "VALUES (:hash, :user, :purpose, :created, :expires)",
        soci::use(hash), soci::use(user_id), soci::use(purpose_text), soci::use(created_at), soci::use(expires_at);
}

std::optional<TokenRow> find_token(db::Session& session, const std::string& hash, TokenPurpose purpose)
{
    std::string purpose_text = purpose_code(purpose);
    TokenRow row;
    soci::indicator used_indicator = soci::i_ok;
    session.sql() << "SELECT user_id, expires_at, used_at FROM one_time_tokens WHERE hash = :hash AND purpose = :purpose",
        soci::use(hash), soci::use(purpose_text), soci::into(row.user_id), soci::into(row.expires_at),
        soci::into(row.used_at, used_indicator);
    if (!session.sql().got_data())
        return std::nullopt;
    if (used_indicator == soci::i_null)
        row.used_at = 0;
    return row;
}

bool mark_token_used(db::Session& session, const std::string& hash, long long at)
{
    soci::statement statement = (session.sql().prepare
            << "UPDATE one_time_tokens SET used_at = :at WHERE hash = :hash AND used_at IS NULL",
        soci::use(at), soci::use(hash));
    statement.execute(true);
    return statement.get_affected_rows() == 1;
}

void retire_tokens(db::Session& session, long long user_id, TokenPurpose purpose, long long at)
{
    std::string purpose_text = purpose_code(purpose);
    session.sql() << "UPDATE one_time_tokens SET used_at = :at WHERE user_id = :user AND purpose = :purpose "
                     "AND used_at IS NULL",
        soci::use(at), soci::use(user_id), soci::use(purpose_text);
}

int delete_expired_tokens(db::Session& session, long long before)
{
    soci::statement statement = (session.sql().prepare << "DELETE FROM one_time_tokens WHERE expires_at <= :before",
        soci::use(before));
    statement.execute(true);
    return static_cast<int>(statement.get_affected_rows());
}

} // namespace essaim::auth
