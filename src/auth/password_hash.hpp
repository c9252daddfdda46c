#pragma once
// argon2id password hashes (libsodium, INTERACTIVE limits). Each hash costs ~64 MiB and ~0.1 s,
// so at most `config.password_hash_concurrency` run at once (0 = one per core): a burst of
// sign-ins queues here instead of exhausting memory.

#include <string>
#include <string_view>

namespace essaim::core {
struct Config;
}

namespace essaim::auth {

//! The encoded argon2id hash of `password`; throws std::runtime_error when out of memory.
std::string hash_password(const core::Config& config, std::string_view password);

//! True when `password` matches `encoded_hash`.
bool verify_password(const core::Config& config, const std::string& encoded_hash, std::string_view password);

//! Spends the time of one verification against a fixed hash, for an unknown e-mail, so that the
//! answer's timing does not tell whether an account exists.
void verify_against_dummy(const core::Config& config, std::string_view password);

} // namespace essaim::auth
