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
namespace ctemplate {
class TemplateDictionary;
}
namespace essaim::web {
struct Context;
class Page;
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

//! Adds the attachments that answer no question of the form (free attachments of older dossiers,
//! or a question since removed) as an ATTACHMENTS section of ATTACHMENT rows (HREF, FILE_NAME,
//! PIECE_ID); the others show under their question. Answers whether there was any.
bool add_other_attachments(ctemplate::TemplateDictionary& content, const FormDefinition* definition,
    const std::vector<AttachmentLink>& links);

//! The error summary at the top of a dossier page (templates/labelling/error_summary.tpl, included
//! as ERROR_SUMMARY): one link a field, in the form's order, each named after its field
//! ("Budget prévisionnel : ce champ est obligatoire"); `field_page` is prepended to each "#id"
//! ("" on the form itself). Also marks the page's title as an error.
void add_error_summary(web::Page& page, const FormDefinition& definition, const core::Error& error,
    const std::string& field_page = "");

void register_dossier_page_routes(web::Registry& registry);
void register_dossier_edit_routes(web::Registry& registry);
void register_dossier_attachment_routes(web::Registry& registry);
void register_dossier_list_routes(web::Registry& registry);
void register_dossier_export_routes(web::Registry& registry);
void register_dossier_recap_routes(web::Registry& registry);
void register_dossier_autosave_routes(web::Registry& registry);

} // namespace essaim::labelling
