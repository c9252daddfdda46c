#pragma once
// SQL for projects, their thematics, SDGs, territories, revisions and qualifications. Writers
// expect the caller's transaction.

#include "directory/organisation_store.hpp"
#include "directory/project.hpp"

#include <optional>
#include <string>
#include <vector>

namespace essaim::db {
class Session;
}

namespace essaim::directory {

std::optional<Project> find_project(db::Session& session, long long id);
//! Holds the project's row until the transaction ends (PostgreSQL row lock; SQLite's write
//! transaction already excludes other writers).
void lock_project(db::Session& session, long long id);
//! Inserts the project with its lists (id ignored); returns the new id.
long long insert_project(db::Session& session, const Project& project);
//! Writes the profile, completeness and updated_at, and replaces the lists.
void update_project(db::Session& session, const Project& project);
void insert_project_revision(db::Session& session, long long project_id, long long at, long long actor_user_id,
    const std::string& changes_json);
//! The changes_json of the project's revisions, newest first.
std::vector<std::string> project_revision_changes(db::Session& session, long long project_id, int limit);

//! Sets the moderation status (Publiee or Refusee: hidden) with the reason shown to the members
//! ("" when published), who decided and when; updated_at follows.
void record_project_moderation(db::Session& session, long long project_id, OrganisationStatus status,
    const std::string& hidden_reason, long long at, long long by_user_id);
//! The project's revisions with their authors' names, newest first (RevisionRow as organisations').
std::vector<RevisionRow> list_project_revisions(db::Session& session, long long project_id, int limit);

//! A territory of action as pages show it.
struct TerritoryPlace {
    TerritoryRef ref;
    std::string name;
    std::string department_code;  //!< communes: their department, for the link
    std::string department_name;
};
//! The territory named by `ref`, from the territory reference tables.
std::optional<TerritoryPlace> find_territory(db::Session& session, const TerritoryRef& ref);

//! A project as another page names it: with its organisation and whether the public sees it.
struct ProjectCard {
    long long id = 0;
    std::string title;
    long long organisation_id = 0;
    std::string organisation_name;
    long long replicates_id = 0;
    std::string replication_started_on;
    long long beneficiaries_per_year = 0;
    bool is_public = false;  //!< project 'publiee' and organisation 'publiee'
};
std::optional<ProjectCard> find_project_card(db::Session& session, long long id);
//! Projects whose title equals `title`, ignoring case (ASCII), at most `limit`.
std::vector<ProjectCard> projects_titled(db::Session& session, const std::string& title, int limit);
//! Projects whose title contains `fragment`, ignoring case (ASCII), by id, at most `limit`.
std::vector<ProjectCard> projects_title_containing(db::Session& session, const std::string& fragment, int limit);
//! The project `root` and every replication of it, directly or not (breadth first, root first).
std::vector<ProjectCard> load_family(db::Session& session, long long root);

struct QualificationRecord {
    long long id = 0;
    long long reviewer_user_id = 0;
    std::string reviewer_name;
    long long at = 0;
    QualificationGrid grid;
    std::string social_need_comment;
    std::string innovation_comment;
    std::string impact_evidence_comment;
    std::string scaling_potential_comment;
    bool qualified = false;
};
//! Inserts the review and sets projects.qualified from it.
void insert_qualification(db::Session& session, long long project_id, const QualificationRecord& record);
std::optional<QualificationRecord> latest_qualification(db::Session& session, long long project_id);

//! What an organisation's page lists of its projects.
struct ProjectSummary {
    long long id = 0;
    std::string title;
    std::string stage;  //!< a code of project_stages()
    int completeness = 0;
    bool qualified = false;
};
//! The organisation's projects with status 'publiee', by title. The organisation's page is
//! already restricted to who may see the organisation, so these are for its visitors.
std::vector<ProjectSummary> project_summaries_for_organisation(db::Session& session, long long organisation_id);
//! The organisation's projects hidden by moderation, by title: for its members' view of its page.
std::vector<ProjectSummary> hidden_project_summaries_for_organisation(db::Session& session, long long organisation_id);

//! A project hidden by an administrator, for the administrators' list.
struct HiddenProject {
    long long id = 0;
    std::string title;
    long long organisation_id = 0;
    std::string organisation_name;
    std::string hidden_reason;
    long long moderated_at = 0;
};
//! Hidden projects, most recently hidden first, at most `limit`.
std::vector<HiddenProject> list_hidden_projects(db::Session& session, int limit);

} // namespace essaim::directory
