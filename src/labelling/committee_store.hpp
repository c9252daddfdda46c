#pragma once
// SQL for committee sessions, their members and their agenda.

#include "labelling/committee.hpp"

#include <optional>
#include <string>
#include <vector>

namespace essaim::db {
class Session;
}

namespace essaim::labelling {

//! Inserts the session (its `id`, `call_title` and `state` are ignored: it starts prévu) and answers its id.
long long insert_committee(db::Session& session, const Committee& committee);
//! Updates the title, the date and the call.
void update_committee(db::Session& session, const Committee& committee);
void set_committee_state(db::Session& session, long long committee_id, CommitteeState state);
std::optional<Committee> find_committee(db::Session& session, long long committee_id);

//! Sessions with their counts, by date (latest first); only those `member_user_id` sits on unless 0.
std::vector<CommitteeSummary> list_committees(db::Session& session, long long member_user_id);

std::vector<CommitteeMember> list_members(db::Session& session, long long committee_id);
//! Makes `user_ids` the session's members, exactly.
void replace_members(db::Session& session, long long committee_id, const std::vector<long long>& user_ids);
bool is_committee_member(db::Session& session, long long committee_id, long long user_id);

//! The agenda in the order dossiers were placed on it, each line with its given opinions scored
//! over its call's grid.
std::vector<AgendaLine> list_agenda(db::Session& session, long long committee_id);
//! Dossiers en instruction of the call (of any call when 0), oldest first, at most `limit`.
std::vector<AgendaCandidate> list_agenda_candidates(db::Session& session, long long call_id, int limit);

//! Nothing when the dossier is not on the agenda; otherwise whether its line is decided.
std::optional<bool> agenda_line_decided(db::Session& session, long long committee_id, long long dossier_id);
//! The next session a dossier of `call_id` goes to: of that call, not yet held, meeting on `today`
//! or later; the earliest. 0 when none. (A session for every call is filled by hand.)
long long next_committee_for_call(db::Session& session, long long call_id, const std::string& today);
//! The session whose agenda holds the dossier undecided; 0 when none.
long long pending_committee_of(db::Session& session, long long dossier_id);
//! Appends the dossier at the end of the agenda.
void insert_agenda_line(db::Session& session, long long committee_id, long long dossier_id);
void record_line_decision(db::Session& session, long long committee_id, long long dossier_id,
    CommitteeDecision decision, const std::string& motivation, long long at, long long decided_by);
void delete_agenda_line(db::Session& session, long long committee_id, long long dossier_id);
//! Lines still awaiting a decision; a dossier its applicant withdrew meanwhile awaits none.
int count_undecided_lines(db::Session& session, long long committee_id);

//! A call a session may be attached to.
struct CallChoice {
    long long id = 0;
    std::string title;
};
//! Every call that is not a draft, newest first.
std::vector<CallChoice> list_call_choices(db::Session& session);

} // namespace essaim::labelling
