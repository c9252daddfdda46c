#include "auth/throttle.hpp"

#include "auth/account_mail.hpp"
#include "auth/audit_helpers.hpp"
#include "auth/failure_store.hpp"
#include "auth/limit_store.hpp"
#include "auth/password_hash.hpp"
#include "auth/password_policy.hpp"
#include "auth/request_info.hpp"
#include "auth/request_limits.hpp"
#include "auth/time_format.hpp"
#include "auth/user_store.hpp"
#include "core/config.hpp"
#include "core/crypto.hpp"
#include "db/session.hpp"
#include "web/context.hpp"

#include <algorithm>

namespace essaim::auth {

namespace {

std::string account_lock(const std::string& email) { return "sign_in.account:" + email; }
std::string address_lock(const std::string& address) { return "sign_in.address:" + address; }

//! Seconds the account must wait now, counting every failure in the window, pending ones too.
std::int64_t account_wait(const core::Config& config, db::Session& session, const std::string& email,
    core::UnixSeconds now)
{
    return seconds_until_allowed(failures_after(session, FailureKey::Account, email, now - config.sign_in_window_seconds),
        config.sign_in_failures_per_account, config.sign_in_window_seconds, now);
}

//! Called with the account's key locked, after a failure is settled: when the account is now
//! locked and its owner has not been told of this lockout yet, they are.
void tell_owner_of_lockout(web::Services& services, db::Session& session, const std::string& email,
    core::UnixSeconds now)
{
    const auto& config = services.config;
    auto wait = account_wait(config, session, email, now);
    if (wait == 0)
        return;
    // A lockout lasts at most one window, so one notice per window is one per lockout.
    if (!first_mail_in_window(session, "mail.lockout", email, config.sign_in_window_seconds, now))
        return;
    mail::enqueue(session, services.clock, lockout_mail(config, email, format_wait_minutes(wait)));
}

} // namespace

std::int64_t seconds_until_allowed(const std::vector<long long>& failures_oldest_first, int limit,
    std::int64_t window_seconds, core::UnixSeconds now)
{
    auto count = static_cast<long long>(failures_oldest_first.size());
    if (limit <= 0 || count < limit)
        return 0;
    // Allowed again once the count drops below the limit: when this failure leaves the window.
    auto leaving = failures_oldest_first[static_cast<std::size_t>(count - limit)];
    return std::max<std::int64_t>(1, leaving + window_seconds - now);
}

core::Result<AttemptReservation> reserve_password_attempt(web::Services& services, db::Session& session,
    const std::string& email, const RequestInfo& request, const std::string& what)
{
    const auto& config = services.config;
    auto now = services.clock.now();
    auto address = network_key(request.remote_address);
    db::Transaction transaction(session);
    lock_keys(session, {account_lock(email), address_lock(address)});
    auto wait = std::max(account_wait(config, session, email, now),
        seconds_until_allowed(failures_after(session, FailureKey::Address, address, now - config.sign_in_window_seconds),
            config.sign_in_failures_per_address, config.sign_in_window_seconds, now));
    if (wait > 0) {
        core::Error error{core::ErrorKind::TooManyRequests,
            "Trop de tentatives " + what + " ont échoué. Par sécurité, réessayez dans " + format_wait_minutes(wait)
                + ", ou réinitialisez votre mot de passe.",
            {}};
        error.retry_after_seconds = static_cast<int>(wait);
        return error;
    }
    AttemptReservation reservation{core::random_token(12)};
    reserve_failure(session, FailureKey::Account, email, now, reservation.token);
    reserve_failure(session, FailureKey::Address, address, now, reservation.token);
    transaction.commit();
    return reservation;
}

void record_password_failure(web::Services& services, db::Session& session, const AttemptReservation& reservation,
    const std::string& email, long long user_id, const char* reason, const RequestInfo& request)
{
    auto now = services.clock.now();
    db::Transaction transaction(session);
    lock_keys(session, {account_lock(email)});
    confirm_reservation(session, reservation.token);
    auto entry = audit_entry(request, 0, "auth.sign_in_failed", "user", user_id ? std::to_string(user_id) : std::string());
    entry.after_json = json_object({{"email", email}, {"reason", reason}});
    record(session, now, entry);
    if (user_id != 0)
        tell_owner_of_lockout(services, session, email, now);
    transaction.commit();
}

void release_password_attempt(db::Session& session, const AttemptReservation& reservation)
{
    release_reservation(session, reservation.token);
}

void forget_password_failures(db::Session& session, const std::string& email)
{
    clear_failures(session, FailureKey::Account, email);
}

core::Result<bool> check_current_password(web::Services& services, db::Session& session, const UserRecord& user,
    const std::string& password, const RequestInfo& request)
{
    auto reservation = reserve_password_attempt(services, session, user.email, request, "de saisie du mot de passe");
    if (!reservation)
        return reservation.error();
    // No valid password is longer than 128 code points (at most 512 bytes): refuse longer ones
    // without spending a hash on them.
    bool right = false;
    if (password.size() <= 4 * maximum_password_length) {
        auto verified = verify_password(services.config, user.password_hash, password);
        if (!verified) {
            release_password_attempt(session, *reservation);
            return verified.error();
        }
        right = *verified;
    }
    if (!right) {
        record_password_failure(services, session, *reservation, user.email, user.id, "wrong_current_password", request);
        return false;
    }
    db::Transaction transaction(session);
    release_password_attempt(session, *reservation);
    forget_password_failures(session, user.email);
    transaction.commit();
    return true;
}

} // namespace essaim::auth
