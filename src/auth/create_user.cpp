#include "auth/create_user.hpp"

#include "auth/account_form.hpp"
#include "auth/audit_helpers.hpp"
#include "auth/password_hash.hpp"
#include "auth/password_policy.hpp"
#include "auth/user_store.hpp"
#include "core/clock.hpp"
#include "db/session.hpp"
#include "web/context.hpp"

namespace essaim::auth {

core::Result<long long> create_confirmed_user(web::Services& services, db::Session& session, const std::string& email,
    const std::string& display_name, const std::string& password, const std::vector<Role>& roles)
{
    AccountInput input{email, display_name, password};
    auto errors = validate_account(input, common_passwords(services.config));
    if (!errors.empty())
        return core::Error::invalid(std::move(errors));
    auto password_hash = hash_password(services.config, input.password);
    if (!password_hash)
        return password_hash.error();
    auto now = services.clock.now();

    db::Transaction transaction(session);
    UserRecord user;
    user.email = input.email;
    user.display_name = input.display_name;
    user.password_hash = *password_hash;
    user.confirmed_at = now;
    user.created_at = now;
    auto id = insert_user(session, user);
    if (!id)
        return core::Error::conflict("Un compte existe déjà avec cette adresse électronique.");
    std::set<Role> granted;
    for (Role role : roles) {
        if (role != Role::Membre && insert_role(session, *id, role, 0, now))
            granted.insert(role);
    }
    // The actor is the system: this runs from the command line or the demo seeder, not a request.
    auto entry = audit_entry(RequestInfo{}, 0, "auth.user_created", "user", std::to_string(*id));
    entry.after_json = json_object({{"email", input.email}, {"display_name", input.display_name}});
    record(session, now, entry);
    if (!granted.empty()) {
        auto role_entry = audit_entry(RequestInfo{}, 0, "auth.role_granted", "user", std::to_string(*id));
        role_entry.before_json = roles_json({});
        role_entry.after_json = roles_json(granted);
        record(session, now, role_entry);
    }
    transaction.commit();
    return *id;
}

} // namespace essaim::auth
