#pragma once
// Use cases on projects: an organisation's owners and editors create and edit its projects (each
// change is a revision and an audit entry); instructeurs and administrators qualify them.

#include "auth/identity.hpp"
#include "auth/request_info.hpp"
#include "core/clock.hpp"
#include "core/result.hpp"
#include "directory/project.hpp"
#include "directory/project_form.hpp"

#include <string>

namespace essaim::db {
class Session;
}

namespace essaim::directory {

//! The new project's id; Invalid with field errors (input normalised in place), NotFound for an
//! unknown organisation, Forbidden for someone who may not edit it.
core::Result<long long> create_project(const core::Clock& clock, db::Session& session, const auth::Identity& identity,
    long long organisation_id, ProjectInput& input, const auth::RequestInfo& request);

//! True when something changed (a revision was written), false when the project was already so.
core::Result<bool> edit_project(const core::Clock& clock, db::Session& session, const auth::Identity& identity,
    long long project_id, ProjectInput& input, const auth::RequestInfo& request);

//! What the qualification form sends: scores as typed ("0".."3") and the comments.
struct QualificationInput {
    std::string social_need;
    std::string innovation;
    std::string impact_evidence;
    std::string scaling_potential;
    std::string social_need_comment;
    std::string innovation_comment;
    std::string impact_evidence_comment;
    std::string scaling_potential_comment;
};

//! Records a review on the grid; the project's "qualifié" mark follows it (see
//! qualification_decision). Returns the decision.
core::Result<bool> qualify_project(const core::Clock& clock, db::Session& session, const auth::Identity& identity,
    long long project_id, const QualificationInput& input, const auth::RequestInfo& request);

//! Instructeurs and administrators.
bool may_qualify_projects(const auth::Identity& identity);

} // namespace essaim::directory
