#pragma once
// The memory all request bodies being read or handled may take together. Each body reserves its
// declared length (or its bound, when it comes in chunks) before the server reads it, and gives it
// back once its handler is done; a body that does not fit is refused (503, Retry-After) without
// being read. So many large bodies at once cannot take the server's memory, whoever sends them.

#include <atomic>
#include <cstddef>
#include <utility>

namespace essaim::http {

class BodyBudget {
public:
    class Reservation;

    explicit BodyBudget(std::size_t capacity_bytes)
        : m_capacity(capacity_bytes)
    {
    }
    BodyBudget(const BodyBudget&) = delete;
    BodyBudget& operator=(const BodyBudget&) = delete;

    //! Reserves `bytes` when they fit beside what is reserved already; 0 bytes always fit.
    bool try_reserve(std::size_t bytes, Reservation& reservation);
    std::size_t reserved() const { return m_reserved.load(); }
    std::size_t capacity() const { return m_capacity; }

private:
    std::size_t m_capacity;
    std::atomic<std::size_t> m_reserved{0};
};

//! Bytes held in a BodyBudget, given back by release() or on destruction. Move-only.
class BodyBudget::Reservation {
public:
    Reservation() = default;
    Reservation(Reservation&& other) noexcept { *this = std::move(other); }
    Reservation& operator=(Reservation&& other) noexcept
    {
        if (this != &other) {
            release();
            m_budget = other.m_budget;
            m_bytes = other.m_bytes;
            other.m_budget = nullptr;
            other.m_bytes = 0;
        }
        return *this;
    }
    Reservation(const Reservation&) = delete;
    Reservation& operator=(const Reservation&) = delete;
    ~Reservation() { release(); }

    void release()
    {
        if (m_budget)
            m_budget->m_reserved -= m_bytes;
        m_budget = nullptr;
        m_bytes = 0;
    }
    std::size_t bytes() const { return m_bytes; }

private:
    friend class BodyBudget;
    BodyBudget* m_budget = nullptr;
    std::size_t m_bytes = 0;
};

inline bool BodyBudget::try_reserve(std::size_t bytes, Reservation& reservation)
{
    reservation.release();
    if (bytes == 0)
        return true;
    std::size_t current = m_reserved.load();
    do {
        if (bytes > m_capacity || current > m_capacity - bytes)
            return false;
    } while (!m_reserved.compare_exchange_weak(current, current + bytes));
    reservation.m_budget = this;
    reservation.m_bytes = bytes;
    return true;
}

} // namespace essaim::http
