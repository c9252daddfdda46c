#include "core/calendar.hpp"

#include <array>
#include <chrono>
#include <cstdio>

namespace essaim::core {

namespace {

using std::chrono::year_month_day;

// Reads 'YYYY-MM-DD' into a date that exists; false for anything else.
bool parse(std::string_view text, year_month_day& date)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (text[i] < '0' || text[i] > '9')
            return false;
    auto number = [&](std::size_t from, std::size_t length) {
        int value = 0;
        for (std::size_t i = from; i < from + length; ++i)
            value = value * 10 + (text[i] - '0');
        return value;
    };
    date = year_month_day{std::chrono::year(number(0, 4)), std::chrono::month(static_cast<unsigned>(number(5, 2))),
        std::chrono::day(static_cast<unsigned>(number(8, 2)))};
    return date.ok();
}

std::string format(const year_month_day& date)
{
    std::array<char, 16> buffer{};
    std::snprintf(buffer.data(), buffer.size(), "%04d-%02u-%02u", static_cast<int>(date.year()),
        static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return buffer.data();
}

} // namespace

std::string iso_day(long long unix_seconds)
{
    // floor, not truncation, so that a second before 1970 is still 1969-12-31.
    return format(year_month_day{
        std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds{std::chrono::seconds{unix_seconds}})});
}

bool is_iso_date(std::string_view text)
{
    year_month_day date;
    return parse(text, date);
}

std::string add_years(std::string_view iso, int years)
{
    year_month_day date;
    if (!parse(iso, date))
        return std::string(iso);
    auto moved = date + std::chrono::years(years);
    if (!moved.ok())  // 29 February in a year that has none
        moved = moved.year() / moved.month() / std::chrono::last;
    return format(moved);
}

std::string add_days(std::string_view iso, int days)
{
    year_month_day date;
    if (!parse(iso, date))
        return std::string(iso);
    return format(year_month_day{std::chrono::sys_days{date} + std::chrono::days{days}});
}

long long days_between(std::string_view from, std::string_view to)
{
    year_month_day a, b;
    if (!parse(from, a) || !parse(to, b))
        return 0;
    return (std::chrono::sys_days{b} - std::chrono::sys_days{a}).count();
}

std::string french_date(std::string_view iso)
{
    static constexpr std::array<const char*, 12> months = {"janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre"};
    year_month_day date;
    if (!parse(iso, date))
        return std::string(iso);
    auto day = static_cast<unsigned>(date.day());
    return (day == 1 ? std::string("1er") : std::to_string(day)) + " " + months[static_cast<unsigned>(date.month()) - 1]
        + " " + std::to_string(static_cast<int>(date.year()));
}

std::string short_french_date(std::string_view iso)
{
    if (!is_iso_date(iso))
        return std::string(iso);
    std::string text(iso);
    return text.substr(8, 2) + "/" + text.substr(5, 2) + "/" + text.substr(0, 4);
}

} // namespace essaim::core
