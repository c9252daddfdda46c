#pragma once
// Helpers shared by the committee route files, and their registration functions.

#include "core/result.hpp"
#include "http/request.hpp"

#include <ctemplate/template.h>
#include <optional>
#include <string>

namespace essaim::web {
struct Context;
class Registry;
} // namespace essaim::web

namespace essaim::labelling {

std::string committee_href(long long committee_id);
//! The error page for a failed use case (404, 403, 409 …).
http::Response committee_error(web::Context& context, const core::Error& error);

//! /admin/comites: the list of sessions, creating one, editing one; /comites: a member's sessions.
void register_committee_admin_routes(web::Registry& registry);
//! /comites/{id}: the agenda, its ranking and decisions.
void register_committee_session_routes(web::Registry& registry);
//! /comites/{id}/decision (the confirmation page) and /comites/{id}/decisions (the POST).
void register_committee_decision_routes(web::Registry& registry);
//! One decision button for each decision on the dossier, each opening its confirmation modal.
void add_decision_buttons(
    ctemplate::TemplateDictionary& block, long long committee_id, long long dossier_id, const std::string& organisation);

} // namespace essaim::labelling
