#include "auth/change_password.hpp"

#include "auth/account_mail.hpp"
#include "auth/audit_helpers.hpp"
#include "auth/password_hash.hpp"
#include "auth/password_policy.hpp"
#include "auth/session_store.hpp"
#include "auth/throttle.hpp"
#include "auth/user_store.hpp"
#include "core/clock.hpp"
#include "core/crypto.hpp"
#include "db/session.hpp"
#include "web/context.hpp"

namespace essaim::auth {

core::Result<std::string> change_password(web::Services& services, db::Session& session, const Identity& identity,
    const std::string& current_password, const std::string& new_password, const RequestInfo& request)
{
    auto user = find_user_by_id(session, identity.user_id);
    if (!user)
        return core::Error::not_found("Ce compte n'existe plus.");
    core::FieldErrors errors;
    if (current_password.empty())
        errors["current_password"] = "Saisissez votre mot de passe actuel.";
    else {
        auto right = check_current_password(services, session, *user, current_password, request);
        if (!right)
            return right.error();
        if (!*right)
            errors["current_password"] = "Le mot de passe actuel est incorrect.";
    }
    if (auto problem = password_problem(new_password, user->email, common_passwords(services.config)))
        errors["new_password"] = *problem;
    else if (new_password == current_password)
        errors["new_password"] = "Le nouveau mot de passe doit être différent de l'actuel.";
    if (!errors.empty())
        return core::Error::invalid(std::move(errors));

    auto password_hash = hash_password(services.config, new_password);
    if (!password_hash)
        return password_hash.error();
    auto now = services.clock.now();
    db::Transaction transaction(session);
    update_password_hash(session, user->id, *password_hash, now);
    int ended = delete_other_sessions(session, user->id, identity.session_key);
    // Rotation: the session goes on under a new token, so whoever copied the old one is out too.
    auto token = core::random_token(16);
    rekey_session(session, identity.session_key, core::sha256_hex(token));
    mail::enqueue(session, services.clock, password_changed_mail(services.config, user->email));
    auto entry = audit_entry(request, user->id, "auth.password_changed", "user", std::to_string(user->id));
    entry.after_json = json_object({{"other_sessions_ended", std::to_string(ended)}});
    record(session, now, entry);
    transaction.commit();
    return token;
}

} // namespace essaim::auth
