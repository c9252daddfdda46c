#include "auth/sign_in.hpp"

#include "auth/audit_helpers.hpp"
#include "auth/email_address.hpp"
#include "auth/failure_store.hpp"
#include "auth/password_hash.hpp"
#include "auth/password_policy.hpp"
#include "auth/session_store.hpp"
#include "auth/throttle.hpp"
#include "auth/user_store.hpp"
#include "core/clock.hpp"
#include "core/config.hpp"
#include "core/crypto.hpp"
#include "core/log.hpp"
#include "db/session.hpp"
#include "http/form.hpp"
#include "web/context.hpp"

#include <algorithm>

namespace essaim::auth {

namespace {

const char* wrong_credentials = "Adresse électronique ou mot de passe incorrect.";

//! Printable ASCII only: a User-Agent is free text from the client, and PostgreSQL refuses invalid UTF-8.
std::string printable_ascii(std::string_view text, std::size_t limit)
{
    std::string kept;
    for (char c : text.substr(0, limit)) {
        if (c >= 0x20 && c < 0x7f)
            kept += c;
    }
    return kept;
}

std::string address_key(const RequestInfo& request)
{
    return request.remote_address.empty() ? std::string("inconnue") : request.remote_address;
}

std::int64_t throttle_wait(web::Services& services, db::Session& session, const std::string& email, const RequestInfo& request)
{
    const auto& config = services.config;
    auto now = services.clock.now();
    auto since = now - config.sign_in_window_seconds;
    auto account = seconds_until_allowed(failures_after(session, FailureKey::Account, email, since),
        config.sign_in_failures_per_account, config.sign_in_window_seconds, now);
    auto address = seconds_until_allowed(failures_after(session, FailureKey::Address, address_key(request), since),
        config.sign_in_failures_per_address, config.sign_in_window_seconds, now);
    return std::max(account, address);
}

core::Error record_failed_attempt(web::Services& services, db::Session& session, const std::string& email,
    long long user_id, const char* reason, const RequestInfo& request)
{
    auto now = services.clock.now();
    db::Transaction transaction(session);
    record_failure(session, FailureKey::Account, email, now);
    record_failure(session, FailureKey::Address, address_key(request), now);
    auto entry = audit_entry(request, 0, "auth.sign_in_failed", "user", user_id ? std::to_string(user_id) : std::string());
    entry.after_json = json_object({{"email", email}, {"reason", reason}});
    record(session, now, entry);
    transaction.commit();
    return core::Error::invalid({}, wrong_credentials);
}

} // namespace

core::Result<SignedIn> sign_in(web::Services& services, db::Session& session, SignInInput& input,
    const std::string& previous_session_key, const RequestInfo& request)
{
    input.email = normalise_email(input.email);
    core::FieldErrors missing;
    if (input.email.empty())
        missing["email"] = "Saisissez votre adresse électronique.";
    else if (input.email.size() > 254 || !http::is_clean_utf8(input.email))
        missing["email"] = "Saisissez une adresse électronique valide, par exemple nom@exemple.fr.";
    if (input.password.empty())
        missing["password"] = "Saisissez votre mot de passe.";
    if (!missing.empty())
        return core::Error::invalid(std::move(missing));

    if (auto wait = throttle_wait(services, session, input.email, request); wait > 0) {
        core::log::warn("sign-in throttled", {core::log::field("request_id", request.request_id),
                                                 core::log::field("retry_after", static_cast<long long>(wait))});
        core::Error error{core::ErrorKind::TooManyRequests,
            "Trop de tentatives de connexion ont échoué. Par sécurité, réessayez dans " + std::to_string((wait + 59) / 60)
                + " minute(s), ou réinitialisez votre mot de passe.",
            {}};
        error.retry_after_seconds = static_cast<int>(wait);
        return error;
    }

    auto user = find_user_by_email(session, input.email);
    // No valid password is longer than 128 code points (at most 512 bytes): refuse longer ones
    // without spending a hash on them.
    bool plausible = input.password.size() <= 4 * maximum_password_length;
    if (!user) {
        if (plausible)
            verify_against_dummy(services.config, input.password);
        return record_failed_attempt(services, session, input.email, 0, "unknown_account", request);
    }
    if (!plausible || !verify_password(services.config, user->password_hash, input.password))
        return record_failed_attempt(services, session, input.email, user->id, "wrong_password", request);

    auto now = services.clock.now();
    if (!user->confirmed()) {
        record(session, now, audit_entry(request, 0, "auth.sign_in_unconfirmed", "user", std::to_string(user->id)));
        return core::Error{core::ErrorKind::Forbidden,
            "Votre adresse électronique n'est pas encore confirmée. Ouvrez le lien reçu par e-mail, ou demandez-en un nouveau.",
            {}};
    }

    SignedIn signed_in{user->id, core::random_token(16)};
    db::Transaction transaction(session);
    // Rotation: whatever session the browser held ends here, so a planted cookie is worthless.
    if (!previous_session_key.empty())
        delete_session(session, previous_session_key);
    SessionRow row;
    row.key = core::sha256_hex(signed_in.token);
    row.public_id = core::random_token(9);
    row.user_id = user->id;
    row.created_at = now;
    row.last_seen_at = now;
    row.remote_address = request.remote_address;
    row.user_agent = printable_ascii(request.user_agent, 300);
    insert_session(session, row);
    clear_failures(session, FailureKey::Account, input.email);
    record(session, now, audit_entry(request, user->id, "auth.sign_in", "session", row.public_id));
    transaction.commit();
    return signed_in;
}

} // namespace essaim::auth
