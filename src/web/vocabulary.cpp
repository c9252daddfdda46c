#include "web/vocabulary.hpp"

namespace essaim::web {

void Vocabulary::add(Term term, std::string code, std::string label)
{
    m_labels[{term, std::move(code)}] = std::move(label);
}

std::optional<std::string> Vocabulary::find(Term term, std::string_view code) const
{
    auto found = m_labels.find(std::pair<Term, std::string>{term, std::string(code)});
    if (found == m_labels.end())
        return std::nullopt;
    return found->second;
}

std::string Vocabulary::label(Term term, std::string_view code) const
{
    if (auto known = find(term, code))
        return *known;
    return readable_code(code);
}

std::string readable_code(std::string_view code)
{
    if (auto dot = code.rfind('.'); dot != std::string_view::npos)
        code.remove_prefix(dot + 1);
    std::string text;
    for (char c : code)
        text += c == '_' || c == '-' ? ' ' : c;
    auto first = text.find_first_not_of(' ');
    if (first == std::string::npos)
        return "—";
    text = text.substr(first, text.find_last_not_of(' ') - first + 1);
    if (text[0] >= 'a' && text[0] <= 'z')
        text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

} // namespace essaim::web
