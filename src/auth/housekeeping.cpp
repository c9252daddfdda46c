#include "auth/housekeeping.hpp"

#include "auth/failure_store.hpp"
#include "auth/limit_store.hpp"
#include "auth/password_hash.hpp"
#include "auth/password_policy.hpp"
#include "auth/session_store.hpp"
#include "auth/token_store.hpp"
#include "core/clock.hpp"
#include "core/config.hpp"
#include "core/log.hpp"
#include "db/session.hpp"
#include "web/context.hpp"

#include <algorithm>

namespace essaim::auth {

void run_housekeeping(web::Services& services)
{
    const auto& config = services.config;
    common_passwords(config);
    // Warms the dummy hash up; whether this one verification got a slot does not matter.
    static_cast<void>(verify_against_dummy(config, ""));

    auto now = services.clock.now();
    auto lease = services.pool.acquire();
    int sessions = delete_expired_sessions(*lease, now - config.session_idle_seconds, now - config.session_absolute_seconds);
    // Used links are kept until they expire, so that a second click says "already used".
    int tokens = delete_expired_tokens(*lease, now);
    int failures = purge_failures(*lease, now - config.sign_in_window_seconds);
    // Every count of the account forms looks back at most this far.
    failures += purge_events(*lease,
        now - std::max({config.account_requests_window_seconds, config.account_mail_window_seconds, config.sign_in_window_seconds}));
    if (sessions + tokens + failures > 0)
        core::log::info("auth housekeeping", {core::log::field("sessions", sessions), core::log::field("tokens", tokens),
                                                 core::log::field("failures", failures)});
}

} // namespace essaim::auth
