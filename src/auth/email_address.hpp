#pragma once
// E-mail addresses as accounts know them: trimmed, lower-cased, and plausibly deliverable.

#include <optional>
#include <string>
#include <string_view>

namespace essaim::auth {

//! Trims surrounding spaces and lower-cases ASCII letters, so that one mailbox is one account.
std::string normalise_email(std::string_view text);

//! The French message to show next to the field, or nothing when `email` (already normalised)
//! looks like an address: one '@', a local part, a domain with a dot, no spaces or controls.
std::optional<std::string> email_problem(std::string_view email);

//! The part before the '@' ("" when there is none).
std::string_view email_local_part(std::string_view email);

} // namespace essaim::auth
