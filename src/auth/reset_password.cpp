#include "auth/reset_password.hpp"

#include "auth/account_mail.hpp"
#include "auth/audit_helpers.hpp"
#include "auth/email_address.hpp"
#include "auth/password_hash.hpp"
#include "auth/password_policy.hpp"
#include "auth/request_limits.hpp"
#include "auth/reset_request_store.hpp"
#include "auth/session_store.hpp"
#include "auth/token_store.hpp"
#include "auth/user_store.hpp"
#include "core/clock.hpp"
#include "core/config.hpp"
#include "core/crypto.hpp"
#include "db/session.hpp"
#include "web/context.hpp"

namespace essaim::auth {

namespace {

core::Error bad_link(std::string message) { return core::Error{core::ErrorKind::BadRequest, std::move(message), {}}; }

} // namespace

core::Result<core::Done> request_password_reset(web::Services& services, db::Session& session, const std::string& email,
    const RequestInfo& request)
{
    auto normalised = normalise_email(email);
    if (email_problem(normalised))
        return core::Done{};
    const auto& config = services.config;
    auto now = services.clock.now();
    // The same statements whether or not the address has an account: the request is only counted
    // and queued here, and the job looks the account up, so the answer's timing tells nothing.
    db::Transaction transaction(session);
    auto wait = take_allowances(session,
        {{"reset.address", network_key(request.remote_address), config.password_resets_per_address},
            {"reset.email", normalised, config.password_resets_per_email}},
        config.account_requests_window_seconds, now);
    if (wait > 0)
        return too_many_requests(wait, "Trop de demandes de réinitialisation ont été envoyées depuis votre réseau ou pour cette adresse.");
    insert_reset_request(session, ResetRequestRow{0, normalised, now, request.remote_address, request.request_id});
    transaction.commit();
    return core::Done{};
}

int send_requested_reset_links(web::Services& services, db::Session& session)
{
    const auto& config = services.config;
    int sent = 0;
    for (const auto& pending : oldest_reset_requests(session, 50)) {
        auto now = services.clock.now();
        db::Transaction transaction(session);
        if (!delete_reset_request(session, pending.id))
            continue;
        auto user = find_user_by_email(session, pending.email);
        // One link per window: the one already sent stays valid (an hour), and a flood of requests
        // for someone's address sends them one e-mail.
        if (user && first_mail_in_window(session, "mail.reset", user->email, config.account_mail_window_seconds, now)) {
            retire_tokens(session, user->id, TokenPurpose::Reset, now);
            auto token = core::random_token(16);
            insert_token(session, core::sha256_hex(token), user->id, TokenPurpose::Reset, now, now + reset_link_seconds);
            mail::enqueue(session, services.clock, reset_mail(config, user->email, token));
            RequestInfo request{pending.remote_address, "", pending.request_id};
            record(session, now, audit_entry(request, 0, "auth.password_reset_requested", "user", std::to_string(user->id)));
            ++sent;
        }
        transaction.commit();
    }
    return sent;
}

core::Result<long long> check_reset_token(web::Services& services, db::Session& session, const std::string& token)
{
    if (token.empty() || token.size() > 64)
        return bad_link("Ce lien de réinitialisation n'est pas valide. Vérifiez qu'il a été copié en entier.");
    auto found = find_token(session, core::sha256_hex(token), TokenPurpose::Reset);
    if (!found)
        return bad_link("Ce lien de réinitialisation n'est pas valide. Vérifiez qu'il a été copié en entier.");
    if (found->used_at != 0)
        return bad_link("Ce lien de réinitialisation a déjà servi. Demandez-en un nouveau si besoin.");
    if (found->expires_at <= services.clock.now())
        return bad_link("Ce lien de réinitialisation a expiré (il est valable une heure). Demandez-en un nouveau.");
    return found->user_id;
}

core::Result<core::Done> reset_password(web::Services& services, db::Session& session, const std::string& token,
    const std::string& new_password, const RequestInfo& request)
{
    auto user_id = check_reset_token(services, session, token);
    if (!user_id)
        return user_id.error();
    auto user = find_user_by_id(session, *user_id);
    if (!user)
        return bad_link("Ce lien de réinitialisation n'est pas valide.");
    if (auto problem = password_problem(new_password, user->email, common_passwords(services.config)))
        return core::Error::invalid({{"password", *problem}});

    auto password_hash = hash_password(services.config, new_password);
    if (!password_hash)
        return password_hash.error();
    auto now = services.clock.now();
    db::Transaction transaction(session);
    if (!mark_token_used(session, core::sha256_hex(token), now))
        return bad_link("Ce lien de réinitialisation a déjà servi. Demandez-en un nouveau si besoin.");
    update_password_hash(session, user->id, *password_hash, now);
    // Opening the link proved the mailbox is theirs, which is what confirmation asks.
    mark_user_confirmed(session, user->id, now);
    int ended = delete_user_sessions(session, user->id);
    mail::enqueue(session, services.clock, password_changed_mail(services.config, user->email));
    auto entry = audit_entry(request, user->id, "auth.password_reset", "user", std::to_string(user->id));
    entry.after_json = json_object({{"sessions_ended", std::to_string(ended)}});
    record(session, now, entry);
    transaction.commit();
    return core::Done{};
}

} // namespace essaim::auth
