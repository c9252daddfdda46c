#include "auth/identity.hpp"

namespace essaim::auth {

std::string_view role_code(Role role)
{
    switch (role) {
    case Role::Membre: return "membre";
    case Role::Accompagnateur: return "accompagnateur";
    case Role::Financeur: return "financeur";
    case Role::Instructeur: return "instructeur";
    case Role::Expert: return "expert";
    case Role::HackerPublic: return "hacker_public";
    case Role::AgentPublic: return "agent_public";
    case Role::Administrateur: return "administrateur";
    }
    return "membre";
}

std::string_view role_label(Role role)
{
    switch (role) {
    case Role::Membre: return "Membre";
    case Role::Accompagnateur: return "Structure d'accompagnement";
    case Role::Financeur: return "Financeur";
    case Role::Instructeur: return "Instructeur";
    case Role::Expert: return "Expert";
    case Role::HackerPublic: return "Hacker public";
    case Role::AgentPublic: return "Agent public";
    case Role::Administrateur: return "Administrateur";
    }
    return "Membre";
}

bool role_from_code(std::string_view code, Role& role)
{
    for (Role candidate : all_roles) {
        if (role_code(candidate) == code) {
            role = candidate;
            return true;
        }
    }
    return false;
}

} // namespace essaim::auth
