#pragma once
// SQL for the password reset requests waiting for the job that sends their link.

#include <string>
#include <vector>

namespace essaim::db {
class Session;
}

namespace essaim::auth {

struct ResetRequestRow {
    long long id = 0;
    std::string email;
    long long requested_at = 0;
    std::string remote_address;
    std::string request_id;
};

void insert_reset_request(db::Session& session, const ResetRequestRow& row);
//! The oldest waiting requests, at most `limit`.
std::vector<ResetRequestRow> oldest_reset_requests(db::Session& session, int limit);
//! True when this call deleted it (another job run may have taken it first).
bool delete_reset_request(db::Session& session, long long id);

} // namespace essaim::auth
