#pragma once
// Project pages: creation from an organisation, the public page, editing and qualification.

#include <ctemplate/template.h>

namespace essaim::db {
class Session;
}
namespace essaim::web {
class Registry;
}

namespace essaim::directory {

//! GET/POST /organisations/{id}/projets/nouveau, GET /projets/{id}, GET/POST /projets/{id}/modifier,
//! GET/POST /projets/{id}/qualification.
void register_project_routes(web::Registry& registry);

//! Fills `content`'s include marker PROJECTS with the organisation's projects (template
//! directory/project_list.tpl), and a button to add one when `may_edit`.
void add_project_list(ctemplate::TemplateDictionary& content, db::Session& session, long long organisation_id, bool may_edit);

} // namespace essaim::directory
