#include "directory/commune_codes.hpp"

#include <algorithm>

namespace essaim::directory {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

//! Five digits, or 2A/2B and three digits (Corsica).
bool has_commune_shape(std::string_view code)
{
    if (code.size() != 5 || !std::all_of(code.begin() + 2, code.end(), is_digit))
        return false;
    return (is_digit(code[0]) && is_digit(code[1])) || (code[0] == '2' && (code[1] == 'A' || code[1] == 'B'));
}

core::Error rejected(std::string reason) { return core::Error{core::ErrorKind::Invalid, std::move(reason), {}}; }

} // namespace

void CommuneCodes::add_commune(std::string code) { m_communes.insert(std::move(code)); }

void CommuneCodes::add_part(std::string code, std::string commune_code)
{
    auto& communes = m_parts[std::move(code)];
    if (std::find(communes.begin(), communes.end(), commune_code) == communes.end())
        communes.push_back(std::move(commune_code));
}

core::Result<RegisterPlace> CommuneCodes::place(std::string_view code) const
{
    const std::string text(code);
    if (code.empty() || m_communes.contains(text))
        return RegisterPlace{text, ""};
    if (code.size() == 4 && std::all_of(code.begin(), code.end(), is_digit))
        return rejected("code commune de 4 chiffres : " + text
            + " (un tableur a sans doute ôté le zéro initial ; le code n’est pas complété au hasard)");
    if (!has_commune_shape(code))
        return rejected("code commune mal formé : " + text + " (5 caractères, par exemple 75056 ou 2A004)");
    auto part = m_parts.find(text);
    if (part == m_parts.end())
        return rejected("commune inconnue : " + text);
    if (part->second.size() > 1) {
        auto communes = part->second;
        std::sort(communes.begin(), communes.end());
        std::string list;
        for (const auto& commune : communes)
            list += (list.empty() ? "" : ", ") + commune;
        return rejected("ancienne commune partagée entre plusieurs communes actuelles : " + text + " (" + list
            + ") ; la commune n’est pas choisie au hasard");
    }
    return RegisterPlace{part->second.front(), text};
}

} // namespace essaim::directory
