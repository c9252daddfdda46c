#include "auth/end_sessions.hpp"

#include "auth/audit_helpers.hpp"
#include "auth/session_store.hpp"
#include "core/clock.hpp"
#include "db/session.hpp"
#include "web/context.hpp"

namespace essaim::auth {

void sign_out(web::Services& services, db::Session& session, const Identity& identity, const RequestInfo& request)
{
    if (!identity.signed_in())
        return;
    auto now = services.clock.now();
    db::Transaction transaction(session);
    auto current = find_session(session, identity.session_key);
    delete_session(session, identity.session_key);
    record(session, now,
        audit_entry(request, identity.user_id, "auth.sign_out", "session", current ? current->public_id : std::string()));
    transaction.commit();
}

core::Result<EndedSession> end_session(web::Services& services, db::Session& session, const Identity& identity,
    const std::string& public_id, const RequestInfo& request)
{
    auto now = services.clock.now();
    db::Transaction transaction(session);
    auto current = find_session(session, identity.session_key);
    if (!delete_session_by_public_id(session, identity.user_id, public_id))
        return core::Error::not_found("Cette session n'existe pas ou est déjà terminée.");
    record(session, now, audit_entry(request, identity.user_id, "auth.session_ended", "session", public_id));
    transaction.commit();
    return current && current->public_id == public_id ? EndedSession::Current : EndedSession::Other;
}

int sign_out_everywhere(web::Services& services, db::Session& session, const Identity& identity, const RequestInfo& request)
{
    auto now = services.clock.now();
    db::Transaction transaction(session);
    int ended = delete_user_sessions(session, identity.user_id);
    auto entry = audit_entry(request, identity.user_id, "auth.signed_out_everywhere", "user", std::to_string(identity.user_id));
    entry.after_json = json_object({{"sessions_ended", std::to_string(ended)}});
    record(session, now, entry);
    transaction.commit();
    return ended;
}

} // namespace essaim::auth
