#include "directory/free_text.hpp"

#include "core/text.hpp"
#include "http/form.hpp"

namespace essaim::directory {

std::optional<std::string> free_text_problem(std::string& text, std::size_t max_length, std::string_view what,
    std::string_view empty_message)
{
    std::string cleaned;
    for (char c : text) {
        if (c != '\r')
            cleaned += c;
    }
    auto first = cleaned.find_first_not_of(" \t\n");
    text = first == std::string::npos ? std::string() : cleaned.substr(first, cleaned.find_last_not_of(" \t\n") - first + 1);
    if (text.empty())
        return std::string(empty_message);
    if (!http::is_clean_utf8(text))
        return std::string(what) + " contient des caractères qui ne peuvent pas être utilisés.";
    if (core::count_code_points(text) > max_length)
        return std::string(what) + " ne doit pas dépasser " + std::to_string(max_length) + " caractères.";
    return std::nullopt;
}

} // namespace essaim::directory
