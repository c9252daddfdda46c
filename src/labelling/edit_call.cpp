#include "labelling/edit_call.hpp"

#include "auth/audit_helpers.hpp"
#include "db/session.hpp"
#include "labelling/call_store.hpp"
#include "labelling/create_call.hpp"
#include "labelling/permissions.hpp"

#include <algorithm>

namespace essaim::labelling {

core::Result<core::Done> edit_call(db::Session& session, const core::Clock& clock, const auth::Identity& actor,
    long long call_id, const CallInput& input, const auth::RequestInfo& request)
{
    if (!may_administer_labelling(actor))
        return core::Error::forbidden();
    auto before = find_call(session, call_id);
    if (!before)
        return core::Error::not_found();
    auto parsed = parse_call_input(input, *before);
    if (!parsed)
        return parsed.error();
    Call call = std::move(parsed.value());
    const long long now = clock.now();
    call.updated_at = now;
    db::Transaction transaction(session);
    update_call(session, call);
    auto entry = auth::audit_entry(request, actor.user_id, "labelling.call_updated", "call", std::to_string(call_id));
    entry.before_json = call_audit_json(*before);
    entry.after_json = call_audit_json(call);
    auth::record(session, now, entry);
    transaction.commit();
    return core::Done{};
}

core::Result<core::Done> add_call_instructor(db::Session& session, const core::Clock& clock, const auth::Identity& actor,
    long long call_id, const std::string& email, const auth::RequestInfo& request)
{
    if (!may_administer_labelling(actor))
        return core::Error::forbidden();
    if (!find_call(session, call_id))
        return core::Error::not_found();
    const auto first = email.find_first_not_of(" \t");
    const std::string address = first == std::string::npos ? "" : email.substr(first, email.find_last_not_of(" \t") - first + 1);
    if (address.empty())
        return core::Error::invalid({{"email", "Saisissez l’adresse électronique de l’instructeur."}});
    const long long user_id = find_user_with_role(session, address, "instructeur");
    if (user_id == 0)
        return core::Error::invalid(
            {{"email", "Aucun compte instructeur n’a cette adresse : donnez d’abord le rôle instructeur à ce compte."}});
    const auto team = call_team(session, call_id);
    if (std::find(team.begin(), team.end(), user_id) != team.end())
        return core::Error::invalid({{"email", "Cet instructeur fait déjà partie de l’équipe."}});
    db::Transaction transaction(session);
    add_team_member(session, call_id, user_id);
    auto entry = auth::audit_entry(request, actor.user_id, "labelling.call_instructor_added", "call", std::to_string(call_id));
    entry.after_json = auth::json_object({{"user_id", std::to_string(user_id)}});
    auth::record(session, clock.now(), entry);
    transaction.commit();
    return core::Done{};
}

core::Result<core::Done> remove_call_instructor(db::Session& session, const core::Clock& clock,
    const auth::Identity& actor, long long call_id, long long user_id, const auth::RequestInfo& request)
{
    if (!may_administer_labelling(actor))
        return core::Error::forbidden();
    if (!find_call(session, call_id))
        return core::Error::not_found();
    const auto team = call_team(session, call_id);
    if (std::find(team.begin(), team.end(), user_id) == team.end())
        return core::Error::not_found("Cet instructeur ne fait pas partie de l’équipe.");
    db::Transaction transaction(session);
    remove_team_member(session, call_id, user_id);
    auto entry = auth::audit_entry(request, actor.user_id, "labelling.call_instructor_removed", "call", std::to_string(call_id));
    entry.before_json = auth::json_object({{"user_id", std::to_string(user_id)}});
    auth::record(session, clock.now(), entry);
    transaction.commit();
    return core::Done{};
}

} // namespace essaim::labelling
