#include "auth/throttle.hpp"

#include "auth/audit_helpers.hpp"
#include "auth/failure_store.hpp"
#include "auth/password_hash.hpp"
#include "auth/password_policy.hpp"
#include "auth/request_info.hpp"
#include "auth/user_store.hpp"
#include "core/config.hpp"
#include "core/text.hpp"
#include "db/session.hpp"
#include "web/context.hpp"

#include <algorithm>

namespace essaim::auth {

namespace {

std::string address_key(const RequestInfo& request)
{
    return request.remote_address.empty() ? std::string("inconnue") : request.remote_address;
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

std::int64_t password_attempt_wait(web::Services& services, db::Session& session, const std::string& email,
    const RequestInfo& request)
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

core::Error too_many_attempts(std::int64_t wait_seconds, const std::string& what)
{
    core::Error error{core::ErrorKind::TooManyRequests,
        "Trop de tentatives " + what + " ont échoué. Par sécurité, réessayez dans "
            + core::count_of((wait_seconds + 59) / 60, "minute", "minutes") + ", ou réinitialisez votre mot de passe.",
        {}};
    error.retry_after_seconds = static_cast<int>(wait_seconds);
    return error;
}

void record_password_failure(web::Services& services, db::Session& session, const std::string& email, long long user_id,
    const char* reason, const RequestInfo& request)
{
    auto now = services.clock.now();
    db::Transaction transaction(session);
    record_failure(session, FailureKey::Account, email, now);
    record_failure(session, FailureKey::Address, address_key(request), now);
    auto entry = audit_entry(request, 0, "auth.sign_in_failed", "user", user_id ? std::to_string(user_id) : std::string());
    entry.after_json = json_object({{"email", email}, {"reason", reason}});
    record(session, now, entry);
    transaction.commit();
}

void forget_password_failures(db::Session& session, const std::string& email)
{
    clear_failures(session, FailureKey::Account, email);
}

core::Result<bool> check_current_password(web::Services& services, db::Session& session, const UserRecord& user,
    const std::string& password, const RequestInfo& request)
{
    if (auto wait = password_attempt_wait(services, session, user.email, request); wait > 0)
        return too_many_attempts(wait, "de saisie du mot de passe");
    // No valid password is longer than 128 code points (at most 512 bytes): refuse longer ones
    // without spending a hash on them.
    if (password.size() > 4 * maximum_password_length || !verify_password(services.config, user.password_hash, password)) {
        record_password_failure(services, session, user.email, user.id, "wrong_current_password", request);
        return false;
    }
    forget_password_failures(session, user.email);
    return true;
}

} // namespace essaim::auth
