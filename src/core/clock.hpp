#pragma once
// Time is read through a Clock so that tests can move it (session expiry, throttling windows).

#include <atomic>
#include <chrono>
#include <cstdint>

namespace essaim::core {

//! Seconds since the Unix epoch; what the database stores.
using UnixSeconds = std::int64_t;

class Clock {
public:
    virtual ~Clock() = default;
    virtual UnixSeconds now() const = 0;
};

class SystemClock final : public Clock {
public:
    UnixSeconds now() const override
    {
        return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    }
};

//! A clock that only moves when told to; thread-safe so a test can advance it while the server runs.
class ManualClock final : public Clock {
public:
    explicit ManualClock(UnixSeconds start)
        : m_now(start)
    {
    }
    UnixSeconds now() const override { return m_now.load(); }
    void advance(std::int64_t seconds) { m_now += seconds; }
    void set(UnixSeconds value) { m_now = value; }

private:
    std::atomic<UnixSeconds> m_now;
};

} // namespace essaim::core
