#pragma once
// The server's secret key: the configured one, or else one made at the first start and kept in
// the data directory, so that tokens derived from it survive a restart.

#include <string>

namespace essaim::core {

struct Config;

//! `config.secret_key` when set; otherwise the contents of `var_dir/secret_key`, created (32 random
//! bytes, readable by the owner only) when missing. Throws std::runtime_error when neither works.
std::string server_secret(const Config& config);

} // namespace essaim::core
