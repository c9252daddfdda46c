#include "auth/bounded_slots.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace essaim::auth;

TEST(BoundedSlots, RefusesAtOnceWhenTheSlotsAndTheQueueAreFull)
{
    BoundedSlots slots(1, 1);
    ASSERT_TRUE(slots.try_acquire());  // the one slot
    std::atomic<bool> waiter_got_it{false};
    std::thread waiter([&] {
        waiter_got_it = slots.try_acquire();  // waits in the queue
    });
    while (slots.most_waiting() < 1)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    // Slot held, queue full: the third caller is refused without waiting.
    auto started = std::chrono::steady_clock::now();
    EXPECT_FALSE(slots.try_acquire());
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::milliseconds(100));
    EXPECT_FALSE(waiter_got_it);
    slots.release();
    waiter.join();
    EXPECT_TRUE(waiter_got_it);
    slots.release();
    EXPECT_EQ(slots.most_waiting(), 1u);
}

TEST(BoundedSlots, AQueueOfZeroNeverWaits)
{
    BoundedSlots slots(2, 0);
    EXPECT_TRUE(slots.try_acquire());
    EXPECT_TRUE(slots.try_acquire());
    EXPECT_FALSE(slots.try_acquire());
    slots.release();
    EXPECT_TRUE(slots.try_acquire());
}

TEST(BoundedSlots, ALeaseGivesItsSlotBack)
{
    BoundedSlots slots(1, 0);
    {
        SlotLease lease(slots);
        EXPECT_TRUE(lease.held());
        SlotLease second(slots);
        EXPECT_FALSE(second.held());
    }
    SlotLease again(slots);
    EXPECT_TRUE(again.held());
}
