#pragma once
// A call for applications: what it labels, when it takes applications, and its state.
//   brouillon → publié → clos, and a closed call may be published again.

#include "labelling/category.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace essaim::labelling {

enum class CallState { Brouillon, Publie, Clos };

const std::vector<CallState>& call_states();
std::string_view call_state_code(CallState state);   //!< "brouillon", "publie", "clos"
std::string_view call_state_label(CallState state);  //!< "Brouillon", "Publié", "Clos"
bool call_state_from_code(std::string_view code, CallState& state);
//! brouillon → publie, publie → clos, clos → publie; nothing else.
bool is_legal_call_move(CallState from, CallState to);

struct Call {
    long long id = 0;
    std::string title;
    LabelCategory category = LabelCategory::Incubateur;
    std::string description;
    bool permanent = true;
    std::string opens_on;   //!< 'YYYY-MM-DD', "" for a permanent call
    std::string closes_on;  //!< 'YYYY-MM-DD', "" for a permanent call
    CallState state = CallState::Brouillon;
    int label_years = 3;
    long long created_at = 0;
    long long updated_at = 0;
};

//! Published, and permanent or `today_iso` ('YYYY-MM-DD') within its dates.
bool is_open_for_applications(const Call& call, const std::string& today_iso);
//! "Permanent", "Du 01/03/2026 au 30/06/2026".
std::string call_dates_text(const Call& call);

} // namespace essaim::labelling
