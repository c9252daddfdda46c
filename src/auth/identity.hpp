#pragma once
// Who is making the request. Plain data, resolved from the session cookie on every request.

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace essaim::auth {

//! Platform roles (DESIGN.md). Every account is a membre; the others are granted by an administrator.
enum class Role {
    Membre,
    Accompagnateur,  //!< structure d'accompagnement
    Financeur,
    Instructeur,
    Expert,
    HackerPublic,
    AgentPublic,
    Administrateur,
};

inline constexpr Role all_roles[] = {Role::Membre, Role::Accompagnateur, Role::Financeur, Role::Instructeur,
    Role::Expert, Role::HackerPublic, Role::AgentPublic, Role::Administrateur};

//! Stable identifier stored in the database ("administrateur").
std::string_view role_code(Role role);
//! French label shown to users ("Administrateur").
std::string_view role_label(Role role);
bool role_from_code(std::string_view code, Role& role);

struct Identity {
    long long user_id = 0;
    std::string email;
    std::string display_name;
    std::set<Role> roles;
    //! Hash of the session token; identifies the session row without holding the secret.
    std::string session_key;

    bool signed_in() const { return user_id != 0; }
    bool has(Role role) const { return roles.count(role) != 0; }
};

} // namespace essaim::auth
