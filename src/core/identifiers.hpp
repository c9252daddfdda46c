#pragma once
// The official identifiers of French organisations and places, as people type them and as the
// registers publish them: SIREN and SIRET (INSEE's company and establishment numbers), RNA
// (the register of associations), INSEE commune codes and NAF activity codes.
//
// Each validator accepts the spaces people type ("123 456 789", no-break spaces included) and
// returns the identifier in its canonical form, or an Invalid error whose message, in French,
// names the rule that failed. None of them throws.

#include "core/result.hpp"

#include <string>
#include <string_view>

namespace essaim::core {

//! `text` without ASCII spaces, tabs, no-break spaces (U+00A0) or narrow no-break spaces (U+202F).
std::string remove_spaces(std::string_view text);

//! True when `digits` (ASCII digits only, at least one) passes the Luhn check: doubling every
//! second digit from the right, the sum of the digits is a multiple of 10.
bool passes_luhn(std::string_view digits);

//! True when `text` is exactly `size` ASCII digits (postal codes, NIC, legal-form codes).
bool is_digits(std::string_view text, std::size_t size);

//! The SIREN of La Poste, whose establishments' SIRETs follow their own key (see validate_siret).
inline constexpr std::string_view la_poste_siren = "356000000";

//! 9 digits whose Luhn key is right; returns the 9 digits.
Result<std::string> validate_siren(std::string_view text);

//! 14 digits: a valid SIREN followed by the 5-digit NIC, the whole passing the Luhn check.
//! Establishments of La Poste (SIRET starting with 356000000) are numbered otherwise: the sum of
//! their 14 digits is a multiple of 5; only the head office, 356 000 000 00048, numbered before
//! that scheme, keeps the Luhn key. Returns the 14 digits.
Result<std::string> validate_siret(std::string_view text);

//! An RNA number: `W` then 9 digits or capital letters ("W751234567", "W9M1000012"). Lower-case
//! letters are upper-cased.
Result<std::string> validate_rna(std::string_view text);

//! An INSEE commune code: 5 characters, the department ("01" to "95" except "20", "2A" or "2B"
//! for Corsica, "971" to "978" or "984", "986" to "989" overseas) then the commune's number
//! (not all zeros). "2a004" becomes "2A004". Whether the commune exists is for the caller to check.
Result<std::string> validate_commune_code(std::string_view text);

//! The format of a NAF (rév. 2) activity code: 2 digits, a dot, 2 digits and a capital letter,
//! "88.99B". "8899b" and "88 99 B" are accepted and written "88.99B".
Result<std::string> validate_naf_code(std::string_view text);

} // namespace essaim::core
