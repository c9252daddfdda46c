#pragma once
// The few Unicode properties that e-mail addresses are checked against so that one address cannot
// pass for another: invisible and format characters, the script of a letter, and the Cyrillic and
// Greek letters drawn like Latin ones (after Unicode's confusables.txt, UTS #39).

#include <optional>
#include <string>
#include <string_view>

namespace essaim::auth {

enum class Script { Common, Latin, Greek, Cyrillic, Other };

//! The code points of well-formed UTF-8 `text`, or nothing when it is not well-formed.
std::optional<std::u32string> decode_utf8(std::string_view text);
std::string encode_utf8(std::u32string_view code_points);

//! True for characters that show nothing or change how others show: the format characters
//! (category Cf: zero-width spaces and joiners, bidirectional controls, the byte-order mark, tags…),
//! the other separators and spaces beyond ASCII's, fillers and variation selectors.
bool is_invisible_or_format(char32_t code_point);

//! The script of a letter; Common for digits, punctuation and ASCII symbols.
Script script_of(char32_t code_point);

//! True for a Cyrillic or Greek lower-case letter that looks like a Latin one (а, е, о, р, с, ο, ν…).
bool looks_latin(char32_t code_point);

//! Fullwidth ASCII forms (U+FF01–U+FF5E) and the ideographic space folded to ASCII, as NFKC does.
char32_t fold_fullwidth(char32_t code_point);

//! Upper-case Latin-1, Greek and Cyrillic letters to lower case; others unchanged.
char32_t to_lower_letter(char32_t code_point);

} // namespace essaim::auth
