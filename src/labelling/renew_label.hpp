#pragma once
// Renewing a label: a member of the holder organisation starts a new dossier on the call's current
// form, pre-filled with the answers of the dossier that granted the label (the questions the new
// form still asks), and marked as the renewal of that label.

#include "auth/identity.hpp"
#include "auth/request_info.hpp"
#include "core/result.hpp"
#include "labelling/form_definition.hpp"
#include "labelling/label.hpp"

#include <string>
#include <string_view>

namespace essaim::db {
class Session;
}
namespace essaim::web {
struct Services;
}

namespace essaim::labelling {

//! Renewal opens this many days before expiry (the page shows the button from then on)…
inline constexpr int renewal_opens_days_before = 90;
//! …and stays possible this many days after it.
inline constexpr int renewal_closes_days_after = 365;

//! Whether the label's dates allow a renewal on `today`: not withdrawn, within 90 days of its
//! expiry or expired for less than a year.
bool renewal_window_open(const Label& label, std::string_view today);

//! The answers of `answers_json` whose keys the form still has (a JSON object; "{}" when unreadable).
std::string answers_for_form(const FormDefinition& form, std::string_view answers_json);

//! NotFound for an unknown label; Forbidden for someone who is not a member of the holder;
//! Conflict when the label is withdrawn, outside its renewal window, its call takes no applications,
//! or a renewal dossier is already open. Answers the new dossier's id.
core::Result<long long> renew_label(web::Services& services, db::Session& session, const auth::Identity& identity,
    long long label_id, const auth::RequestInfo& request_info);

} // namespace essaim::labelling
