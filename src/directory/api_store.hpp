#pragma once
// SQL for the directory's JSON API: the ids of one page of published records matching the
// filters, in id order after a cursor (keyset pagination: each page is an index range scan,
// however deep the client goes).

#include "directory/api_query.hpp"
#include "directory/organisation_store.hpp"
#include "directory/project.hpp"

#include <map>
#include <optional>
#include <string>

#include <vector>

namespace essaim::db {
class Session;
}

namespace essaim::directory {

//! Ids of published organisations matching `filter` (text aside) with id > after_id, ascending,
//! at most `limit`. When `among` is given, only those ids (the full-text matches) are considered.
std::vector<long long> api_organisation_ids(db::Session& session, const OrganisationApiFilter& filter,
    long long after_id, int limit, const std::vector<long long>* among);

//! Ids of published projects of published organisations matching `filter` (text aside), as above.
//! A department filter matches projects acting in that department or one of its communes; a region
//! filter, in that region, one of its departments or communes.
std::vector<long long> api_project_ids(db::Session& session, const ProjectApiFilter& filter, long long after_id,
    int limit, const std::vector<long long>* among);

//! The full-text matches one list request considers (api_text_candidates).
struct ApiTextCandidates {
    std::vector<long long> ids;  //!< matching records of the kind asked for, ascending
    //! Set when the bound was reached: matches with a greater id were not read, so the next page
    //! resumes after this id (it may be the id of no listed record).
    std::optional<long long> resume_after;
};

//! The records of one kind (organisations when `projects` is false) whose search document matches
//! the words of `text` (search_index.hpp: prefixes, all words), with id > after_id, ascending,
//! reading at most `limit` matches. No ranking and no counting: the engine hands its matches in id
//! order (FTS5: a rowid range; PostgreSQL: record_id order), so a broad word costs one bounded
//! read however many records it matches. Nothing when the text holds no searchable word.
ApiTextCandidates api_text_candidates(
    db::Session& session, const std::string& text, bool projects, long long after_id, int limit);

// Loading one page of a list: one query for the records and one per sub-list, whatever the page's
// size (`WHERE … IN (ids of the page)`), rather than one round of queries per record.

//! The published organisations among `ids`, with their actor types, in the order of `ids`.
std::vector<Organisation> api_published_organisations(db::Session& session, const std::vector<long long>& ids);
//! The communes named by `codes` that the reference tables know, by code.
std::map<std::string, CommunePlace> api_communes(db::Session& session, const std::vector<std::string>& codes);
//! The public projects (project and organisation published) among `ids`, with their thematics,
//! SDGs and territories, in the order of `ids`.
std::vector<Project> api_public_projects(db::Session& session, const std::vector<long long>& ids);

//! Whether the territory exists in the reference tables (kind: "commune", "departement", "region").
bool api_territory_exists(db::Session& session, const std::string& kind, const std::string& code);

} // namespace essaim::directory
