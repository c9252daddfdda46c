#pragma once
// Random tokens, hashes and comparisons for secrets, from libsodium.

#include <cstddef>
#include <string>
#include <string_view>

namespace essaim::core {

//! Must run once before any other function here (idempotent, thread-safe).
void initialize_crypto();

//! `bytes` random bytes as URL-safe base64 without padding (16 bytes = 128 bits → 22 characters).
std::string random_token(std::size_t bytes = 16);
//! SHA-256 as lower-case hex; how session and e-mail tokens are stored.
std::string sha256_hex(std::string_view data);
//! HMAC-SHA-256 of `message` under `key`: 32 raw bytes.
std::string hmac_sha256(std::string_view key, std::string_view message);
//! Compares secrets in time independent of where they differ.
bool constant_time_equals(std::string_view a, std::string_view b);

} // namespace essaim::core
