#pragma once
// Helpers shared by the directory's route files, and their registration functions.

#include "auth/permissions.hpp"
#include "http/request.hpp"

#include <memory>
#include <optional>
#include <string>

namespace essaim::web {
struct Context;
class Registry;
}

namespace essaim::directory {

class NafCatalogue;

std::string organisation_href(long long id);
//! The signed-in user's role in the organisation, if any.
std::optional<auth::MembershipRole> membership_of(web::Context& context, long long organisation_id);
//! The error page for a failed use case (404, 403, 409 …).
http::Response error_response(web::Context& context, int status, const std::string& message);

void register_new_organisation_routes(web::Registry& registry, std::shared_ptr<NafCatalogue> naf);
void register_organisation_page_routes(web::Registry& registry, std::shared_ptr<NafCatalogue> naf);
void register_edit_organisation_routes(web::Registry& registry, std::shared_ptr<NafCatalogue> naf);
void register_history_routes(web::Registry& registry);
void register_moderation_routes(web::Registry& registry);
void register_claim_routes(web::Registry& registry);
void register_claim_moderation_routes(web::Registry& registry);
void register_identity_change_routes(web::Registry& registry);

} // namespace essaim::directory
