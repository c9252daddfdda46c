#pragma once
// Logs are JSON lines on standard error: one object per line, easy to ship and to grep.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace essaim::core::log {

enum class Level { Debug, Info, Warn, Error };

void set_level(std::string_view name);
bool enabled(Level level);

//! A field value already rendered as JSON (string values are quoted by `field`).
using Fields = std::vector<std::pair<std::string, std::string>>;
std::pair<std::string, std::string> field(std::string name, std::string_view text);
std::pair<std::string, std::string> field(std::string name, long long number);

void write(Level level, std::string_view message, const Fields& fields = {});
inline void info(std::string_view message, const Fields& fields = {}) { write(Level::Info, message, fields); }
inline void warn(std::string_view message, const Fields& fields = {}) { write(Level::Warn, message, fields); }
inline void error(std::string_view message, const Fields& fields = {}) { write(Level::Error, message, fields); }

} // namespace essaim::core::log
