#pragma once
// Calendar days as the application stores them: 'YYYY-MM-DD' text in UTC (ISO dates compare as
// strings), and the two ways French pages and mails write them.

#include <string>
#include <string_view>

namespace essaim::core {

//! The UTC calendar day of a Unix time, as 'YYYY-MM-DD' (negative times are before 1970).
std::string iso_day(long long unix_seconds);
//! True when `text` is exactly 'YYYY-MM-DD' and names a day that exists (2027-02-29 does not).
bool is_iso_date(std::string_view text);
//! `iso` plus `years` years; 29 February becomes 28 February in a year that is not a leap year.
//! Anything that is not a calendar date is returned as given.
std::string add_years(std::string_view iso, int years);
//! `iso` plus `days` days (negative to go back); anything that is not a calendar date as given.
std::string add_days(std::string_view iso, int days);
//! Whole days from `from` to `to` (negative when `to` is earlier); 0 when either is not a calendar date.
long long days_between(std::string_view from, std::string_view to);
//! "1er mars 2024" from "2024-03-01"; anything that is not a calendar date as given.
std::string french_date(std::string_view iso);
//! "01/03/2024" from "2024-03-01" (what date fields and short notices show); anything else as given.
std::string short_french_date(std::string_view iso);

} // namespace essaim::core
