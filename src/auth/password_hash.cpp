#include "auth/password_hash.hpp"

#include "auth/bounded_slots.hpp"
#include "core/config.hpp"

#include <algorithm>
#include <sodium.h>
#include <stdexcept>
#include <thread>

namespace essaim::auth {

namespace {

//! Seconds a refused client is told to wait: a few hashes' time, enough for a burst to drain.
constexpr int busy_retry_seconds = 2;

BoundedSlots& slots(const core::Config& config)
{
    // One process, one bound: sized from the first configuration that asks.
    static BoundedSlots shared(config.password_hash_concurrency != 0 ? config.password_hash_concurrency
                                                                     : std::max(1u, std::thread::hardware_concurrency()),
        config.password_hash_queue != 0 ? config.password_hash_queue : std::max(1u, config.password_hash_concurrency));
    return shared;
}

core::Error busy()
{
    core::Error error{core::ErrorKind::Unavailable,
        "Le service reçoit beaucoup de demandes en ce moment. Réessayez dans quelques secondes : votre saisie est conservée.",
        {}};
    error.retry_after_seconds = busy_retry_seconds;
    return error;
}

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

core::Result<std::string> hash_password(const core::Config& config, std::string_view password)
{
    SlotLease lease(slots(config));
    if (!lease.held())
        return busy();
    return hash_unbounded(password);
}

core::Result<bool> verify_password(const core::Config& config, const std::string& encoded_hash, std::string_view password)
{
    SlotLease lease(slots(config));
    if (!lease.held())
        return busy();
    return crypto_pwhash_str_verify(encoded_hash.c_str(), password.data(), password.size()) == 0;
}

core::Result<core::Done> verify_against_dummy(const core::Config& config, std::string_view password)
{
    // Made once per process from a random secret nobody knows, with the same parameters as real
    // hashes. Made outside the bound: it happens once, at start-up's housekeeping.
    static const std::string dummy = [] {
        unsigned char secret[32];
        randombytes_buf(secret, sizeof secret);
        return hash_unbounded(std::string_view(reinterpret_cast<const char*>(secret), sizeof secret));
    }();
    auto verified = verify_password(config, dummy, password);
    if (!verified)
        return verified.error();
    return core::Done{};
}

unsigned most_hashes_waiting(const core::Config& config) { return slots(config).most_waiting(); }

} // namespace essaim::auth
