// The choice of the instructeur a deposited dossier goes to: region coverage first, then the
// lightest load, then the smallest user id.

#include "labelling/assignment.hpp"

#include <gtest/gtest.h>

namespace essaim::labelling {
namespace {

struct AssignmentCase {
    const char* name;
    std::vector<AssignmentCandidate> candidates;
    std::string region;
    long long expected;
};

TEST(AssignmentChoice, PicksTheLeastLoadedCoveringTheRegion)
{
    const std::vector<AssignmentCase> cases{
        {"nobody in the team", {}, "84", 0},
        {"one instructeur for every region", {{7, {}, 3}}, "84", 7},
        {"the lighter load wins", {{7, {}, 3}, {9, {}, 1}}, "84", 9},
        {"a tie goes to the smaller id", {{9, {}, 2}, {7, {}, 2}}, "84", 7},
        {"another region's instructeur is left out", {{7, {"11"}, 0}, {9, {}, 5}}, "84", 9},
        {"the region's instructeur is chosen", {{7, {"11", "84"}, 4}, {9, {"11"}, 0}}, "84", 7},
        {"nobody covers the region", {{7, {"11"}, 0}, {9, {"93"}, 0}}, "84", 0},
        {"an unknown region may go to anyone", {{7, {"11"}, 2}, {9, {"93"}, 1}}, "", 9},
        {"a zero load beats everyone", {{3, {}, 1}, {4, {"84"}, 0}, {5, {}, 0}}, "84", 4},
    };
    for (const auto& test : cases)
        EXPECT_EQ(choose_instructor(test.candidates, test.region), test.expected) << test.name;
}

} // namespace
} // namespace essaim::labelling
