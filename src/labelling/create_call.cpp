#include "labelling/create_call.hpp"

#include "auth/audit_helpers.hpp"
#include "db/session.hpp"
#include "labelling/call_store.hpp"
#include "labelling/permissions.hpp"

namespace essaim::labelling {

std::string call_audit_json(const Call& call)
{
    return auth::json_object({{"title", call.title}, {"category", std::string(category_code(call.category))},
        {"state", std::string(call_state_code(call.state))}, {"permanent", call.permanent ? "oui" : "non"},
        {"opens_on", call.opens_on}, {"closes_on", call.closes_on}, {"label_years", std::to_string(call.label_years)}});
}

core::Result<long long> create_call(db::Session& session, const core::Clock& clock, const auth::Identity& actor,
    const CallInput& input, const auth::RequestInfo& request)
{
    if (!may_administer_labelling(actor))
        return core::Error::forbidden();
    auto parsed = parse_call_input(input);
    if (!parsed)
        return parsed.error();
    Call call = std::move(parsed.value());
    const long long now = clock.now();
    call.state = CallState::Brouillon;
    call.created_at = now;
    call.updated_at = now;
    db::Transaction transaction(session);
    const long long id = insert_call(session, call, actor.user_id);
    insert_form(session, id, 1, FormDefinition{}, now, actor.user_id);
    auto entry = auth::audit_entry(request, actor.user_id, "labelling.call_created", "call", std::to_string(id));
    entry.after_json = call_audit_json(call);
    auth::record(session, now, entry);
    transaction.commit();
    return id;
}

} // namespace essaim::labelling
