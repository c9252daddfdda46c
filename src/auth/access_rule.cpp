#include "auth/access_rule.hpp"

namespace essaim::auth {

bool AccessRule::allows(const Identity& identity) const
{
    switch (audience) {
    case Audience::Anyone: return true;
    case Audience::SignedIn: return identity.signed_in();
    case Audience::AnyOf:
        if (!identity.signed_in())
            return false;
        for (Role role : roles) {
            if (identity.has(role))
                return true;
        }
        return false;
    }
    return false;
}

std::string AccessRule::describe() const
{
    switch (audience) {
    case Audience::Anyone: return "public";
    case Audience::SignedIn: return "connecté";
    case Audience::AnyOf: break;
    }
    std::string text;
    for (Role role : roles) {
        if (!text.empty())
            text += '|';
        text += role_code(role);
    }
    return text.empty() ? "personne" : text;
}

} // namespace essaim::auth
