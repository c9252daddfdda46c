#pragma once
// One append-only audit log for security events (sign-ins, failures, role changes) and for every
// state change the platform makes (who, when, what, before/after). The table refuses UPDATE and
// DELETE (triggers on both backends).

#include <string>
#include <vector>

namespace essaim::db {
class Session;
}

namespace essaim::auth {

struct AuditEntry {
    long long actor_user_id = 0;  //!< 0 = visitor or the system
    std::string action;           //!< "auth.sign_in", "auth.sign_in_failed", "auth.role_granted", …
    std::string target_type;      //!< "user", "organisation", …
    std::string target_id;
    std::string before_json;      //!< state before, as JSON ("" when none)
    std::string after_json;       //!< state after, as JSON ("" when none)
    std::string remote_address;
    std::string request_id;
};

struct AuditRecord : AuditEntry {
    long long id = 0;
    long long at = 0;
    std::string actor_label;  //!< the actor's e-mail at the time of reading, or "système"
    std::string actor_name;   //!< the actor's displayed name at the time of reading ("" when none)
};

//! Appends an entry stamped with `at` (Unix seconds). Call inside the use case's transaction.
void record(db::Session& session, long long at, const AuditEntry& entry);

struct AuditQuery {
    std::string action_prefix;  //!< "" = all
    long long actor_user_id = 0;
    int limit = 50;
    long long before_id = 0;  //!< keyset pagination: entries older than this id
};

std::vector<AuditRecord> list_entries(db::Session& session, const AuditQuery& query);

} // namespace essaim::auth
