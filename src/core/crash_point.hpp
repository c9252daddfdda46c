#pragma once
// Crash points stop the process at an exact moment of a write that a random SIGKILL rarely hits,
// so that the durability tests can prove the recovery from it (tests/reliability/crash_points).
// ESSAIM_CRASH_AT names one point; the process reads it once and, on reaching that point, kills
// itself with SIGKILL as the OOM killer would: no destructor runs, nothing is flushed. Unset (the
// only setting outside those tests), a crash point costs one comparison with an empty string.

#include <string_view>

namespace essaim::core {

//! Kills the process with SIGKILL when ESSAIM_CRASH_AT equals `name`; does nothing otherwise.
void crash_point(std::string_view name);

} // namespace essaim::core
