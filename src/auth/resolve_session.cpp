#include "auth/resolve_session.hpp"

#include "auth/session_rules.hpp"
#include "auth/session_store.hpp"
#include "auth/user_store.hpp"
#include "core/crypto.hpp"
#include "db/session.hpp"
#include "http/cookies.hpp"
#include "web/context.hpp"

namespace essaim::auth {

std::string presented_session_key(const web::Context& context)
{
    const auto& cookies = context.request_cookies;
    auto found = cookies.find(session_cookie_name);
    // A real token is 22 characters; anything else is not worth a database round trip.
    if (found == cookies.end() || found->second.size() != 22 || !http::is_cookie_token(found->second))
        return {};
    return core::sha256_hex(found->second);
}

void clear_session_cookie(web::Context& context)
{
    http::SetCookie cookie;
    cookie.name = session_cookie_name;
    cookie.max_age_seconds = 0;
    context.cookies.push_back(std::move(cookie));
}

void resolve_session(web::Context& context)
{
    if (context.request_cookies.find(session_cookie_name) == context.request_cookies.end())
        return;
    auto key = presented_session_key(context);
    auto row = key.empty() ? std::nullopt : find_session(context.db(), key);
    if (!row) {
        clear_session_cookie(context);
        return;
    }
    auto now = context.clock().now();
    SessionTimes times{row->created_at, row->last_seen_at};
    if (session_state(times, now, context.config()) != SessionState::Active) {
        delete_session(context.db(), key);
        clear_session_cookie(context);
        return;
    }
    auto user = find_user_by_id(context.db(), row->user_id);
    if (!user) {
        clear_session_cookie(context);
        return;
    }
    if (session_needs_touch(times, now)) {
        // Best effort: on a full disk a signed-in person can still read; only the idle clock lags.
        try {
            touch_session(context.db(), key, now);
        } catch (const std::exception& failure) {
            if (db::classify_failure(failure) != db::Failure::StorageFull)
                throw;
        }
    }
    context.identity.user_id = user->id;
    context.identity.email = user->email;
    context.identity.display_name = user->display_name;
    context.identity.roles = load_granted_roles(context.db(), user->id);
    context.identity.roles.insert(Role::Membre);
    context.identity.session_key = key;
}

} // namespace essaim::auth
