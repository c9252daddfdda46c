#pragma once
// Assigning dossiers to instructeurs: automatically when a dossier is deposited (among the call's
// team, those covering the dossier's region, the least loaded first), or by hand.

namespace essaim::db {
class Session;
}

namespace essaim::labelling {

//! Inside the caller's transaction. Answers the instructeur's user id, or 0 when the call's team
//! has nobody for the dossier's region (it then waits for an assignment by hand).
long long assign_automatically(db::Session& session, long long dossier_id, long long now);

} // namespace essaim::labelling
