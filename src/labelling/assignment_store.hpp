#pragma once
// SQL of the assignment of dossiers to instructeurs.

#include "labelling/assignment.hpp"

#include <optional>
#include <string>
#include <vector>

namespace essaim::db {
class Session;
}

namespace essaim::labelling {

//! The call's team members holding the instructeur role, with their regions and loads, by user id.
std::vector<AssignmentCandidate> assignment_candidates(db::Session& session, long long call_id);

//! Sets the dossier's instructeur and stamps updated_at.
void set_dossier_instructor(db::Session& session, long long dossier_id, long long user_id, long long now);

struct Account {
    long long user_id = 0;
    std::string name;
    std::string email;
};

//! The call's team members holding the instructeur role, by name.
std::vector<Account> call_instructor_accounts(db::Session& session, long long call_id);
std::optional<Account> find_account(db::Session& session, long long user_id);
//! Whether the account holds the platform role (its code, e.g. "expert").
bool account_has_role(db::Session& session, long long user_id, const std::string& role_code);
//! Accounts holding the role, by name.
std::vector<Account> accounts_with_role(db::Session& session, const std::string& role_code);

} // namespace essaim::labelling
