// Record numbers read from URLs: only digits making a number above zero count.

#include "web/path_parameters.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <vector>

namespace essaim::web {
namespace {

TEST(PathParameters, PositiveIdAcceptsOnlyNumbersAboveZero)
{
    struct Case {
        const char* text;
        std::optional<long long> expected;
    };
    for (const auto& c : std::vector<Case>{{"1", 1}, {"42", 42}, {"9223372036854775807", 9223372036854775807LL},
             {"0", std::nullopt}, {"-3", std::nullopt}, {"+3", std::nullopt}, {"12abc", std::nullopt},
             {" 12", std::nullopt}, {"12 ", std::nullopt}, {"1.5", std::nullopt},
             {"9223372036854775808", std::nullopt}, {"", std::nullopt}}) {
        EXPECT_EQ(positive_id(c.text), c.expected) << c.text;
    }
}

} // namespace
} // namespace essaim::web
