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

//! Appends the UTF-8 encoding of `code_point`, a Unicode scalar value (callers decide what to do
//! with surrogates, NUL or values past U+10FFFF before calling).
void append_utf8(std::string& out, char32_t code_point);

//! The value of the hexadecimal digit `c` (either case), or -1.
int hex_digit_value(char c);

} // namespace essaim::core
