#include "auth/bounded_slots.hpp"

#include <algorithm>

namespace essaim::auth {

BoundedSlots::BoundedSlots(unsigned slots, unsigned queue)
    : m_free(slots == 0 ? 1 : slots)
    , m_queue(queue)
{
}

bool BoundedSlots::try_acquire()
{
    std::unique_lock lock(m_mutex);
    if (m_free == 0) {
        if (m_waiting >= m_queue)
            return false;
        ++m_waiting;
        m_most_waiting = std::max(m_most_waiting, m_waiting);
        m_changed.wait(lock, [this] { return m_free > 0; });
        --m_waiting;
    }
    --m_free;
    return true;
}

void BoundedSlots::release()
{
    {
        std::lock_guard lock(m_mutex);
        ++m_free;
    }
    m_changed.notify_one();
}

unsigned BoundedSlots::most_waiting() const
{
    std::lock_guard lock(m_mutex);
    return m_most_waiting;
}

} // namespace essaim::auth
