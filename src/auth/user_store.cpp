#include "auth/user_store.hpp"

#include "db/session.hpp"

#include <soci/soci.h>

namespace essaim::auth {

namespace {

const char* user_columns = "id, email, display_name, password_hash, confirmed_at, created_at, updated_at, password_changed_at";

std::optional<UserRecord> fetch_user(soci::session& sql, const std::string& where_clause, auto value)
{
    UserRecord user;
    soci::indicator confirmed_indicator = soci::i_ok;
    sql << "SELECT " << user_columns << " FROM users WHERE " << where_clause, soci::use(value), soci::into(user.id),
        soci::into(user.email), soci::into(user.display_name), soci::into(user.password_hash),
        soci::into(user.confirmed_at, confirmed_indicator), soci::into(user.created_at), soci::into(user.updated_at),
        soci::into(user.password_changed_at);
    if (!sql.got_data())
        return std::nullopt;
    if (confirmed_indicator == soci::i_null)
        user.confirmed_at = 0;
    return user;
}

//! LIKE pattern matching `fragment` anywhere, with its wildcards escaped.
std::string contains_pattern(const std::string& fragment)
{
    std::string pattern = "%";
    for (char c : fragment) {
        if (c == '%' || c == '_' || c == '\\')
            pattern += '\\';
        pattern += c;
    }
    return pattern + "%";
}

//! The LIKE pattern of a name: SQLite's LOWER and LIKE fold only ASCII letters, so "élise" would
//! miss "Élise". Each non-ASCII character of the fragment matches any one character instead; an
//! administrator's search may then list a few more accounts, never fewer.
std::string name_pattern_of(const std::string& fragment)
{
    std::string pattern = "%";
    for (std::size_t i = 0; i < fragment.size(); ++i) {
        auto byte = static_cast<unsigned char>(fragment[i]);
        if (byte >= 0x80) {
            // One wildcard per code point: skip its continuation bytes.
            while (i + 1 < fragment.size() && (static_cast<unsigned char>(fragment[i + 1]) & 0xC0) == 0x80)
                ++i;
            pattern += '_';
            continue;
        }
        if (byte == '%' || byte == '_' || byte == '\\')
            pattern += '\\';
        pattern += static_cast<char>(byte);
    }
    return pattern + "%";
}

} // namespace

std::optional<UserRecord> find_user_by_email(db::Session& session, const std::string& email)
{
    return fetch_user(session.sql(), "email = :email", email);
}

std::optional<UserRecord> find_user_by_id(db::Session& session, long long id)
{
    return fetch_user(session.sql(), "id = :id", id);
}

std::optional<long long> insert_user(db::Session& session, const UserRecord& user)
{
    long long id = 0;
    soci::indicator confirmed_indicator = user.confirmed_at != 0 ? soci::i_ok : soci::i_null;
    // ON CONFLICT keeps a concurrent duplicate sign-up from failing the transaction.
    session.sql() << "INSERT INTO users (email, display_name, password_hash, confirmed_at, created_at, updated_at, "
                     "password_changed_at) VALUES (:email, :name, :hash, :confirmed, :created, :updated, :changed) "
                     "ON CONFLICT (email) DO NOTHING RETURNING id",
        soci::use(user.email), soci::use(user.display_name), soci::use(user.password_hash),
        soci::use(user.confirmed_at, confirmed_indicator), soci::use(user.created_at), soci::use(user.created_at),
        soci::use(user.created_at), soci::into(id);
    if (!session.sql().got_data())
        return std::nullopt;
    return id;
}

void mark_user_confirmed(db::Session& session, long long user_id, long long at)
{
    session.sql() << "UPDATE users SET confirmed_at = :at, updated_at = :updated WHERE id = :id AND confirmed_at IS NULL",
        soci::use(at), soci::use(at), soci::use(user_id);
}

void update_password_hash(db::Session& session, long long user_id, const std::string& password_hash, long long at)
{
    session.sql() << "UPDATE users SET password_hash = :hash, password_changed_at = :changed, updated_at = :updated "
                     "WHERE id = :id",
        soci::use(password_hash), soci::use(at), soci::use(at), soci::use(user_id);
}

long long count_users(db::Session& session)
{
    long long count = 0;
    session.sql() << "SELECT COUNT(*) FROM users", soci::into(count);
    return count;
}

std::set<Role> load_granted_roles(db::Session& session, long long user_id)
{
    std::set<Role> roles;
    std::string code;
    soci::statement statement = (session.sql().prepare << "SELECT role FROM user_roles WHERE user_id = :id",
        soci::use(user_id), soci::into(code));
    statement.execute();
    while (statement.fetch()) {
        Role role;
        if (role_from_code(code, role))
            roles.insert(role);
    }
    return roles;
}

bool insert_role(db::Session& session, long long user_id, Role role, long long granted_by, long long at)
{
    std::string code(role_code(role));
    soci::indicator granted_by_indicator = granted_by != 0 ? soci::i_ok : soci::i_null;
    soci::statement statement = (session.sql().prepare
            << "INSERT INTO user_roles (user_id, role, granted_by, granted_at) VALUES (:user, :role, :by, :at) "
               "ON CONFLICT (user_id, role) DO NOTHING",
        soci::use(user_id), soci::use(code), soci::use(granted_by, granted_by_indicator), soci::use(at));
    statement.execute(true);
    return statement.get_affected_rows() == 1;
}

bool delete_role(db::Session& session, long long user_id, Role role)
{
    std::string code(role_code(role));
    soci::statement statement = (session.sql().prepare << "DELETE FROM user_roles WHERE user_id = :user AND role = :role",
        soci::use(user_id), soci::use(code));
    statement.execute(true);
    return statement.get_affected_rows() == 1;
}

std::vector<UserSummary> search_users(db::Session& session, const std::string& fragment, int limit, int offset)
{
    std::string pattern = contains_pattern(fragment);
    std::string name_pattern = name_pattern_of(fragment);
    UserSummary row;
    soci::indicator confirmed_indicator = soci::i_ok;
    std::string role;
    soci::indicator role_indicator = soci::i_ok;
    std::vector<UserSummary> users;
    // The page of users first, then their roles joined in, so that LIMIT counts users, not roles.
    soci::statement statement = (session.sql().prepare
            << "SELECT u.id, u.email, u.display_name, u.confirmed_at, u.created_at, r.role FROM "
               "(SELECT id, email, display_name, confirmed_at, created_at FROM users WHERE email LIKE :pattern ESCAPE '\\' "
               "OR LOWER(display_name) LIKE :name_pattern ESCAPE '\\' ORDER BY email LIMIT :limit OFFSET :offset) u LEFT JOIN user_roles r ON r.user_id = u.id "
               "ORDER BY u.email, r.role",
        soci::use(pattern), soci::use(name_pattern), soci::use(limit), soci::use(offset), soci::into(row.id), soci::into(row.email),
        soci::into(row.display_name), soci::into(row.confirmed_at, confirmed_indicator), soci::into(row.created_at),
        soci::into(role, role_indicator));
    statement.execute();
    while (statement.fetch()) {
        if (users.empty() || users.back().id != row.id) {
            users.push_back(row);
            if (confirmed_indicator == soci::i_null)
                users.back().confirmed_at = 0;
            users.back().roles.clear();
        }
        Role parsed;
        if (role_indicator == soci::i_ok && role_from_code(role, parsed))
            users.back().roles.insert(parsed);
    }
    return users;
}

long long count_matching_users(db::Session& session, const std::string& fragment)
{
    std::string pattern = contains_pattern(fragment);
    std::string name_pattern = name_pattern_of(fragment);
    long long count = 0;
    session.sql() << "SELECT COUNT(*) FROM users WHERE email LIKE :pattern ESCAPE '\\' "
                     "OR LOWER(display_name) LIKE :name_pattern ESCAPE '\\'",
        soci::use(pattern), soci::use(name_pattern), soci::into(count);
    return count;
}

} // namespace essaim::auth
