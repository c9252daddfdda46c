#include "auth/audit_helpers.hpp"

#include <boost/json.hpp>

namespace essaim::auth {

AuditEntry audit_entry(const RequestInfo& request, long long actor_user_id, std::string action, std::string target_type,
    std::string target_id)
{
    AuditEntry entry;
    entry.actor_user_id = actor_user_id;
    entry.action = std::move(action);
    entry.target_type = std::move(target_type);
    entry.target_id = std::move(target_id);
    entry.remote_address = request.remote_address;
    entry.request_id = request.request_id;
    return entry;
}

std::string json_object(const std::vector<std::pair<std::string, std::string>>& members)
{
    boost::json::object object;
    for (const auto& [name, value] : members)
        object[name] = value;
    return boost::json::serialize(object);
}

std::string roles_json(const std::set<Role>& roles)
{
    boost::json::array codes;
    for (Role role : roles)
        codes.emplace_back(std::string(role_code(role)));
    boost::json::object object;
    object["roles"] = std::move(codes);
    return boost::json::serialize(object);
}

} // namespace essaim::auth
