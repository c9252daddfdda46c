#include "auth/sign_up.hpp"

#include "auth/account_mail.hpp"
#include "auth/audit_helpers.hpp"
#include "auth/password_hash.hpp"
#include "auth/password_policy.hpp"
#include "auth/request_limits.hpp"
#include "auth/token_store.hpp"
#include "auth/user_store.hpp"
#include "core/clock.hpp"
#include "core/config.hpp"
#include "core/crypto.hpp"
#include "db/session.hpp"
#include "web/context.hpp"

namespace essaim::auth {

core::Result<core::Done> sign_up(web::Services& services, db::Session& session, AccountInput& input, const RequestInfo& request)
{
    auto errors = validate_account(input, common_passwords(services.config));
    if (!errors.empty())
        return core::Error::invalid(std::move(errors));

    // Counted before any hash: a valid form is what costs, whether or not the address is taken.
    const auto& config = services.config;
    auto now = services.clock.now();
    {
        db::Transaction transaction(session);
        auto wait = take_allowances(session,
            {{"sign_up.address", network_key(request.remote_address), config.sign_ups_per_address},
                {"sign_up.email", input.email, config.sign_ups_per_email}},
            config.account_requests_window_seconds, now);
        if (wait > 0)
            return too_many_requests(wait, "Trop de demandes d’inscription ont été envoyées depuis votre réseau ou pour cette adresse.");
        transaction.commit();
    }

    // Hashed before the transaction, and even for a taken address: the write lock is not held
    // during the ~0.1 s of argon2id, and both answers take the same time.
    auto password_hash = hash_password(config, input.password);
    if (!password_hash)
        return password_hash.error();

    db::Transaction transaction(session);
    UserRecord user;
    user.email = input.email;
    user.display_name = input.display_name;
    user.password_hash = *password_hash;
    user.created_at = now;
    auto id = insert_user(session, user);
    if (!id) {
        // One warning per window: a flood of sign-ups with someone's address sends them one e-mail.
        if (first_mail_in_window(session, "mail.already_registered", input.email, config.account_mail_window_seconds, now))
            mail::enqueue(session, services.clock, already_registered_mail(config, input.email));
        auto entry = audit_entry(request, 0, "auth.sign_up_address_taken", "user", "");
        entry.after_json = json_object({{"email", input.email}});
        record(session, now, entry);
        transaction.commit();
        return core::Done{};
    }
    auto token = core::random_token(16);
    insert_token(session, core::sha256_hex(token), *id, TokenPurpose::Confirm, now, now + confirmation_link_seconds);
    mail::enqueue(session, services.clock, confirmation_mail(services.config, input.email, token));
    auto entry = audit_entry(request, *id, "auth.sign_up", "user", std::to_string(*id));
    entry.after_json = json_object({{"email", input.email}, {"display_name", input.display_name}});
    record(session, now, entry);
    transaction.commit();
    return core::Done{};
}

} // namespace essaim::auth
