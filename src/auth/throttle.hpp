#pragma once
// Throttling of password guesses: failures are counted in a sliding window, per account (the
// e-mail tried) and per remote address; past the limit, sign-in answers 429 without even
// checking the password, until enough failures have left the window. The same count guards the
// current password asked again by a signed-in member's sensitive actions (changing the password,
// deleting the account), so that a stolen session guesses it no faster than the sign-in form.

#include "core/clock.hpp"
#include "core/result.hpp"

#include <string>
#include <vector>

namespace essaim::db {
class Session;
}
namespace essaim::web {
struct Services;
}

namespace essaim::auth {

struct RequestInfo;
struct UserRecord;

//! Seconds until one more attempt is allowed (0 = allowed now), given the times of the failures
//! still inside the window (`now - window_seconds < at`), oldest first.
std::int64_t seconds_until_allowed(const std::vector<long long>& failures_oldest_first, int limit,
    std::int64_t window_seconds, core::UnixSeconds now);

//! Seconds until `email`, from the request's address, may try a password again (0 = now).
std::int64_t password_attempt_wait(web::Services& services, db::Session& session, const std::string& email,
    const RequestInfo& request);

//! The 429 error that tells how long to wait; `what` names the attempts ("de connexion").
core::Error too_many_attempts(std::int64_t wait_seconds, const std::string& what);

//! Counts one wrong password for the account and the address, with its audit entry
//! (auth.sign_in_failed, `reason` in its details); `user_id` is 0 for an unknown account.
void record_password_failure(web::Services& services, db::Session& session, const std::string& email, long long user_id,
    const char* reason, const RequestInfo& request);

//! The account's failures forgotten after a right password.
void forget_password_failures(db::Session& session, const std::string& email);

//! The current password of a signed-in member, checked under the throttle before a sensitive
//! action: true when right, false when wrong (counted as a failure), TooManyRequests when the
//! account or the address must wait.
core::Result<bool> check_current_password(web::Services& services, db::Session& session, const UserRecord& user,
    const std::string& password, const RequestInfo& request);

} // namespace essaim::auth
