// Fuzzes core::parse_listen_address, which reads ESSAIM_LISTEN from the environment and
// http.listen from the configuration file.
// fuzz-sources: src/core/config.cpp

#include "core/config.hpp"
#include "fuzz_check.hpp"

#include <string>

using essaim::core::parse_listen_address;
using essaim::fuzz::as_text;

namespace {

bool all_digits(std::string_view text)
{
    return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

//! The decimal value of `digits`, or -1 past 65535 (no overflow whatever the length).
long port_value(std::string_view digits)
{
    long value = 0;
    for (char c : digits) {
        value = value * 10 + (c - '0');
        if (value > 65535)
            return -1;
    }
    return value;
}

//! Writes an address the way an operator would, bracketing hosts that need it.
std::string format_address(const std::string& host, std::uint16_t port)
{
    const bool bracketed = host.find(':') != std::string::npos
        || (host.size() >= 2 && host.front() == '[' && host.back() == ']');
    return (bracketed ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(as_text(data, size));
    const std::string untouched_host = "untouched";
    const std::uint16_t untouched_port = 4242;
    std::string host = untouched_host;
    std::uint16_t port = untouched_port;
    const bool accepted = parse_listen_address(text, host, port);

    // Accepted exactly when the text after the last ':' is a port number and a host (brackets removed) precedes it.
    const auto colon = text.rfind(':');
    std::string stripped_host = colon == std::string::npos ? std::string() : text.substr(0, colon);
    if (stripped_host.size() >= 2 && stripped_host.front() == '[' && stripped_host.back() == ']')
        stripped_host = stripped_host.substr(1, stripped_host.size() - 2);
    const bool expected = colon != std::string::npos && !stripped_host.empty()
        && all_digits(std::string_view(text).substr(colon + 1)) && port_value(std::string_view(text).substr(colon + 1)) >= 0;
    FUZZ_REQUIRE(accepted == expected);

    if (!accepted) {
        // A refused value leaves the configuration as it was.
        FUZZ_REQUIRE(host == untouched_host && port == untouched_port);
        return 0;
    }
    FUZZ_REQUIRE(port == port_value(std::string_view(text).substr(colon + 1)));
    std::string host_part = text.substr(0, colon);
    if (host_part.size() >= 2 && host_part.front() == '[' && host_part.back() == ']')
        host_part = host_part.substr(1, host_part.size() - 2);
    FUZZ_REQUIRE(host == host_part);

    // Writing the result back and parsing it again gives the same host and port.
    if (!host.empty()) {
        std::string host_again;
        std::uint16_t port_again = 0;
        FUZZ_REQUIRE(parse_listen_address(format_address(host, port), host_again, port_again));
        FUZZ_REQUIRE(host_again == host && port_again == port);
    }
    return 0;
}
