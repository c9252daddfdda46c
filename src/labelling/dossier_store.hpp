#pragma once
// SQL for dossiers shared by the labelling use cases: reading one, its state changes, and who to
// tell about them. Pages and lists have their own stores.

#include "labelling/dossier.hpp"

#include <optional>
#include <string>
#include <vector>

namespace essaim::db {
class Session;
}

namespace essaim::labelling {

std::optional<Dossier> find_dossier(db::Session& session, long long id);
//! Takes the row lock on PostgreSQL (SQLite's writer lock already serialises writes).
void lock_dossier(db::Session& session, long long id);
//! Inserts a dossier (its `id` is ignored) and answers its id.
long long insert_dossier(db::Session& session, const Dossier& dossier);

//! Sets the state and stamps updated_at, and deposited_at or decided_at when the move is one.
void update_dossier_state(db::Session& session, long long id, DossierState state, long long now);
void insert_transition(db::Session& session, long long dossier_id, DossierState from, DossierState to,
    long long actor_user_id, long long at, const std::string& motivation);

struct DossierTransition {
    DossierState from = DossierState::Brouillon;
    DossierState to = DossierState::Brouillon;
    long long actor_user_id = 0;
    std::string actor_name;  //!< "" for the system
    long long at = 0;
    std::string motivation;
};
//! The dossier's history, oldest first.
std::vector<DossierTransition> list_transitions(db::Session& session, long long dossier_id);

//! The call's title, for mails and headings ("" when missing).
std::string call_title(db::Session& session, long long call_id);
//! Who hears about the dossier: its author if still a member of the organisation, otherwise the
//! organisation's owners.
std::vector<std::string> applicant_emails(db::Session& session, const Dossier& dossier);

} // namespace essaim::labelling

namespace essaim::labelling {

//! The relations a user may have with a dossier, for permissions.cpp.
bool is_call_instructor(db::Session& session, long long call_id, long long user_id);
bool is_organisation_member(db::Session& session, long long organisation_id, long long user_id);
//! An opinion was requested from the user on the dossier, and neither cancelled nor ended by a
//! conflict of interest (the expert then no longer sees the dossier).
bool has_review_request(db::Session& session, long long dossier_id, long long user_id);
//! The user sits on a committee whose agenda holds the dossier.
bool sits_on_committee_for(db::Session& session, long long dossier_id, long long user_id);

} // namespace essaim::labelling

namespace essaim::labelling {

//! An organisation the user belongs to, with the region of its commune ("" when unknown).
struct MemberOrganisation {
    long long id = 0;
    std::string name;
    std::string region_code;
};
//! The user's organisations, by name.
std::vector<MemberOrganisation> member_organisations(db::Session& session, long long user_id);
//! Takes the organisation's row lock on PostgreSQL, so two starts for it do not both insert.
void lock_organisation(db::Session& session, long long organisation_id);
//! The organisation's dossier on the call that is not final yet (brouillon to en comité), or 0.
long long open_dossier_of(db::Session& session, long long call_id, long long organisation_id);
//! The region of a territory ("region", "departement" or "commune" and its code); "" when the
//! territory does not exist.
std::string territory_region(db::Session& session, const std::string& kind, const std::string& code);
//! The territory's name ("" when it does not exist).
std::string territory_name(db::Session& session, const std::string& kind, const std::string& code);
//! Replaces the draft's answers and stamps updated_at.
void update_answers(db::Session& session, long long id, const std::string& answers_json, long long now);
//! Deletes the dossier row; its transitions, messages, attachment rows and reviews go with it.
void delete_dossier_row(db::Session& session, long long id);
//! Display names for pages ("" when missing).
std::string organisation_name(db::Session& session, long long organisation_id);
std::string user_display_name(db::Session& session, long long user_id);

} // namespace essaim::labelling

namespace essaim::labelling {

//! The label the dossier granted, or 0.
long long label_of_dossier(db::Session& session, long long dossier_id);
//! The motivation of the latest move to `state` ("" when none).
std::string latest_motivation(db::Session& session, long long dossier_id, DossierState state);

} // namespace essaim::labelling
