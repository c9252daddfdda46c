#pragma once
// Small helpers for writing audit entries from the account use cases.

#include "auth/audit_log.hpp"
#include "auth/identity.hpp"
#include "auth/request_info.hpp"

#include <set>
#include <string>
#include <utility>
#include <vector>

namespace essaim::auth {

//! An entry about `target_type`/`target_id`, by `actor_user_id`, stamped with the request's address and id.
AuditEntry audit_entry(const RequestInfo& request, long long actor_user_id, std::string action, std::string target_type,
    std::string target_id);

//! A JSON object of string members, e.g. {"email":"a@b.fr"}.
std::string json_object(const std::vector<std::pair<std::string, std::string>>& members);

//! {"roles":["administrateur",…]} for before/after states of role changes.
std::string roles_json(const std::set<Role>& roles);

} // namespace essaim::auth
