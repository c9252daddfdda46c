#include "auth/manage_roles.hpp"

#include "auth/audit_helpers.hpp"
#include "auth/user_store.hpp"
#include "core/clock.hpp"
#include "db/session.hpp"
#include "web/context.hpp"

namespace essaim::auth {

core::Result<core::Done> change_role(web::Services& services, db::Session& session, const Identity& actor,
    long long user_id, Role role, RoleChange change, const RequestInfo& request)
{
    // The route already requires administrators; checked again here because this is the use case's rule.
    if (!actor.has(Role::Administrateur))
        return core::Error::forbidden("Seuls les administrateurs peuvent changer les rôles.");
    if (role == Role::Membre)
        return core::Error::invalid({{"role", "Le rôle membre appartient à tous les comptes ; il ne s'accorde ni ne se retire."}});
    if (change == RoleChange::Revoke && role == Role::Administrateur && user_id == actor.user_id)
        return core::Error::forbidden("Vous ne pouvez pas retirer votre propre rôle d'administrateur : demandez-le à un autre administrateur.");

    auto now = services.clock.now();
    db::Transaction transaction(session);
    auto user = find_user_by_id(session, user_id);
    if (!user)
        return core::Error::not_found("Ce compte n'existe pas.");
    auto before = load_granted_roles(session, user_id);
    bool changed = change == RoleChange::Grant ? insert_role(session, user_id, role, actor.user_id, now)
                                               : delete_role(session, user_id, role);
    if (!changed)
        return core::Error::conflict(change == RoleChange::Grant ? "Ce compte a déjà ce rôle." : "Ce compte n'a pas ce rôle.");
    auto after = load_granted_roles(session, user_id);
    auto entry = audit_entry(request, actor.user_id, change == RoleChange::Grant ? "auth.role_granted" : "auth.role_revoked",
        "user", std::to_string(user_id));
    entry.before_json = roles_json(before);
    entry.after_json = roles_json(after);
    record(session, now, entry);
    transaction.commit();
    return core::Done{};
}

} // namespace essaim::auth
