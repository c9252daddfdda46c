// Calendar days without a clock: Unix times to UTC days, which texts are real dates, year and day
// arithmetic around 29 February, and the two French ways of writing a date.

#include "core/calendar.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace essaim::core {
namespace {

TEST(Calendar, IsoDayOfUnixTimes)
{
    struct Case {
        long long seconds;
        const char* expected;
    };
    for (const auto& c : std::vector<Case>{{0, "1970-01-01"}, {86399, "1970-01-01"}, {86400, "1970-01-02"},
             {1709164800, "2024-02-29"},  // 2024-02-29T00:00:00Z
             {1709251199, "2024-02-29"},  // 23:59:59 the same day
             {1718409600, "2024-06-15"}, {1718409599, "2024-06-14"}, {1798675200, "2026-12-31"},
             {-1, "1969-12-31"}}) {
        EXPECT_EQ(iso_day(c.seconds), c.expected) << c.seconds;
    }
}

TEST(Calendar, IsIsoDateAcceptsOnlyDaysThatExist)
{
    struct Case {
        const char* text;
        bool expected;
    };
    for (const auto& c : std::vector<Case>{{"2026-02-28", true}, {"2027-03-15", true}, {"2028-02-29", true},
             {"2000-02-29", true}, {"1900-02-29", false}, {"2026-02-29", false}, {"2027-04-31", false},
             {"2026-13-01", false}, {"2026-00-10", false}, {"2026-01-00", false}, {"01/02/2026", false},
             {"15/03/2027", false}, {"2027-3-15", false}, {"2027-03-1x", false}, {"2027-03-150", false}, {"", false}}) {
        EXPECT_EQ(is_iso_date(c.text), c.expected) << c.text;
    }
}

TEST(Calendar, AddYearsKeepsTheDayOrFallsBackTo28February)
{
    struct Case {
        const char* from;
        int years;
        const char* expected;
    };
    for (const auto& c : std::vector<Case>{{"2026-03-15", 3, "2029-03-15"}, {"2024-02-29", 3, "2027-02-28"},
             {"2024-02-29", 4, "2028-02-29"}, {"2024-02-29", 1, "2025-02-28"}, {"2025-12-31", 1, "2026-12-31"},
             {"2100-02-28", 0, "2100-02-28"}, {"2026-01-10", -2, "2024-01-10"}, {"pas une date", 3, "pas une date"},
             {"", 1, ""}}) {
        EXPECT_EQ(add_years(c.from, c.years), c.expected) << c.from << " + " << c.years;
    }
}

TEST(Calendar, AddDaysAndDaysBetween)
{
    EXPECT_EQ(add_days("2024-02-28", 1), "2024-02-29");
    EXPECT_EQ(add_days("2026-01-01", -1), "2025-12-31");
    EXPECT_EQ(add_days("2026-01-01", 90), "2026-04-01");
    EXPECT_EQ(add_days("demain", 1), "demain");
    EXPECT_EQ(days_between("2026-01-01", "2026-01-31"), 30);
    EXPECT_EQ(days_between("2024-02-28", "2024-03-01"), 2);
    EXPECT_EQ(days_between("2026-03-01", "2026-02-28"), -1);
    EXPECT_EQ(days_between("2026-03-01", "hier"), 0);
}

TEST(Calendar, FrenchDates)
{
    struct Case {
        const char* iso;
        const char* long_text;
        const char* short_text;
    };
    for (const auto& c : std::vector<Case>{{"2024-03-01", "1er mars 2024", "01/03/2024"},
             {"2027-03-01", "1er mars 2027", "01/03/2027"}, {"2027-08-15", "15 août 2027", "15/08/2027"},
             {"2026-12-31", "31 décembre 2026", "31/12/2026"}, {"2026-01-09", "9 janvier 2026", "09/01/2026"},
             {"2026-02-30", "2026-02-30", "2026-02-30"}, {"01/03/2026", "01/03/2026", "01/03/2026"},
             {"bientôt", "bientôt", "bientôt"}, {"", "", ""}}) {
        EXPECT_EQ(french_date(c.iso), c.long_text) << c.iso;
        EXPECT_EQ(short_french_date(c.iso), c.short_text) << c.iso;
    }
}

} // namespace
} // namespace essaim::core
