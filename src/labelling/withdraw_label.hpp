#pragma once
// An administrator withdraws a label, with a motivation that the verification page shows and the
// holder's owners receive by e-mail. The label stays visible as withdrawn.

#include "auth/identity.hpp"
#include "auth/request_info.hpp"
#include "core/result.hpp"
#include "labelling/label.hpp"

#include <string>

namespace essaim::db {
class Session;
}
namespace essaim::web {
struct Services;
}

namespace essaim::labelling {

//! NotFound for an unknown label; Forbidden unless an administrator; Conflict when already
//! withdrawn; Invalid (field motivation) when the motivation is blank. Answers the label as withdrawn.
core::Result<Label> withdraw_label(web::Services& services, db::Session& session, const auth::Identity& identity,
    long long label_id, const std::string& motivation, const auth::RequestInfo& request_info);

} // namespace essaim::labelling
