#pragma once
// An expert gives the opinion requested from them: the grid scored, comments, a recommendation.

#include "auth/identity.hpp"
#include "auth/request_info.hpp"
#include "core/result.hpp"
#include "http/form.hpp"
#include "labelling/review.hpp"

namespace essaim::db {
class Session;
}
namespace essaim::web {
struct Services;
}

namespace essaim::labelling {

//! In its own transaction. NotFound unless the request is the user's own, Conflict once it is no
//! longer awaited (given, in conflict, cancelled) or the dossier is decided, Invalid (errors keyed
//! by input name, see parse_opinion_form) for an incomplete opinion.
core::Result<Review> submit_review(web::Services& services, db::Session& session, const auth::Identity& identity,
    long long review_id, const http::Form& form, const auth::RequestInfo& request_info);

} // namespace essaim::labelling
