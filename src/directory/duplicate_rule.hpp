#pragma once
// When two organisations of the same commune look like one actor recorded twice.
//
// The rule: both names are folded (fold_for_search: lower case, no accents, punctuation and
// apostrophes as spaces), then the words that say the legal form or are mere articles are dropped
// ("association", "asso", "sas", "sasu", "sarl", "eurl", "sa", "scic", "scop", "sci", "ste",
// "societe", "cooperative"; "l", "la", "le", "les", "d", "de", "du", "des", "et"), and the
// remaining words are joined without spaces: that is the name's key.
//   - equal keys → "same name";
//   - otherwise, when both keys have at least 6 characters, an edit distance (Levenshtein, on
//     bytes of the folded ASCII) of at most 1 for keys up to 11 characters, at most 2 from 12 →
//     "similar name". Shorter keys must be equal: "ab" and "ac" are different actors.
// Same SIREN or same RNA cannot happen between two records (both columns are UNIQUE).

#include <string>
#include <string_view>

namespace essaim::directory {

//! The key of `name` described above; "" when nothing but legal words remains.
std::string duplicate_key(std::string_view name);

//! Levenshtein distance, giving up (returning limit + 1) once it exceeds `limit`.
std::size_t bounded_edit_distance(std::string_view a, std::string_view b, std::size_t limit);

enum class NameLikeness { Different, Same, Similar };

//! Compares two keys of duplicate_key().
NameLikeness compare_keys(std::string_view first, std::string_view second);

} // namespace essaim::directory
