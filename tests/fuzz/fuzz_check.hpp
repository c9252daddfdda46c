#pragma once
// Shared by the fuzz targets. A broken invariant names itself on stderr and then traps, so
// libFuzzer records the input as a crash artifact that can be replayed with the same binary.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string_view>

#define FUZZ_REQUIRE(condition)                                                                          \
    do {                                                                                                 \
        if (!(condition)) {                                                                              \
            std::fprintf(stderr, "fuzz invariant broken at %s:%d: %s\n", __FILE__, __LINE__, #condition); \
            __builtin_trap();                                                                            \
        }                                                                                                \
    } while (0)

namespace essaim::fuzz {

//! The fuzzer's bytes as text, without copying.
inline std::string_view as_text(const std::uint8_t* data, std::size_t size)
{
    return {reinterpret_cast<const char*>(data), size};
}

} // namespace essaim::fuzz
