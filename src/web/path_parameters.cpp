#include "web/path_parameters.hpp"

#include "web/context.hpp"

#include <charconv>
#include <string>

namespace essaim::web {

std::optional<long long> positive_id(std::string_view text)
{
    long long value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size() || value <= 0)
        return std::nullopt;
    return value;
}

std::optional<long long> positive_id_parameter(const Context& context, std::string_view name)
{
    return positive_id(context.request.path_parameter(std::string(name)));
}

} // namespace essaim::web
