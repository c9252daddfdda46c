#pragma once
// E-mail addresses as accounts know them: trimmed, folded to one form, and plausibly
// deliverable, refusing the ones that would pass for another address (invisible characters,
// letters of several scripts mixed in one name, Cyrillic or Greek look-alikes of Latin letters).

#include <optional>
#include <string>
#include <string_view>

namespace essaim::auth {

//! Trims surrounding spaces, folds fullwidth forms to ASCII (＠ → @, Ａ → a, as NFKC does) and
//! lower-cases the letters (ASCII, Latin-1, Greek, Cyrillic), so that one mailbox is one account.
std::string normalise_email(std::string_view text);

//! The French message to show next to the field, or nothing when `email` (already normalised)
//! looks like an address: one '@', a local part, a domain with a dot, no spaces or controls, no
//! invisible or format character, no name mixing Latin with Cyrillic or Greek letters, and no
//! Cyrillic or Greek name made only of Latin look-alikes beside a Latin one ("аррӏе.com").
std::optional<std::string> email_problem(std::string_view email);

//! The part before the '@' ("" when there is none).
std::string_view email_local_part(std::string_view email);

//! True when every byte of `email` is ASCII; the administration pages flag the others.
bool is_ascii_email(std::string_view email);

} // namespace essaim::auth
