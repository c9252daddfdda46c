#pragma once
// What the use cases record about the request that asked for them (audit log, list of sessions).

#include <string>

namespace essaim::auth {

struct RequestInfo {
    std::string remote_address;
    std::string user_agent;
    std::string request_id;
};

} // namespace essaim::auth
