#pragma once
// The listing behind /annuaire: published organisations and projects, filtered by facets, with
// the counts of each facet and the number of results per department. With words, only the
// full-text candidate set (search_index.hpp: at most `candidate_limit` matches) is filtered,
// counted and ranked, so a broad word costs the same as a rare one; without words the filters
// run over the indexed columns of the published records.

#include <map>
#include <string>
#include <vector>

namespace essaim::db {
class Session;
}

namespace essaim::directory {

//! The filters of the page, already validated against the reference lists.
struct DirectoryFilters {
    std::string text;  //!< free words; empty: no full-text search
    std::string kind;  //!< "", "organisation" or "project"
    std::vector<std::string> actor_types;
    std::vector<std::string> thematics;
    std::vector<std::string> stages;
    std::vector<int> sdgs;
    std::vector<std::string> regions;
    std::vector<std::string> departments;
    std::vector<std::string> ess_families;
    bool qualified_only = false;
};

enum class DirectorySort { Relevance, Name, Recent };

struct DirectoryRow {
    std::string kind;  //!< "organisation" or "project"
    long long id = 0;
    std::string title;
    std::string commune;  //!< the (organisation's) commune name, "" when unknown
};

struct FacetCount {
    std::string code;
    long long count = 0;
};

//! Facet names: "type", "actor_type", "thematique", "etape", "odd", "region", "departement",
//! "famille_ess", "qualifie". Each facet is counted with every filter but its own, so the other
//! values of a facet stay visible (values of one facet are OR-ed, facets are AND-ed).
struct DirectoryListing {
    long long total = 0;
    std::vector<DirectoryRow> rows;
    std::map<std::string, std::vector<FacetCount>> facets;
    std::vector<FacetCount> per_department;  //!< with every filter: what the map shows
    bool searched = false;                   //!< the text held words and the engine was asked
};

//! Upper bound of the full-text candidate set the page works on.
inline constexpr int directory_candidate_limit = 1000;

//! One page of the listing. `limit` and `offset` are used as given (the caller bounds them).
DirectoryListing list_directory(db::Session& session, const DirectoryFilters& filters, DirectorySort sort, int limit,
    int offset);

//! Code → name of the departments and of the regions (the reference tables), for validation and labels.
std::map<std::string, std::string> department_names(db::Session& session);
std::map<std::string, std::string> region_names(db::Session& session);

} // namespace essaim::directory
