#pragma once
// Project pages: creation from an organisation, the public page, editing and qualification.

#include "directory/organisation.hpp"
#include "directory/project.hpp"

#include <ctemplate/template.h>
#include <optional>
#include <string>

namespace essaim::db {
class Session;
}
namespace essaim::web {
class Registry;
struct Context;
}

namespace essaim::directory {

std::string project_href(long long id);

//! A project with its organisation and what the signed-in identity may do with it.
struct LoadedProject {
    Project project;
    Organisation organisation;
    bool may_edit = false;   //!< owners and editors of the organisation, administrators
    bool may_view = false;   //!< public, or hidden from the public but seen by its members and reviewers
    bool is_public = false;  //!< the project and its organisation are published
    bool may_view_history = false;  //!< owners of the organisation and administrators
};
//! Nothing when the project or its organisation does not exist.
std::optional<LoadedProject> load_project(web::Context& context, long long id);

//! GET /projets/{id}/historique; GET/POST /admin/projets/{id}/masquer, POST /admin/projets/{id}/republier.
void register_project_moderation_routes(web::Registry& registry);

//! GET/POST /organisations/{id}/projets/nouveau, GET /projets/{id}, GET/POST /projets/{id}/modifier,
//! GET/POST /projets/{id}/qualification.
void register_project_routes(web::Registry& registry);

//! Fills `content`'s include marker PROJECTS with the organisation's projects (template
//! directory/project_list.tpl), and a button to add one when `may_edit`.
void add_project_list(ctemplate::TemplateDictionary& content, db::Session& session, long long organisation_id, bool may_edit);

} // namespace essaim::directory
