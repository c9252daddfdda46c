#include "auth/sign_in.hpp"

#include "auth/audit_helpers.hpp"
#include "auth/email_address.hpp"
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

//! A wrong e-mail or password, counted, and the same answer for both so that the form does not
//! tell which accounts exist.
core::Error failed_attempt(web::Services& services, db::Session& session, const AttemptReservation& reservation,
    const std::string& email, long long user_id, const char* reason, const RequestInfo& request)
{
    record_password_failure(services, session, reservation, email, user_id, reason, request);
    return core::Error::invalid({}, wrong_credentials);
}

//! The password could not be checked now (hashing queue full): the attempt is given back.
core::Error not_checked(db::Session& session, const AttemptReservation& reservation, core::Error error)
{
    release_password_attempt(session, reservation);
    return error;
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

    // The attempt takes its place in the counts before the password is checked: parallel guesses
    // cannot all pass a count read before any of them is recorded.
    auto reservation = reserve_password_attempt(services, session, input.email, request, "de connexion");
    if (!reservation) {
        core::log::warn("sign-in throttled",
            {core::log::field("request_id", request.request_id),
                core::log::field("retry_after", static_cast<long long>(reservation.error().retry_after_seconds))});
        return reservation.error();
    }

    auto user = find_user_by_email(session, input.email);
    // No valid password is longer than 128 code points (at most 512 bytes): refuse longer ones
    // without spending a hash on them.
    bool plausible = input.password.size() <= 4 * maximum_password_length;
    if (!user) {
        if (plausible) {
            if (auto spent = verify_against_dummy(services.config, input.password); !spent)
                return not_checked(session, *reservation, spent.error());
        }
        return failed_attempt(services, session, *reservation, input.email, 0, "unknown_account", request);
    }
    if (!plausible)
        return failed_attempt(services, session, *reservation, input.email, user->id, "wrong_password", request);
    auto right = verify_password(services.config, user->password_hash, input.password);
    if (!right)
        return not_checked(session, *reservation, right.error());
    if (!*right)
        return failed_attempt(services, session, *reservation, input.email, user->id, "wrong_password", request);

    auto now = services.clock.now();
    if (!user->confirmed()) {
        release_password_attempt(session, *reservation);
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
    release_password_attempt(session, *reservation);
    forget_password_failures(session, input.email);
    record(session, now, audit_entry(request, user->id, "auth.sign_in", "session", row.public_id));
    transaction.commit();
    return signed_in;
}

} // namespace essaim::auth
