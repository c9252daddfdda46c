#include "directory/organisation_form.hpp"

#include "core/identifiers.hpp"
#include "core/text.hpp"
#include "http/form.hpp"

#include <algorithm>
#include <boost/url/parse.hpp>
#include <cctype>
#include <chrono>
#include <cstdio>

namespace essaim::directory {

namespace {

//! Single-line text: clean UTF-8 without line breaks or tabs, within `limit` code points.
std::optional<std::string> line_problem(const std::string& text, std::size_t limit, std::string_view what)
{
    if (!http::is_clean_utf8(text) || text.find_first_of("\t\r\n") != std::string::npos)
        return std::string(what) + " contient des caractères qui ne peuvent pas être utilisés.";
    if (core::count_code_points(text) > limit)
        return std::string(what) + " ne doit pas dépasser " + std::to_string(limit) + " caractères.";
    return std::nullopt;
}

bool all_digits(std::string_view text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

//! "YYYY-MM-DD" (what a date input sends) or "JJ/MM/AAAA" (what people type) → "YYYY-MM-DD", or "".
std::string parse_date(const std::string& text)
{
    int year = 0, month = 0, day = 0;
    if (text.size() == 10 && text[4] == '-' && text[7] == '-' && all_digits(text.substr(0, 4))
        && all_digits(text.substr(5, 2)) && all_digits(text.substr(8, 2))) {
        year = std::stoi(text.substr(0, 4));
        month = std::stoi(text.substr(5, 2));
        day = std::stoi(text.substr(8, 2));
    } else if (text.size() == 10 && text[2] == '/' && text[5] == '/' && all_digits(text.substr(0, 2))
        && all_digits(text.substr(3, 2)) && all_digits(text.substr(6, 4))) {
        day = std::stoi(text.substr(0, 2));
        month = std::stoi(text.substr(3, 2));
        year = std::stoi(text.substr(6, 4));
    } else {
        return {};
    }
    std::chrono::year_month_day date{std::chrono::year(year), std::chrono::month(month), std::chrono::day(day)};
    if (!date.ok())
        return {};
    char buffer[11];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return buffer;
}

//! Adds "https://" to an address typed without a scheme ("www.exemple.fr"), then accepts only an
//! absolute http(s) URL with a domain name and no credentials.
std::optional<std::string> website_problem(std::string& website)
{
    if (website.find("://") == std::string::npos && website.find(':') == std::string::npos)
        website = "https://" + website;
    if (!http::is_clean_utf8(website) || core::count_code_points(website) > max_website_length)
        return "L’adresse du site ne doit pas dépasser " + std::to_string(max_website_length) + " caractères.";
    auto url = boost::urls::parse_absolute_uri(website);
    std::string scheme = url ? std::string(url->scheme()) : std::string();
    std::transform(scheme.begin(), scheme.end(), scheme.begin(), [](unsigned char c) { return std::tolower(c); });
    if (!url || (scheme != "http" && scheme != "https"))
        return std::string("L’adresse du site doit commencer par https:// ou http:// (par exemple https://www.exemple.fr).");
    std::string host(url->encoded_host());
    if (url->host_type() != boost::urls::host_type::name || host.find('.') == std::string::npos || host.front() == '.'
        || host.back() == '.')
        return std::string("L’adresse du site doit contenir un nom de domaine (par exemple https://www.exemple.fr).");
    if (url->has_userinfo())
        return std::string("L’adresse du site ne doit pas contenir d’identifiant ni de mot de passe.");
    return std::nullopt;
}

void validate_identifiers(OrganisationInput& input, core::FieldErrors& errors)
{
    auto& profile = input.profile;
    if (!profile.siren.empty()) {
        auto siren = core::validate_siren(profile.siren);
        if (siren)
            profile.siren = siren.value();
        else
            errors["siren"] = siren.error().message;
    }
    profile.nic_siege.clear();
    if (!input.siret.empty()) {
        auto siret = core::validate_siret(input.siret);
        if (!siret) {
            errors["siret"] = siret.error().message;
        } else {
            input.siret = siret.value();
            std::string siren_part = input.siret.substr(0, 9);
            if (profile.siren.empty())
                profile.siren = siren_part;
            if (!errors.count("siren") && profile.siren != siren_part)
                errors["siret"] = "Le SIRET du siège doit commencer par le SIREN de l’organisation (" + profile.siren + ").";
            else
                profile.nic_siege = input.siret.substr(9);
        }
    }
    if (!profile.rna.empty()) {
        auto rna = core::validate_rna(profile.rna);
        if (rna)
            profile.rna = rna.value();
        else
            errors["rna"] = rna.error().message;
    }
    if (!profile.naf_code.empty()) {
        auto naf = core::validate_naf_code(profile.naf_code);
        if (naf)
            profile.naf_code = naf.value();
        else
            errors["naf_code"] = naf.error().message;
    }
    if (profile.commune_code.empty()) {
        errors["commune_code"] = "Saisissez le code INSEE de la commune du siège (par exemple 42218 pour Saint-Étienne).";
    } else {
        auto code = core::validate_commune_code(profile.commune_code);
        if (code)
            profile.commune_code = code.value();
        else
            errors["commune_code"] = code.error().message;
    }
    if (!profile.legal_form_code.empty()) {
        profile.legal_form_code = core::remove_spaces(profile.legal_form_code);
        if (profile.legal_form_code.size() != 4 || !all_digits(profile.legal_form_code) || profile.legal_form_code[0] == '0')
            errors["legal_form_code"] = "La catégorie juridique est un code INSEE de 4 chiffres (par exemple 9220 pour une "
                                        "association déclarée).";
    }
}

void validate_texts(OrganisationProfile& profile, core::FieldErrors& errors, const std::string& today)
{
    if (profile.name.empty())
        errors["name"] = "Saisissez le nom de l’organisation.";
    else if (auto problem = line_problem(profile.name, max_name_length, "Le nom"))
        errors["name"] = *problem;
    if (auto problem = line_problem(profile.acronym, max_acronym_length, "Le sigle"))
        errors["acronym"] = *problem;
    if (auto problem = line_problem(profile.address_line, max_address_length, "L’adresse"))
        errors["address_line"] = *problem;
    if (!profile.postal_code.empty()) {
        profile.postal_code = core::remove_spaces(profile.postal_code);
        if (profile.postal_code.size() != 5 || !all_digits(profile.postal_code))
            errors["postal_code"] = "Le code postal compte 5 chiffres (par exemple 42000).";
    }
    if (!profile.website.empty()) {
        if (auto problem = website_problem(profile.website))
            errors["website"] = *problem;
    }
    if (!http::is_clean_utf8(profile.description))
        errors["description"] = "La présentation contient des caractères qui ne peuvent pas être utilisés.";
    else if (core::count_code_points(profile.description) > max_description_length)
        errors["description"] = "La présentation ne doit pas dépasser " + std::to_string(max_description_length) + " caractères.";
    if (!profile.creation_date.empty()) {
        auto date = parse_date(profile.creation_date);
        if (date.empty())
            errors["creation_date"] = "La date de création s’écrit JJ/MM/AAAA (par exemple 14/07/2015) et doit exister.";
        else if (date > today)
            errors["creation_date"] = "La date de création ne peut pas être dans le futur.";
        else if (date < "1800-01-01")
            errors["creation_date"] = "La date de création doit être postérieure au 1er janvier 1800.";
        else
            profile.creation_date = date;
    }
}

//! Names that a spreadsheet would run as a formula: refused when typed, kept when stored already.
void validate_leads(const OrganisationProfile& profile, const OrganisationProfile& stored, core::FieldErrors& errors)
{
    if (!errors.count("name") && profile.name != stored.name && core::begins_like_formula(profile.name))
        errors["name"] = core::formula_lead_message("Le nom");
    if (!errors.count("acronym") && profile.acronym != stored.acronym && core::begins_like_formula(profile.acronym))
        errors["acronym"] = core::formula_lead_message("Le sigle");
}

void validate_choices(OrganisationProfile& profile, core::FieldErrors& errors)
{
    if (!profile.ess_family.empty() && !label_of(ess_families(), profile.ess_family))
        errors["ess_family"] = "Choisissez une famille de l’ESS dans la liste.";
    if (!profile.headcount_band.empty() && !label_of(headcount_bands(), profile.headcount_band))
        errors["headcount_band"] = "Choisissez une tranche d’effectifs dans la liste.";
    std::vector<std::string> chosen;
    bool unknown = false;
    // Kept in the list's order, once each, whatever order the browser sent them in.
    for (const auto& type : actor_types()) {
        if (std::find(profile.actor_types.begin(), profile.actor_types.end(), type.code) != profile.actor_types.end())
            chosen.emplace_back(type.code);
    }
    for (const auto& code : profile.actor_types)
        unknown = unknown || !label_of(actor_types(), code);
    profile.actor_types = std::move(chosen);
    if (unknown)
        errors["actor_types"] = "Choisissez les types d’acteur dans la liste.";
    else if (profile.actor_types.empty())
        errors["actor_types"] = "Cochez au moins un type d’acteur.";
}

} // namespace

OrganisationInput input_from_form(const http::Form& form)
{
    OrganisationInput input;
    for (const auto& field : profile_fields())
        input.profile.*field.member = field.name == "description" ? form.get(field.name) : core::trim(form.get(field.name));
    input.profile.nic_siege.clear();
    input.siret = core::trim(form.get("siret"));
    input.profile.actor_types = form.all("actor_types");
    return input;
}

OrganisationInput input_from_profile(const OrganisationProfile& profile)
{
    return OrganisationInput{profile, profile.siret()};
}

core::FieldErrors validate_organisation(OrganisationInput& input, const std::string& today, const OrganisationProfile& stored)
{
    core::FieldErrors errors;
    auto& profile = input.profile;
    // Browsers send CRLF from text areas; one kind of line break is stored.
    std::string description;
    for (char c : profile.description) {
        if (c != '\r')
            description += c;
    }
    profile.description = core::trim(description);
    validate_identifiers(input, errors);
    validate_texts(profile, errors, today);
    validate_leads(profile, stored, errors);
    validate_choices(profile, errors);
    return errors;
}

} // namespace essaim::directory
