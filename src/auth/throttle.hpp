#pragma once
// Throttling of password guesses: failures are counted in a sliding window, per account (the
// e-mail tried) and per remote address; past the limit, sign-in answers 429 without even
// checking the password, until enough failures have left the window. Each attempt is reserved
// (counted as a pending failure) in one serialised step before its password is checked, so that
// parallel guesses cannot all read a count below the limit; a right password releases its
// reservation. The same count guards the current password asked again by a signed-in member's
// sensitive actions (changing the password, deleting the account), so that a stolen session
// guesses it no faster than the sign-in form. The account's owner is told by e-mail when it is
// locked, once per lockout.

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

//! One password attempt that has passed the count and holds its place in it.
struct AttemptReservation {
    std::string token;
};

//! Reserves one attempt for `email` and the request's address, or TooManyRequests (how long to
//! wait, a link to the reset) when either has no room left; `what` names the attempts
//! ("de connexion").
core::Result<AttemptReservation> reserve_password_attempt(web::Services& services, db::Session& session,
    const std::string& email, const RequestInfo& request, const std::string& what);

//! The reservation becomes a failure, with its audit entry (auth.sign_in_failed, `reason` in its
//! details); `user_id` is 0 for an unknown account. The failure that locks an account e-mails its
//! owner, once per lockout.
void record_password_failure(web::Services& services, db::Session& session, const AttemptReservation& reservation,
    const std::string& email, long long user_id, const char* reason, const RequestInfo& request);

//! The reservation given back: the password was right, or could not be checked.
void release_password_attempt(db::Session& session, const AttemptReservation& reservation);

//! The account's settled failures forgotten after a right password.
void forget_password_failures(db::Session& session, const std::string& email);

//! The current password of a signed-in member, checked under the throttle before a sensitive
//! action: true when right, false when wrong (counted as a failure), TooManyRequests when the
//! account or the address must wait, Unavailable when no hash could be computed now.
core::Result<bool> check_current_password(web::Services& services, db::Session& session, const UserRecord& user,
    const std::string& password, const RequestInfo& request);

} // namespace essaim::auth
