#pragma once
// SQL for the lists of dossiers: a member's (/mes-dossiers), the staff's (/instruction) and a
// call's export, with the opinions' progress (given = rendu, expected = demande or rendu).

#include "labelling/dossier.hpp"

#include <string>
#include <vector>

namespace essaim::db {
class Session;
}

namespace essaim::labelling {

struct DossierRow {
    long long id = 0;
    long long call_id = 0;
    std::string call_title;
    long long organisation_id = 0;
    std::string organisation_name;
    std::string siren;  //!< "" when unknown
    DossierState state = DossierState::Brouillon;
    long long instructor_id = 0;
    std::string instructor_name;
    long long created_at = 0;
    long long updated_at = 0;
    long long deposited_at = 0;
    long long decided_at = 0;
    int opinions_given = 0;
    int opinions_expected = 0;
    long long form_id = 0;
    std::string answers_json;
    std::string territory_kind;
    std::string territory_code;
};

//! The dossiers of every organisation the user belongs to, newest first.
std::vector<DossierRow> member_dossiers(db::Session& session, long long user_id);

struct StaffFilter {
    long long call_id = 0;  //!< 0 = every call
    std::string state;      //!< "" = every state but brouillon
};
//! Deposited dossiers (never drafts) of the calls whose team holds the user or assigned to them;
//! with `all_calls` (administrators) every call's. Oldest deposit first.
std::vector<DossierRow> staff_dossiers(db::Session& session, long long user_id, bool all_calls, const StaffFilter& filter);
//! Every dossier of the call except drafts, by id.
std::vector<DossierRow> call_export_rows(db::Session& session, long long call_id);

struct CallOption {
    long long id = 0;
    std::string title;
};
//! The calls for the staff's filter: the user's team's, or every call.
std::vector<CallOption> staff_calls(db::Session& session, long long user_id, bool all_calls);

} // namespace essaim::labelling
