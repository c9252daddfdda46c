#include "auth/time_format.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace essaim::auth {

std::string format_paris_time(core::UnixSeconds at)
{
    using namespace std::chrono;
    sys_seconds instant{seconds{at}};
    year_month_day date{floor<days>(instant)};
    auto summer_starts = sys_days{date.year() / March / Sunday[last]} + hours{1};
    auto summer_ends = sys_days{date.year() / October / Sunday[last]} + hours{1};
    auto local = instant + hours{instant >= summer_starts && instant < summer_ends ? 2 : 1};
    auto day = floor<days>(local);
    year_month_day local_date{day};
    hh_mm_ss time{local - day};
    char text[32];
    // Hours and minutes of a day: unsigned char tells the compiler they fit in two digits.
    std::snprintf(text, sizeof text, "%02u/%02u/%04d à %02u:%02u", static_cast<unsigned>(local_date.day()),
        static_cast<unsigned>(local_date.month()), static_cast<int>(local_date.year()),
        static_cast<unsigned char>(time.hours().count()), static_cast<unsigned char>(time.minutes().count()));
    return text;
}

std::string format_wait_minutes(std::int64_t seconds)
{
    // Rounded up, so that a client told "1 minute" is never refused again after waiting it.
    std::int64_t minutes = std::max<std::int64_t>(1, (seconds + 59) / 60);
    return core::count_of(minutes, "minute", "minutes");
}

} // namespace essaim::auth
