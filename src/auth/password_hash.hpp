#pragma once
// argon2id password hashes (libsodium, INTERACTIVE limits). Each hash costs ~64 MiB and ~0.1 s,
// so at most `config.password_hash_concurrency` run at once, and at most
// `config.password_hash_queue` requests wait for their turn: beyond that the answer is
// Unavailable (503 with Retry-After) at once, so that a burst of sign-ups holds a bounded number
// of workers and the rest of the site keeps answering.

#include "core/result.hpp"

#include <string>
#include <string_view>

namespace essaim::core {
struct Config;
}

namespace essaim::auth {

//! The encoded argon2id hash of `password`; Unavailable when the queue is full. Throws
//! std::runtime_error when out of memory.
core::Result<std::string> hash_password(const core::Config& config, std::string_view password);

//! True when `password` matches `encoded_hash`; Unavailable when the queue is full.
core::Result<bool> verify_password(const core::Config& config, const std::string& encoded_hash, std::string_view password);

//! Spends the time of one verification against a fixed hash, for an unknown e-mail, so that the
//! answer's timing does not tell whether an account exists; Unavailable when the queue is full.
core::Result<core::Done> verify_against_dummy(const core::Config& config, std::string_view password);

//! The most requests ever seen waiting for a hashing slot at once in this process.
unsigned most_hashes_waiting(const core::Config& config);

} // namespace essaim::auth
