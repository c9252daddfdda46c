#include "core/identifiers.hpp"

namespace essaim::core {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

char to_upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

bool all_digits(std::string_view text)
{
    for (char c : text) {
        if (!is_digit(c))
            return false;
    }
    return !text.empty();
}

} // namespace

bool is_digits(std::string_view text, std::size_t size) { return text.size() == size && all_digits(text); }

namespace {

Error invalid(std::string message) { return Error{ErrorKind::Invalid, std::move(message), {}}; }

//! "9 chiffres ; vous en avez saisi 8" reads better than a bare count when a digit was dropped.
std::string count_hint(std::size_t typed)
{
    return typed == 1 ? " ; vous en avez saisi 1." : " ; vous en avez saisi " + std::to_string(typed) + ".";
}

int digit_sum(std::string_view digits)
{
    int sum = 0;
    for (char c : digits)
        sum += c - '0';
    return sum;
}

constexpr std::string_view la_poste_head_office = "35600000000048";

} // namespace

std::string remove_spaces(std::string_view text)
{
    std::string compact;
    compact.reserve(text.size());
    // Each byte is appended, then a space ending the output is taken off again. Checking the output
    // rather than the input keeps the result free of spaces that removing one would join together
    // ("\xC2 \xA0" is not a space, but it becomes one once its ASCII space is gone).
    auto ends_with = [&compact](std::string_view suffix) {
        return compact.size() >= suffix.size() && compact.compare(compact.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    for (char c : text) {
        compact += c;
        if (c == ' ' || c == '\t')
            compact.pop_back();
        // U+00A0 is C2 A0 in UTF-8, U+202F is E2 80 AF: French typography puts them between groups of digits.
        else if (ends_with("\xC2\xA0"))
            compact.resize(compact.size() - 2);
        else if (ends_with("\xE2\x80\xAF"))
            compact.resize(compact.size() - 3);
    }
    return compact;
}

bool passes_luhn(std::string_view digits)
{
    if (!all_digits(digits))
        return false;
    int sum = 0;
    bool doubled = false;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        int digit = *it - '0';
        if (doubled) {
            digit *= 2;
            if (digit > 9)
                digit -= 9;
        }
        sum += digit;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

Result<std::string> validate_siren(std::string_view text)
{
    std::string siren = remove_spaces(text);
    if (siren.empty())
        return invalid("Le SIREN doit compter 9 chiffres.");
    if (!all_digits(siren))
        return invalid("Le SIREN ne doit contenir que des chiffres (9 chiffres).");
    if (siren.size() != 9)
        return invalid("Le SIREN doit compter 9 chiffres" + count_hint(siren.size()));
    if (!passes_luhn(siren))
        return invalid("La clé de contrôle (algorithme de Luhn) du SIREN est fausse : vérifiez le numéro.");
    return siren;
}

Result<std::string> validate_siret(std::string_view text)
{
    std::string siret = remove_spaces(text);
    if (siret.empty())
        return invalid("Le SIRET doit compter 14 chiffres.");
    if (!all_digits(siret))
        return invalid("Le SIRET ne doit contenir que des chiffres (14 chiffres).");
    if (siret.size() != 14)
        return invalid("Le SIRET doit compter 14 chiffres" + count_hint(siret.size()));
    std::string_view siren = std::string_view(siret).substr(0, 9);
    if (siren == la_poste_siren) {
        if (siret != la_poste_head_office && digit_sum(siret) % 5 != 0)
            return invalid("Pour un établissement de La Poste (SIREN 356 000 000), la somme des chiffres du SIRET doit "
                           "être un multiple de 5 : vérifiez le numéro.");
        return siret;
    }
    if (!passes_luhn(siren))
        return invalid("Les 9 premiers chiffres du SIRET forment le SIREN, dont la clé de contrôle (algorithme de Luhn) "
                       "est fausse : vérifiez le numéro.");
    if (!passes_luhn(siret))
        return invalid("La clé de contrôle (algorithme de Luhn) du SIRET est fausse : vérifiez le numéro.");
    return siret;
}

Result<std::string> validate_rna(std::string_view text)
{
    std::string rna = remove_spaces(text);
    for (char& c : rna)
        c = to_upper(c);
    if (rna.empty() || rna.front() != 'W')
        return invalid("Le numéro RNA commence par la lettre W (par exemple W751234567).");
    if (rna.size() != 10)
        return invalid("Le numéro RNA compte 10 caractères : la lettre W suivie de 9 chiffres ou lettres majuscules.");
    for (std::size_t i = 1; i < rna.size(); ++i) {
        if (!is_digit(rna[i]) && !is_upper(rna[i]))
            return invalid("Après le W, le numéro RNA ne contient que des chiffres et des lettres majuscules.");
    }
    return rna;
}

Result<std::string> validate_commune_code(std::string_view text)
{
    std::string code = remove_spaces(text);
    for (char& c : code)
        c = to_upper(c);
    if (code.size() != 5)
        return invalid("Le code commune INSEE compte 5 caractères (par exemple 75056 pour Paris ou 2A004 pour Ajaccio) ; "
                       "ce n’est pas le code postal.");
    std::size_t department_length = 2;
    bool department_ok = false;
    if (code[0] == '2' && (code[1] == 'A' || code[1] == 'B')) {
        department_ok = true;
    } else if (is_digit(code[0]) && is_digit(code[1])) {
        int department = (code[0] - '0') * 10 + (code[1] - '0');
        if (department == 97 || department == 98) {
            // Overseas departments and collectivities take three characters: 971 to 978, 984, 986 to 989.
            department_length = 3;
            char third = code[2];
            department_ok = department == 97 ? third >= '1' && third <= '8' : third == '4' || (third >= '6' && third <= '9');
        } else {
            // Corsica has been 2A and 2B since 1976, so no commune code starts with 20.
            department_ok = department >= 1 && department <= 95 && department != 20;
        }
    }
    if (!department_ok)
        return invalid("Le code commune INSEE commence par le département : deux chiffres de 01 à 95, 2A ou 2B pour la "
                       "Corse, 971 à 989 pour l’outre-mer.");
    std::string_view number = std::string_view(code).substr(department_length);
    if (!all_digits(number))
        return invalid("Le code commune INSEE se termine par le numéro de la commune, en chiffres.");
    if (number.find_first_not_of('0') == std::string_view::npos)
        return invalid("Le numéro de la commune, à la fin du code commune INSEE, ne peut pas être nul.");
    return code;
}

Result<std::string> validate_naf_code(std::string_view text)
{
    std::string compact = remove_spaces(text);
    // The dot is optional in input ("8899B"), always present in the canonical form.
    if (compact.size() == 6 && compact[2] == '.')
        compact.erase(2, 1);
    if (compact.size() != 5 || !is_digit(compact[0]) || !is_digit(compact[1]) || !is_digit(compact[2])
        || !is_digit(compact[3]) || !is_upper(to_upper(compact[4])))
        return invalid("Le code NAF s’écrit avec 2 chiffres, un point, 2 chiffres et une lettre (par exemple 88.99B).");
    return compact.substr(0, 2) + "." + compact.substr(2, 2) + to_upper(compact[4]);
}

} // namespace essaim::core
