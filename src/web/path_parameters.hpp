#pragma once
// Record numbers in URLs (/organisations/{id}, /comites/{id}/membres/{user}): one reading for every
// module, so that "12abc", "-3", "0" and overflowing numbers all mean "no such page".

#include <optional>
#include <string_view>

namespace essaim::web {

struct Context;

//! `text` as a number above zero, written with digits only; nothing otherwise.
std::optional<long long> positive_id(std::string_view text);
//! The path parameter `name` (default `{id}`) as a number above zero, or nothing.
std::optional<long long> positive_id_parameter(const Context& context, std::string_view name = "id");

} // namespace essaim::web
