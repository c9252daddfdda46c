#pragma once
// SQL for calls, their form versions, evaluation grids and instructeurs' teams.

#include "labelling/call.hpp"
#include "labelling/form_definition.hpp"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace essaim::db {
class Session;
}

namespace essaim::labelling {

std::optional<Call> find_call(db::Session& session, long long id);
//! Every call, newest first (administrators' list).
std::vector<Call> list_calls(db::Session& session);
//! Published and closed calls, newest first (public list).
std::vector<Call> list_public_calls(db::Session& session);
//! Inserts the call (its id is ignored); answers the id.
long long insert_call(db::Session& session, const Call& call, long long created_by);
//! Updates title, category, description, dates, label_years and updated_at.
void update_call(db::Session& session, const Call& call);
void set_call_state(db::Session& session, long long id, CallState state, long long now);

struct CallForm {
    long long id = 0;
    long long call_id = 0;
    int version = 1;
    FormDefinition definition;
    bool frozen = false;
};
//! The latest version of the call's form.
std::optional<CallForm> current_form(db::Session& session, long long call_id);
std::optional<CallForm> find_form(db::Session& session, long long form_id);
//! Makes the version read-only: editing it later makes a new version. B calls it when a dossier starts.
void freeze_form(db::Session& session, long long form_id);
//! Inserts a version (unfrozen); answers its id.
long long insert_form(db::Session& session, long long call_id, int version, const FormDefinition& definition,
    long long created_at, long long created_by);
//! Rewrites an unfrozen version's definition.
void update_form_definition(db::Session& session, long long form_id, const FormDefinition& definition);
//! How many dossiers were filled with this version.
long long count_dossiers_on_form(db::Session& session, long long form_id);

struct Criterion {
    long long id = 0;
    long long call_id = 0;
    int position = 0;
    std::string title;
    std::string description;
    int weight = 1;
    std::array<std::string, 6> scale;  //!< descriptions of the levels 0 to 5
};
//! The grid, by position.
std::vector<Criterion> list_criteria(db::Session& session, long long call_id);
std::optional<Criterion> find_criterion(db::Session& session, long long id);
long long insert_criterion(db::Session& session, const Criterion& criterion);
//! Updates title, description, weight, scale and position.
void update_criterion(db::Session& session, const Criterion& criterion);
void delete_criterion(db::Session& session, long long id);
//! Scores given on the criterion in opinions.
long long count_scores_on_criterion(db::Session& session, long long criterion_id);

//! The instructeurs' user ids.
std::vector<long long> call_team(db::Session& session, long long call_id);
struct TeamMember {
    long long user_id = 0;
    std::string email;
    std::string display_name;
};
std::vector<TeamMember> list_team(db::Session& session, long long call_id);
void add_team_member(db::Session& session, long long call_id, long long user_id);
void remove_team_member(db::Session& session, long long call_id, long long user_id);
//! The active account with this e-mail (case-insensitive) holding the role `role`; 0 when none.
long long find_user_with_role(db::Session& session, const std::string& email, const std::string& role);

//! Whether an INSEE commune code is in the communes table.
bool commune_exists(db::Session& session, const std::string& code);
//! The commune's name, "" when unknown.
std::string commune_name(db::Session& session, const std::string& code);

} // namespace essaim::labelling
