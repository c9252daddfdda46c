#include "auth/email_address.hpp"

#include "auth/unicode_scripts.hpp"
#include "core/text.hpp"
#include "http/form.hpp"

#include <algorithm>
#include <set>
#include <vector>

namespace essaim::auth {

namespace {

const char* invalid_example = "Saisissez une adresse électronique valide, par exemple nom@exemple.fr.";
const char* invisible_message = "L’adresse contient un caractère invisible ou de mise en forme (par exemple une espace de "
                                "largeur nulle) : saisissez-la de nouveau au clavier.";
const char* mixed_local_message = "L’adresse mélange des lettres de plusieurs alphabets (par exemple latin et cyrillique) : "
                                  "vérifiez qu’il s’agit bien de la vôtre.";
const char* mixed_domain_message = "Le nom de domaine de l’adresse mélange des lettres de plusieurs alphabets (par exemple latin "
                                   "et cyrillique), ou imite des lettres latines : vérifiez qu’il s’agit bien du vôtre.";

std::set<Script> scripts_in(std::u32string_view text)
{
    std::set<Script> scripts;
    for (char32_t code_point : text) {
        auto script = script_of(code_point);
        if (script != Script::Common && script != Script::Other)
            scripts.insert(script);
    }
    return scripts;
}

std::vector<std::u32string_view> labels_of(std::u32string_view domain)
{
    std::vector<std::u32string_view> labels;
    std::size_t start = 0;
    while (start <= domain.size()) {
        auto dot = domain.find(U'.', start);
        auto end = dot == std::u32string_view::npos ? domain.size() : dot;
        labels.push_back(domain.substr(start, end - start));
        start = end + 1;
    }
    return labels;
}

//! A Cyrillic or Greek label whose every letter has a Latin double: it reads as a Latin name.
bool imitates_latin(std::u32string_view label)
{
    auto scripts = scripts_in(label);
    if (scripts.size() != 1 || *scripts.begin() == Script::Latin)
        return false;
    return std::all_of(label.begin(), label.end(),
        [](char32_t code_point) { return script_of(code_point) == Script::Common || looks_latin(code_point); });
}

std::optional<std::string> look_alike_problem(std::u32string_view address)
{
    if (std::any_of(address.begin(), address.end(), is_invisible_or_format))
        return std::string(invisible_message);
    auto at = address.find(U'@');
    if (scripts_in(address.substr(0, at)).size() > 1)
        return std::string(mixed_local_message);
    bool has_latin_label = false;
    auto labels = labels_of(address.substr(at + 1));
    for (auto label : labels) {
        auto scripts = scripts_in(label);
        if (scripts.size() > 1)
            return std::string(mixed_domain_message);
        has_latin_label = has_latin_label || scripts.count(Script::Latin) == 1;
    }
    if (has_latin_label && std::any_of(labels.begin(), labels.end(), imitates_latin))
        return std::string(mixed_domain_message);
    return std::nullopt;
}

} // namespace

std::string normalise_email(std::string_view text)
{
    auto decoded = decode_utf8(text);
    std::string email;
    if (decoded) {
        // Like ASCII letters already were, the whole address is lower-cased: mailboxes that differ
        // only by case are one person's, and must not be two accounts.
        std::transform(decoded->begin(), decoded->end(), decoded->begin(),
            [](char32_t code_point) { return to_lower_letter(fold_fullwidth(code_point)); });
        email = core::trim(encode_utf8(*decoded));
    } else {
        // Left for email_problem to refuse; only trimmed, so the form can show it back.
        email = core::trim(text);
    }
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
    if (email.size() > 254 || !http::is_clean_utf8(email))
        return invalid_example;
    auto at = email.find('@');
    if (at == std::string_view::npos || at == 0 || at > 64 || email.find('@', at + 1) != std::string_view::npos)
        return invalid_example;
    auto domain = email.substr(at + 1);
    auto dot = domain.find('.');
    if (domain.empty() || dot == std::string_view::npos || dot == 0 || domain.back() == '.'
        || domain.find("..") != std::string_view::npos)
        return invalid_example;
    for (unsigned char c : email) {
        if (c <= ' ' || c == 0x7f || c == '<' || c == '>' || c == ',' || c == ';' || c == '"' || c == '\\')
            return invalid_example;
    }
    if (is_ascii_email(email))
        return std::nullopt;
    auto decoded = decode_utf8(email);
    if (!decoded)
        return invalid_example;
    return look_alike_problem(*decoded);
}

std::string_view email_local_part(std::string_view email)
{
    auto at = email.find('@');
    return at == std::string_view::npos ? std::string_view() : email.substr(0, at);
}

bool is_ascii_email(std::string_view email)
{
    return std::all_of(email.begin(), email.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

} // namespace essaim::auth
