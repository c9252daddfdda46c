#include "labelling/label.hpp"

#include <array>
#include <charconv>
#include <cstdio>

namespace essaim::labelling {

namespace {

// Days since 1970-01-01 from a proleptic Gregorian date, and back (Howard Hinnant's algorithms).
long long days_from_civil(int year, unsigned month, unsigned day)
{
    year -= month <= 2 ? 1 : 0;
    const long long era = (year >= 0 ? year : year - 399) / 400;
    const unsigned year_of_era = static_cast<unsigned>(year - era * 400);
    const unsigned day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + static_cast<long long>(day_of_era) - 719468;
}

struct Civil {
    int year = 1970;
    unsigned month = 1;
    unsigned day = 1;
};

Civil civil_from_days(long long days)
{
    days += 719468;
    const long long era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned day_of_era = static_cast<unsigned>(days - era * 146097);
    const unsigned year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    const unsigned day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    const unsigned mp = (5 * day_of_year + 2) / 153;
    Civil civil;
    civil.day = day_of_year - (153 * mp + 2) / 5 + 1;
    civil.month = mp < 10 ? mp + 3 : mp - 9;
    civil.year = static_cast<int>(year_of_era + era * 400) + (civil.month <= 2 ? 1 : 0);
    return civil;
}

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

bool parse_iso(std::string_view iso, Civil& civil)
{
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-')
        return false;
    auto number = [&](std::size_t from, std::size_t length, auto& out) {
        auto [end, error] = std::from_chars(iso.data() + from, iso.data() + from + length, out);
        return error == std::errc() && end == iso.data() + from + length;
    };
    return number(0, 4, civil.year) && number(5, 2, civil.month) && number(8, 2, civil.day) && civil.month >= 1
        && civil.month <= 12 && civil.day >= 1 && civil.day <= 31;
}

std::string format_iso(const Civil& civil)
{
    std::array<char, 16> buffer{};
    std::snprintf(buffer.data(), buffer.size(), "%04d-%02u-%02u", civil.year, civil.month, civil.day);
    return buffer.data();
}

} // namespace

std::string_view label_status_code(LabelStatus status)
{
    switch (status) {
    case LabelStatus::Current: return "en-cours";
    case LabelStatus::Expired: return "expire";
    case LabelStatus::Withdrawn: return "retire";
    }
    return "en-cours";
}

std::string_view label_status_label(LabelStatus status)
{
    switch (status) {
    case LabelStatus::Current: return "En cours";
    case LabelStatus::Expired: return "Expiré";
    case LabelStatus::Withdrawn: return "Retiré";
    }
    return "En cours";
}

bool label_status_from_code(std::string_view code, LabelStatus& status)
{
    for (auto candidate : {LabelStatus::Current, LabelStatus::Expired, LabelStatus::Withdrawn})
        if (label_status_code(candidate) == code) {
            status = candidate;
            return true;
        }
    return false;
}

LabelStatus label_status(const Label& label, std::string_view today)
{
    if (label.withdrawn)
        return LabelStatus::Withdrawn;
    // ISO dates compare as strings.
    return std::string_view(label.expires_on) < today ? LabelStatus::Expired : LabelStatus::Current;
}

std::string utc_day(long long unix_seconds)
{
    long long days = unix_seconds / 86400;
    if (unix_seconds % 86400 < 0)
        --days;
    return format_iso(civil_from_days(days));
}

std::string add_years(std::string_view iso, int years)
{
    Civil civil;
    if (!parse_iso(iso, civil))
        return std::string(iso);
    civil.year += years;
    if (civil.month == 2 && civil.day == 29 && !is_leap(civil.year))
        civil.day = 28;
    return format_iso(civil);
}

std::string add_days(std::string_view iso, int days)
{
    Civil civil;
    if (!parse_iso(iso, civil))
        return std::string(iso);
    return format_iso(civil_from_days(days_from_civil(civil.year, civil.month, civil.day) + days));
}

long long days_between(std::string_view from, std::string_view to)
{
    Civil a, b;
    if (!parse_iso(from, a) || !parse_iso(to, b))
        return 0;
    return days_from_civil(b.year, b.month, b.day) - days_from_civil(a.year, a.month, a.day);
}

std::string long_french_date(std::string_view iso)
{
    static constexpr std::array<const char*, 12> months = {"janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre"};
    Civil civil;
    if (!parse_iso(iso, civil))
        return std::string(iso);
    return std::to_string(civil.day) + (civil.day == 1 ? "er " : " ") + months[civil.month - 1] + " "
        + std::to_string(civil.year);
}

} // namespace essaim::labelling
