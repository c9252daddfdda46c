#pragma once
// Helpers shared by the dossier route files (dossier_*_routes.cpp), and their registration functions.

#include "core/result.hpp"
#include "http/request.hpp"
#include "labelling/dossier.hpp"
#include "labelling/form_answers.hpp"
#include "labelling/permissions.hpp"

#include <optional>
#include <string>

namespace essaim::http {
struct MultipartBody;
}
namespace essaim::db {
class Session;
}
namespace essaim::web {
struct Context;
class Registry;
}

namespace essaim::labelling {

//! The error as a page, or as problem+json (with "errors" for field errors) when the client wants JSON.
http::Response failure_response(web::Context& context, const core::Error& error);
http::Response not_found_response(web::Context& context);

std::string dossier_href(long long dossier_id);
//! The DSFR badge modifier of a state ("fr-badge--success" for labellisé, …).
std::string state_badge_class(DossierState state);
//! "28/11/2026 à 10:15", or "—" for 0.
std::string display_time(long long unix_seconds);

//! The dossier of the path's {id} when the user may see it; nothing otherwise (the caller answers
//! 404 alike whether the id exists or not, so ids cannot be probed).
std::optional<VisibleDossier> visible_dossier(web::Context& context);

//! The request's multipart body, bounded by Config::max_upload_bytes.
core::Result<http::MultipartBody> multipart_body(web::Context& context);

//! The dossier's attachments as links for render_form.
std::vector<AttachmentLink> attachment_links(db::Session& session, long long dossier_id);

void register_dossier_page_routes(web::Registry& registry);
void register_dossier_edit_routes(web::Registry& registry);
void register_dossier_attachment_routes(web::Registry& registry);
void register_dossier_list_routes(web::Registry& registry);
void register_dossier_export_routes(web::Registry& registry);

} // namespace essaim::labelling
