#pragma once
// A counting semaphore with a bounded wait: at most `slots` holders at once, at most `queue`
// callers waiting for one, and anyone beyond that is refused at once instead of queueing.

#include <condition_variable>
#include <mutex>

namespace essaim::auth {

class BoundedSlots {
public:
    //! `slots` of 0 counts as 1; `queue` may be 0 (no waiting at all).
    BoundedSlots(unsigned slots, unsigned queue);

    //! Takes a slot, waiting in the queue if there is room there; false when the queue is full.
    bool try_acquire();
    void release();

    //! The most callers ever seen waiting at once (for tests and logs).
    unsigned most_waiting() const;

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    unsigned m_free;
    unsigned m_queue;
    unsigned m_waiting = 0;
    unsigned m_most_waiting = 0;
};

//! A slot held for one scope, if one could be had.
class SlotLease {
public:
    explicit SlotLease(BoundedSlots& slots)
        : m_slots(slots)
        , m_held(slots.try_acquire())
    {
    }
    ~SlotLease()
    {
        if (m_held)
            m_slots.release();
    }
    SlotLease(const SlotLease&) = delete;
    SlotLease& operator=(const SlotLease&) = delete;
    bool held() const { return m_held; }

private:
    BoundedSlots& m_slots;
    bool m_held;
};

} // namespace essaim::auth
