#include "labelling/call.hpp"

#include "core/calendar.hpp"

namespace essaim::labelling {

const std::vector<CallState>& call_states()
{
    static const std::vector<CallState> states{CallState::Brouillon, CallState::Publie, CallState::Clos};
    return states;
}

std::string_view call_state_code(CallState state)
{
    switch (state) {
    case CallState::Publie:
        return "publie";
    case CallState::Clos:
        return "clos";
    default:
        return "brouillon";
    }
}

std::string_view call_state_label(CallState state)
{
    switch (state) {
    case CallState::Publie:
        return "Publié";
    case CallState::Clos:
        return "Clos";
    default:
        return "Brouillon";
    }
}

bool call_state_from_code(std::string_view code, CallState& state)
{
    for (auto candidate : call_states())
        if (call_state_code(candidate) == code) {
            state = candidate;
            return true;
        }
    return false;
}

bool is_legal_call_move(CallState from, CallState to)
{
    return (from == CallState::Brouillon && to == CallState::Publie) || (from == CallState::Publie && to == CallState::Clos)
        || (from == CallState::Clos && to == CallState::Publie);
}

bool is_open_for_applications(const Call& call, const std::string& today_iso)
{
    if (call.state != CallState::Publie)
        return false;
    if (call.permanent)
        return true;
    // ISO dates compare as text.
    if (!call.opens_on.empty() && today_iso < call.opens_on)
        return false;
    if (!call.closes_on.empty() && today_iso > call.closes_on)
        return false;
    return true;
}

std::string call_dates_text(const Call& call)
{
    if (call.permanent)
        return "Appel permanent";
    return "Du " + core::short_french_date(call.opens_on) + " au " + core::short_french_date(call.closes_on);
}

} // namespace essaim::labelling
