// The budget shared by all request bodies in flight: reservations fit or fail whole, go back when
// released or destroyed, and hold under parallel use.

#include "http/body_budget.hpp"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

using essaim::http::BodyBudget;

TEST(BodyBudget, ReservesWhatFitsAndRefusesTheRest)
{
    BodyBudget budget(100);
    BodyBudget::Reservation a, b, c, empty;
    EXPECT_TRUE(budget.try_reserve(60, a));
    EXPECT_TRUE(budget.try_reserve(40, b));
    EXPECT_EQ(budget.reserved(), 100u);
    EXPECT_FALSE(budget.try_reserve(1, c));
    EXPECT_EQ(c.bytes(), 0u);
    EXPECT_TRUE(budget.try_reserve(0, empty)) << "a request without a body always fits";
    a.release();
    EXPECT_EQ(budget.reserved(), 40u);
    EXPECT_TRUE(budget.try_reserve(60, c));
    EXPECT_FALSE(BodyBudget(10).try_reserve(11, a)) << "larger than the whole budget";
}

TEST(BodyBudget, AReservationGoesBackWhenDestroyedOrMovedOver)
{
    BodyBudget budget(100);
    {
        BodyBudget::Reservation held;
        ASSERT_TRUE(budget.try_reserve(70, held));
        BodyBudget::Reservation moved(std::move(held));
        EXPECT_EQ(budget.reserved(), 70u);
        BodyBudget::Reservation other;
        ASSERT_TRUE(budget.try_reserve(20, other));
        other = std::move(moved);  // the 20 go back, the 70 move
        EXPECT_EQ(budget.reserved(), 70u);
        EXPECT_EQ(other.bytes(), 70u);
    }
    EXPECT_EQ(budget.reserved(), 0u);
}

TEST(BodyBudget, ParallelReservationsNeverExceedTheCapacity)
{
    BodyBudget budget(1000);
    std::atomic<bool> exceeded{false};
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 20000; ++i) {
                BodyBudget::Reservation held;
                if (budget.try_reserve(300, held) && budget.reserved() > budget.capacity())
                    exceeded = true;
            }
        });
    }
    for (auto& thread : threads)
        thread.join();
    EXPECT_FALSE(exceeded);
    EXPECT_EQ(budget.reserved(), 0u);
}
