#pragma once
// The route files of calls (registered by register_call_routes) and what they share.

#include "core/result.hpp"
#include "http/request.hpp"

#include <optional>
#include <string>

namespace essaim::web {
class Registry;
struct Context;
} // namespace essaim::web

namespace essaim::labelling {

struct Call;

void register_call_admin_routes(web::Registry& registry);
void register_form_builder_routes(web::Registry& registry);
void register_criteria_routes(web::Registry& registry);
void register_call_page_routes(web::Registry& registry);

//! The path parameter `name` as a number from 0 (a section's index), or nullopt; record ids use
//! web::positive_id_parameter.
std::optional<long long> call_path_number(const web::Context& context, const std::string& name);
//! The call of the path's {id}, if there is one.
std::optional<Call> call_of_request(web::Context& context);
std::string admin_call_href(long long call_id);
std::string public_call_href(long long call_id);
//! The error page for a use case's failure that is not a form error.
http::Response call_error_page(web::Context& context, const core::Error& error);
//! The state badge's DSFR modifier: fr-badge--success (publié), fr-badge--info (brouillon), …
std::string call_state_badge_class(const Call& call);

} // namespace essaim::labelling
