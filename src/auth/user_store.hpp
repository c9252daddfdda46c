#pragma once
// SQL for accounts and their granted roles.

#include "auth/identity.hpp"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace essaim::db {
class Session;
}

namespace essaim::auth {

struct UserRecord {
    long long id = 0;
    std::string email;
    std::string display_name;
    std::string password_hash;
    long long confirmed_at = 0;  //!< 0 = not confirmed yet
    long long created_at = 0;
    long long updated_at = 0;
    long long password_changed_at = 0;

    bool confirmed() const { return confirmed_at != 0; }
};

std::optional<UserRecord> find_user_by_email(db::Session& session, const std::string& email);
std::optional<UserRecord> find_user_by_id(db::Session& session, long long id);

//! Inserts the account (id ignored; confirmed_at 0 = unconfirmed); nothing when the e-mail is taken.
std::optional<long long> insert_user(db::Session& session, const UserRecord& user);
void mark_user_confirmed(db::Session& session, long long user_id, long long at);
void update_password_hash(db::Session& session, long long user_id, const std::string& password_hash, long long at);
long long count_users(db::Session& session);

//! The roles granted to the account (Membre is implicit and never stored).
std::set<Role> load_granted_roles(db::Session& session, long long user_id);
//! False when the account already held the role.
bool insert_role(db::Session& session, long long user_id, Role role, long long granted_by, long long at);
//! False when the account did not hold the role.
bool delete_role(db::Session& session, long long user_id, Role role);

struct UserSummary {
    long long id = 0;
    std::string email;
    std::string display_name;
    long long confirmed_at = 0;
    long long created_at = 0;
    std::set<Role> roles;  //!< granted roles
};

//! Accounts whose e-mail or displayed name contains `fragment` (lower-case; "" = all), by e-mail. Names
//! are compared in lower case, so "dupont" finds "Claire Dupont".
std::vector<UserSummary> search_users(db::Session& session, const std::string& fragment, int limit, int offset);
long long count_matching_users(db::Session& session, const std::string& fragment);

} // namespace essaim::auth
