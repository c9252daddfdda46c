#pragma once
// Where formatted messages go: .eml files in development, SMTP in production.

#include <string>

namespace essaim::core {
struct Config;
}

namespace essaim::mail {

//! Writes `content` to `config.mail_dir/<name>.eml` atomically (temporary file, then rename).
void write_eml_file(const core::Config& config, const std::string& name, const std::string& content);

//! Sends over SMTP with libcurl; throws std::runtime_error with curl's message on failure.
void send_smtp(const core::Config& config, const std::string& recipient, const std::string& content);

} // namespace essaim::mail
