// Fuzzes http::split_path and Router::match, which route every request path. The input builds
// a few extra routes beside the platform's usual shapes, then the rest of the bytes is the path.
// fuzz-sources:

#include "fuzz_check.hpp"
#include "http/router.hpp"

#include <fuzzer/FuzzedDataProvider.h>

#include <string>
#include <vector>

using essaim::http::Method;
using essaim::http::Router;
using essaim::http::split_path;

namespace {

constexpr Method all_methods[] = {
    Method::Get, Method::Head, Method::Post, Method::Put, Method::Patch, Method::Delete, Method::Options, Method::Other};

bool is_parameter(const std::string& segment)
{
    return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

bool method_fits(Method route, Method request)
{
    return route == request || (request == Method::Head && route == Method::Get);
}

//! The path with runs of '/' collapsed and the leading and trailing ones dropped.
std::string collapse_slashes(std::string_view path)
{
    std::string out;
    for (char c : path) {
        if (c == '/' && (out.empty() || out.back() == '/'))
            continue;
        out += c;
    }
    if (!out.empty() && out.back() == '/')
        out.pop_back();
    return out;
}

void add_route(Router<int>& router, Method method, std::string pattern, int id)
{
    try {
        router.add(method, std::move(pattern), id);
    } catch (const std::logic_error&) {
        // A pattern with the shape of an earlier one is refused by design; nothing to check.
    }
}

std::string fuzzed_pattern(FuzzedDataProvider& input)
{
    static constexpr const char* words[] = {"territoires", "regions", "organisations", "nouvelle", "api", "v1", "x"};
    std::string pattern;
    const int segments = input.ConsumeIntegralInRange(0, 5);
    for (int i = 0; i < segments; ++i) {
        pattern += '/';
        switch (input.ConsumeIntegralInRange(0, 2)) {
        case 0: pattern += "{p" + std::to_string(i) + "}"; break;
        case 1: pattern += input.PickValueInArray(words); break;
        default: {
            std::string literal = input.ConsumeRandomLengthString(6);
            std::erase(literal, '/');
            // Keep parameter names unique: a fuzzed "{…}" literal would be a parameter.
            pattern += "x" + literal;
        }
        }
    }
    return pattern;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzedDataProvider input(data, size);
    Router<int> router;
    add_route(router, Method::Get, "/", 0);
    add_route(router, Method::Get, "/territoires", 1);
    add_route(router, Method::Get, "/territoires/regions/{code}", 2);
    add_route(router, Method::Get, "/territoires/departements/{code}", 3);
    add_route(router, Method::Get, "/organisations/nouvelle", 4);
    add_route(router, Method::Get, "/organisations/{id}", 5);
    add_route(router, Method::Post, "/organisations/{id}", 6);
    add_route(router, Method::Get, "/organisations/{id}/projets/{project}", 7);
    add_route(router, Method::Get, "/api/v1/communes", 8);
    const int extra_routes = input.ConsumeIntegralInRange(0, 6);
    for (int i = 0; i < extra_routes; ++i) {
        const Method method = input.PickValueInArray(all_methods);
        add_route(router, method, fuzzed_pattern(input), 100 + i);
    }
    const Method method = input.PickValueInArray(all_methods);
    const std::string path = input.ConsumeRemainingBytesAsString();

    // Segments are the non-empty pieces between slashes, in order, and nothing else.
    const auto segments = split_path(path);
    std::string joined;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        FUZZ_REQUIRE(!segments[i].empty());
        FUZZ_REQUIRE(segments[i].find('/') == std::string_view::npos);
        if (i > 0)
            joined += '/';
        joined += segments[i];
    }
    FUZZ_REQUIRE(joined == collapse_slashes(path));

    const auto& entries = router.entries();
    auto shape_matches = [&](const Router<int>::Entry& entry) {
        if (entry.segments.size() != segments.size())
            return false;
        for (std::size_t i = 0; i < segments.size(); ++i) {
            if (!is_parameter(entry.segments[i]) && entry.segments[i] != segments[i])
                return false;
        }
        return true;
    };

    const auto match = router.match(method, path);
    std::vector<Method> other_methods;
    bool any_fits = false;
    for (const auto& entry : entries) {
        if (!shape_matches(entry))
            continue;
        if (method_fits(entry.method, method))
            any_fits = true;
        else
            other_methods.push_back(entry.method);
    }

    if (!any_fits) {
        FUZZ_REQUIRE(match.entry == nullptr);
        FUZZ_REQUIRE(match.parameters.empty());
        // 405 lists exactly the methods under which this path exists.
        FUZZ_REQUIRE(match.allowed_methods == other_methods);
        return 0;
    }

    FUZZ_REQUIRE(match.entry != nullptr);
    FUZZ_REQUIRE(match.allowed_methods.empty());
    const auto& chosen = *match.entry;
    FUZZ_REQUIRE(shape_matches(chosen) && method_fits(chosen.method, method));

    // Parameters are the non-empty path segments at the pattern's parameter positions.
    std::size_t parameter_count = 0;
    for (std::size_t i = 0; i < chosen.segments.size(); ++i) {
        const std::string& expected = chosen.segments[i];
        if (!is_parameter(expected))
            continue;
        ++parameter_count;
        const auto found = match.parameters.find(expected.substr(1, expected.size() - 2));
        FUZZ_REQUIRE(found != match.parameters.end());
        FUZZ_REQUIRE(!found->second.empty());
        FUZZ_REQUIRE(found->second.find('/') == std::string::npos);
        FUZZ_REQUIRE(found->second == segments[i]);
    }
    FUZZ_REQUIRE(match.parameters.size() == parameter_count);

    // Literal segments win over parameters, earlier segments first; on a full tie the route
    // declared first wins (only GET and HEAD routes of one shape can tie on a HEAD request).
    const std::size_t chosen_index = static_cast<std::size_t>(&chosen - entries.data());
    for (std::size_t index = 0; index < entries.size(); ++index) {
        const auto& other = entries[index];
        if (index == chosen_index || !shape_matches(other) || !method_fits(other.method, method))
            continue;
        bool decided = false;
        for (std::size_t i = 0; i < segments.size() && !decided; ++i) {
            const bool chosen_literal = !is_parameter(chosen.segments[i]);
            const bool other_literal = !is_parameter(other.segments[i]);
            if (chosen_literal != other_literal) {
                FUZZ_REQUIRE(chosen_literal);
                decided = true;
            }
        }
        if (!decided)
            FUZZ_REQUIRE(chosen_index < index);
    }
    return 0;
}
