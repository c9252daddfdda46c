#include "auth/email_address.hpp"

#include "http/form.hpp"

namespace essaim::auth {

std::string normalise_email(std::string_view text)
{
    auto first = text.find_first_not_of(" \t\r\n");
    auto last = text.find_last_not_of(" \t\r\n");
    std::string email = first == std::string_view::npos ? std::string() : std::string(text.substr(first, last - first + 1));
    for (auto& c : email) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return email;
}

std::optional<std::string> email_problem(std::string_view email)
{
    if (email.empty())
        return "Saisissez votre adresse électronique.";
    const std::string example = "Saisissez une adresse électronique valide, par exemple nom@exemple.fr.";
    if (email.size() > 254 || !http::is_clean_utf8(email))
        return example;
    auto at = email.find('@');
    if (at == std::string_view::npos || at == 0 || at > 64 || email.find('@', at + 1) != std::string_view::npos)
        return example;
    auto domain = email.substr(at + 1);
    auto dot = domain.find('.');
    if (domain.empty() || dot == std::string_view::npos || dot == 0 || domain.back() == '.'
        || domain.find("..") != std::string_view::npos)
        return example;
    for (unsigned char c : email) {
        if (c <= ' ' || c == 0x7f || c == '<' || c == '>' || c == ',' || c == ';' || c == '"' || c == '\\')
            return example;
    }
    return std::nullopt;
}

std::string_view email_local_part(std::string_view email)
{
    auto at = email.find('@');
    return at == std::string_view::npos ? std::string_view() : email.substr(0, at);
}

} // namespace essaim::auth
