#pragma once
// Bounds on what anonymous account forms may cost: uses counted in a sliding window per key
// (network address, e-mail address), and at most one e-mail of a kind to one address per window.
// Each check and its new entry run under lock_keys, inside the caller's transaction, so parallel
// requests cannot all pass one count.

#include "core/clock.hpp"
#include "core/result.hpp"

#include <string>
#include <vector>

namespace essaim::db {
class Session;
}

namespace essaim::auth {

//! One count to pass: at most `limit` events of `kind` for `key` in the window (0 = no limit).
struct Allowance {
    std::string kind;
    std::string key;
    int limit = 0;
};

//! Inside the caller's transaction: when every allowance has room, records one use of each and
//! returns 0; otherwise records nothing and returns the seconds until all have room.
std::int64_t take_allowances(db::Session& session, const std::vector<Allowance>& allowances,
    std::int64_t window_seconds, core::UnixSeconds now);

//! Inside the caller's transaction: true (and noted) when no e-mail of `kind` went to `email` in
//! the last `window_seconds`; false when one did, and this one must not be sent.
bool first_mail_in_window(db::Session& session, const std::string& kind, const std::string& email,
    std::int64_t window_seconds, core::UnixSeconds now);

//! The 429 error: `message` then how long to wait ("Réessayez dans 12 minutes.").
core::Error too_many_requests(std::int64_t wait_seconds, const std::string& message);

//! The network address as counts key it ("inconnue" when the server could not tell).
std::string network_key(const std::string& remote_address);

} // namespace essaim::auth
