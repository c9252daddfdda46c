#pragma once
// Multi-line text typed in a form (refusal reasons, claim messages): one kind of line break,
// trimmed, required, clean UTF-8, bounded.

#include <optional>
#include <string>
#include <string_view>

namespace essaim::directory {

//! Normalises `text` in place (CRLF → LF, trimmed) and returns what is wrong with it, if anything:
//! `empty_message` when it is empty, or a message naming the limit of `max_length` code points.
std::optional<std::string> free_text_problem(std::string& text, std::size_t max_length, std::string_view what,
    std::string_view empty_message);

} // namespace essaim::directory
