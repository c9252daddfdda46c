#pragma once
// Turns a queued message into RFC 5322 text (UTF-8 body, encoded subject, CRLF lines).

#include "mail/outbox.hpp"

#include <string>

namespace essaim::mail {

//! True when an address is safe to put in a header: no CR/LF, one '@', no spaces or angle brackets.
bool is_header_safe_address(const std::string& address);

//! The whole message, headers and body. `message_id` must be unique (e.g. "<42.1700000000@essaim>").
std::string format_message(const Message& message, const std::string& from, long long created_at,
    const std::string& message_id);

} // namespace essaim::mail
