#pragma once
// The search documents of a bulk import, written once per batch instead of once per row by the
// triggers of migration 040 (migration 060 lets a transaction hold those triggers back).

#include <vector>

namespace essaim::db {
class Session;
}

namespace essaim::directory {

//! Holds the organisation search triggers back until resume_search_indexing(), in the current
//! transaction only: the row that says so is never committed, so other connections keep indexing.
void pause_search_indexing(db::Session& session);

//! Rewrites the search documents of the organisations `ids` and of their projects from the
//! current rows, exactly as the triggers would have written them, then lets the triggers run
//! again. Call it in the transaction that paused them, before its commit.
void index_organisations_and_resume(db::Session& session, const std::vector<long long>& ids);

} // namespace essaim::directory
