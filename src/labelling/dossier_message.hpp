#pragma once
// Writing on a dossier: a message to the other side (the applicant's members or the staff),
// who hear about it by e-mail, or a private note that only the staff read.

#include "auth/identity.hpp"
#include "auth/request_info.hpp"
#include "core/result.hpp"
#include "labelling/dossier_message_store.hpp"

#include <string>

namespace essaim::db {
class Session;
}
namespace essaim::web {
struct Services;
}

namespace essaim::labelling {

inline constexpr std::size_t max_message_bytes = 10000;

//! NotFound when the user may not see the dossier, Forbidden when they may not write this kind,
//! Invalid (field "message") for an empty or too long text. Answers the message id.
core::Result<long long> post_message(web::Services& services, db::Session& session, const auth::Identity& identity,
    long long dossier_id, MessageVisibility visibility, const std::string& body, const auth::RequestInfo& request_info);

} // namespace essaim::labelling
