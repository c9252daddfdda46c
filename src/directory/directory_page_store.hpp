#pragma once
// The listing behind /annuaire: published organisations and projects, filtered by facets, with
// the counts of each facet and the number of results per department. With words, only the
// full-text candidate set (search_index.hpp: at most `candidate_limit` matches) is filtered,
// counted and ranked, so a broad word costs the same as a rare one: the candidates are read once
// with their facet columns, and the rest (filters, order, page, counts) is done in memory.
//
// Without words the filtered set may be the whole directory (1,000,000 records): counting each
// facet over it would cost one GROUP BY over every record per facet and per request. Counting is
// bounded instead, like the full-text candidates: the page first counts at most
// `directory_count_limit` + 1 filtered records (it stops there), and a facet is counted only when
// its own set (every filter but its own) is within the bound. Past it the page says "more than N"
// and shows the facet's values without numbers: no number shown is ever an estimate. The page of
// rows is then cut by walking the name (or date) index of each kind of record and merging the
// two, so its cost depends on the page, not on the size of the directory.

#include <map>
#include <set>
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
    //! Organisations holding a current label (state 'actif', expiring on `today` or later).
    bool labelled_only = false;
    //! YYYY-MM-DD: the day that decides which labels are current.
    std::string today;
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
//! "famille_ess", "qualifie", "labellise". Each facet is counted with every filter but its own, so the other
//! values of a facet stay visible (values of one facet are OR-ed, facets are AND-ed).
struct DirectoryListing {
    long long total = 0;        //!< exact when !total_capped; otherwise directory_count_limit
    bool total_capped = false;  //!< more than directory_count_limit records match
    std::vector<DirectoryRow> rows;
    std::map<std::string, std::vector<FacetCount>> facets;
    std::set<std::string> uncounted_facets;  //!< facets whose set is past the bound: values without numbers
    std::vector<FacetCount> per_department;  //!< with every filter: what the map shows (empty when capped)
    bool searched = false;                   //!< the text held words and the engine was asked
};

//! Upper bound of the full-text candidate set the page works on.
inline constexpr int directory_candidate_limit = 1000;
//! Upper bound of what the page counts exactly (records, facet values, departments).
inline constexpr long long directory_count_limit = 1000;

//! One page of the listing. `limit` and `offset` are used as given (the caller bounds them).
DirectoryListing list_directory(db::Session& session, const DirectoryFilters& filters, DirectorySort sort, int limit,
    int offset);

//! A label an organisation holds or held, for its profile (read from the labels table: the
//! directory does not depend on the labelling code).
struct OrganisationLabel {
    long long id = 0;
    std::string code;
    std::string category;    //!< incubateur, accelerateur, ruche, financeur, evaluateur, ptce, territoire
    std::string granted_on;  //!< YYYY-MM-DD
    std::string expires_on;  //!< YYYY-MM-DD, the last valid day
    bool withdrawn = false;
    long long withdrawn_at = 0;
};

//! The organisation's labels, the most recently granted first.
std::vector<OrganisationLabel> organisation_labels(db::Session& session, long long organisation_id);

//! Code → name of the departments and of the regions (the reference tables), for validation and labels.
std::map<std::string, std::string> department_names(db::Session& session);
std::map<std::string, std::string> region_names(db::Session& session);

} // namespace essaim::directory
