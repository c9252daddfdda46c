#include "auth/confirm_email.hpp"

#include "auth/account_mail.hpp"
#include "auth/audit_helpers.hpp"
#include "auth/email_address.hpp"
#include "auth/token_store.hpp"
#include "auth/user_store.hpp"
#include "core/clock.hpp"
#include "core/crypto.hpp"
#include "db/session.hpp"
#include "web/context.hpp"

namespace essaim::auth {

namespace {

core::Error bad_link(std::string message) { return core::Error{core::ErrorKind::BadRequest, std::move(message), {}}; }

} // namespace

core::Result<core::Done> confirm_email(web::Services& services, db::Session& session, const std::string& token,
    const RequestInfo& request)
{
    if (token.empty() || token.size() > 64)
        return bad_link("Ce lien de confirmation n'est pas valide. Vérifiez qu'il a été copié en entier.");
    auto hash = core::sha256_hex(token);
    auto now = services.clock.now();
    db::Transaction transaction(session);
    auto found = find_token(session, hash, TokenPurpose::Confirm);
    if (!found)
        return bad_link("Ce lien de confirmation n'est pas valide. Vérifiez qu'il a été copié en entier.");
    if (found->used_at != 0)
        return bad_link("Ce lien de confirmation a déjà servi. Si votre adresse est confirmée, vous pouvez vous connecter.");
    if (found->expires_at <= now)
        return bad_link("Ce lien de confirmation a expiré. Demandez-en un nouveau.");
    if (!mark_token_used(session, hash, now))
        return bad_link("Ce lien de confirmation a déjà servi. Si votre adresse est confirmée, vous pouvez vous connecter.");
    mark_user_confirmed(session, found->user_id, now);
    record(session, now, audit_entry(request, found->user_id, "auth.email_confirmed", "user", std::to_string(found->user_id)));
    transaction.commit();
    return core::Done{};
}

void resend_confirmation(web::Services& services, db::Session& session, const std::string& email, const RequestInfo& request)
{
    auto normalised = normalise_email(email);
    if (email_problem(normalised))
        return;
    auto now = services.clock.now();
    db::Transaction transaction(session);
    auto user = find_user_by_email(session, normalised);
    if (!user || user->confirmed())
        return;
    // Only the newest link works, so a mailbox full of resent links holds one usable token.
    retire_tokens(session, user->id, TokenPurpose::Confirm, now);
    auto token = core::random_token(16);
    insert_token(session, core::sha256_hex(token), user->id, TokenPurpose::Confirm, now, now + confirmation_link_seconds);
    mail::enqueue(session, services.clock, confirmation_mail(services.config, user->email, token));
    record(session, now, audit_entry(request, 0, "auth.confirmation_resent", "user", std::to_string(user->id)));
    transaction.commit();
}

} // namespace essaim::auth
