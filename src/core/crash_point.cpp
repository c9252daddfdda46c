#include "core/crash_point.hpp"

#include <csignal>
#include <cstdlib>
#include <string>

namespace essaim::core {

void crash_point(std::string_view name)
{
    // Read once: the environment does not change while the server runs, and getenv is not
    // guaranteed safe against a concurrent setenv.
    static const std::string armed = [] {
        const char* value = std::getenv("ESSAIM_CRASH_AT");
        return std::string(value ? value : "");
    }();
    if (!armed.empty() && armed == name)
        std::raise(SIGKILL);
}

} // namespace essaim::core
