#include "auth/password_hash.hpp"

#include "core/config.hpp"

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <sodium.h>
#include <stdexcept>
#include <thread>

namespace essaim::auth {

namespace {

//! A counting semaphore whose size is only known at run time, from the configuration.
class HashSlots {
public:
    explicit HashSlots(unsigned size)
        : m_free(size == 0 ? 1 : size)
    {
    }
    void acquire()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_free > 0; });
        --m_free;
    }
    void release()
    {
        {
            std::lock_guard lock(m_mutex);
            ++m_free;
        }
        m_changed.notify_one();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    unsigned m_free;
};

HashSlots& slots(const core::Config& config)
{
    // One process, one bound: sized from the first configuration that asks.
    static HashSlots shared(config.password_hash_concurrency != 0 ? config.password_hash_concurrency
                                                                   : std::max(1u, std::thread::hardware_concurrency()));
    return shared;
}

class SlotLease {
public:
    explicit SlotLease(HashSlots& slots)
        : m_slots(slots)
    {
        m_slots.acquire();
    }
    ~SlotLease() { m_slots.release(); }
    SlotLease(const SlotLease&) = delete;
    SlotLease& operator=(const SlotLease&) = delete;

private:
    HashSlots& m_slots;
};

std::string hash_unbounded(std::string_view password)
{
    char encoded[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(encoded, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        throw std::runtime_error("password hashing ran out of memory");
    return encoded;
}

} // namespace

std::string hash_password(const core::Config& config, std::string_view password)
{
    SlotLease lease(slots(config));
    return hash_unbounded(password);
}

bool verify_password(const core::Config& config, const std::string& encoded_hash, std::string_view password)
{
    SlotLease lease(slots(config));
    return crypto_pwhash_str_verify(encoded_hash.c_str(), password.data(), password.size()) == 0;
}

void verify_against_dummy(const core::Config& config, std::string_view password)
{
    // Made once per process from a random secret nobody knows, with the same parameters as real hashes.
    static const std::string dummy = [&config] {
        unsigned char secret[32];
        randombytes_buf(secret, sizeof secret);
        SlotLease lease(slots(config));
        return hash_unbounded(std::string_view(reinterpret_cast<const char*>(secret), sizeof secret));
    }();
    verify_password(config, dummy, password);
}

} // namespace essaim::auth
