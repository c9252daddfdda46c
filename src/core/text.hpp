#pragma once
// Text helpers shared by the domains: a search key that ignores case, accents and punctuation
// (so "Saint-Étienne" and "saint etienne" meet), UTF-8 checks and French number formatting.

#include <cstddef>
#include <string>
#include <string_view>

namespace essaim::core {

//! The search key of `utf8`: lower-case ASCII, accents removed (é→e, œ→oe, æ→ae, ß→ss …, for the
//! Latin-1 Supplement and Latin Extended-A letters and combining marks), every run of spaces,
//! hyphens, apostrophes (' ’) and punctuation turned into one space, trimmed. Characters of other
//! scripts are kept as they are; an invalid UTF-8 byte counts as a separator.
std::string fold_for_search(std::string_view utf8);

//! `text` without the spaces, tabs and line breaks at either end.
std::string trim(std::string_view text);

//! True when `text` is well-formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF).
bool is_valid_utf8(std::string_view text);

//! True when `text` begins with '=', '+', '-' or '@'. No name or title does, while a spreadsheet
//! runs such a value as a formula, so forms refuse them (open-data files also neutralise them:
//! see core::neutralise_formula, for values that came in another way).
bool begins_like_formula(std::string_view text);

//! The French message for a name or title that begins_like_formula, `what` being its subject
//! ("Le nom", "Le titre").
std::string formula_lead_message(std::string_view what);

//! The number of code points in well-formed UTF-8 `text`.
std::size_t count_code_points(std::string_view text);

//! `value` with its digits grouped by three the French way, with a narrow no-break space
//! (U+202F): 173136 → "173 136".
std::string group_digits(long long value);

//! A decimal number as stored ("45000", "-1500.5", "1500,50") written the French way: digits of
//! the whole part grouped with U+202F, a decimal comma ("45 000", "-1 500,5"). Text that is not such a
//! number comes back unchanged, so that a reader always sees what was typed.
std::string format_decimal(std::string_view number);

//! An amount in euros: `format_decimal` followed by a no-break space (U+00A0) and "€" ("45 000 €").
std::string format_euros(std::string_view number);
std::string format_euros(long long euros);

//! The noun that agrees with `count` by the French rule: the singular for 0 and 1 (and −1), the
//! plural from 2 on ("0 compte", "1 compte", "2 comptes").
std::string_view plural(long long count, std::string_view singular, std::string_view plural_form);

//! `count`, grouped by `group_digits`, a space and the noun that agrees with it: "1 compte",
//! "1 250 essaimages". The one way a count meets a noun in the interface.
std::string count_of(long long count, std::string_view singular, std::string_view plural_form);

//! `text` on one line (every run of spaces, tabs and line breaks one space), cut at the last word
//! that fits in `max_code_points` and then ended with "…" when it was longer. For meta descriptions
//! and other previews of free text.
std::string excerpt(std::string_view text, std::size_t max_code_points);

//! Appends the UTF-8 encoding of `code_point`, a Unicode scalar value (callers decide what to do
//! with surrogates, NUL or values past U+10FFFF before calling).
void append_utf8(std::string& out, char32_t code_point);

//! The value of the hexadecimal digit `c` (either case), or -1.
int hex_digit_value(char c);

} // namespace essaim::core
