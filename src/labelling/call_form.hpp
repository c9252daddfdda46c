#pragma once
// The administrators' form for a call (create and edit): its fields as posted, checked.

#include "core/result.hpp"
#include "labelling/call.hpp"

#include <string>

namespace essaim::http {
class Form;
}

namespace essaim::labelling {

//! Posted names: titre, categorie, description, duree ("permanent" or "dates"), ouvre_le, ferme_le
//! (JJ/MM/AAAA or AAAA-MM-JJ), annees_label (1 to 10).
struct CallInput {
    std::string title;
    std::string category;
    std::string description;
    std::string duration = "permanent";
    std::string opens_on;
    std::string closes_on;
    std::string label_years = "3";
};

CallInput call_input_from_form(const http::Form& form);
CallInput call_input_from_call(const Call& call);

//! The call the input describes (id, state and times left as in `base`), or Invalid with an error per field.
core::Result<Call> parse_call_input(const CallInput& input, Call base = {});

} // namespace essaim::labelling
