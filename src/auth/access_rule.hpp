#pragma once
// The one authorization mechanism, route level: every route declares who may reach it, and the
// dispatcher refuses anything not allowed (deny by default: a route cannot be registered without
// a rule). Record-level checks live in each domain's permissions.{hpp,cpp} and use the same Identity.

#include "auth/identity.hpp"

#include <string>
#include <vector>

namespace essaim::auth {

enum class Audience {
    Anyone,    //!< visitors included
    SignedIn,  //!< any account
    AnyOf,     //!< an account holding at least one of `roles`
};

struct AccessRule {
    Audience audience = Audience::AnyOf;
    std::vector<Role> roles;  //!< for AnyOf; empty AnyOf allows nobody

    bool allows(const Identity& identity) const;
    //! For the access matrix and the OpenAPI document: "public", "connecté", "administrateur|instructeur".
    std::string describe() const;
};

inline AccessRule anyone() { return {Audience::Anyone, {}}; }
inline AccessRule signed_in() { return {Audience::SignedIn, {}}; }
inline AccessRule any_of(std::vector<Role> roles) { return {Audience::AnyOf, std::move(roles)}; }
inline AccessRule administrators() { return any_of({Role::Administrateur}); }

} // namespace essaim::auth
