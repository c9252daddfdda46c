#include "directory/project_form.hpp"

#include "core/calendar.hpp"
#include "core/text.hpp"
#include "http/form.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <cctype>

namespace essaim::directory {

namespace {

//! Counts code points, for length limits that mean characters.
std::size_t characters(const std::string& text)
{
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

void check_text(core::FieldErrors& errors, const char* field, const std::string& value, std::size_t max,
    bool required, const char* required_message)
{
    if (!http::is_clean_utf8(value))
        errors[field] = "Ce texte contient des caractères non valides.";
    else if (required && value.empty())
        errors[field] = required_message;
    else if (characters(value) > max)
        errors[field] = "Ce texte est trop long : " + std::to_string(max) + " caractères au plus.";
}

//! Removes the separators people put between thousands: spaces, no-break spaces, dots.
std::string without_separators(const std::string& text)
{
    std::string digits;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == ' ' || text[i] == '.')
            continue;
        if (text.compare(i, 2, "\u00a0") == 0) {  // no-break space
            ++i;
            continue;
        }
        if (text.compare(i, 3, "\u202f") == 0) {  // narrow no-break space
            i += 2;
            continue;
        }
        digits += text[i];
    }
    return digits;
}

void check_count(core::FieldErrors& errors, const char* field, const std::string& text, std::optional<long long>& value,
    const char* message)
{
    value.reset();
    if (text.empty())
        return;
    long long parsed = 0;
    if (!parse_count(text, parsed))
        errors[field] = message;
    else
        value = parsed;
}

bool is_upper_alnum(const std::string& code)
{
    return std::all_of(code.begin(), code.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == 'A' || c == 'B'; });
}

} // namespace

ProjectInput project_input_from_form(const http::Form& form)
{
    ProjectInput input;
    auto& p = input.profile;
    p.title = core::trim(form.get("title"));
    p.summary = core::trim(form.get("summary"));
    p.social_need = core::trim(form.get("social_need"));
    p.beneficiaries = core::trim(form.get("beneficiaries"));
    p.stage = core::trim(form.get("stage"));
    p.growth_mode = core::trim(form.get("growth_mode"));
    p.needs_details = core::trim(form.get("needs_details"));
    p.replication_started_on = core::trim(form.get("replication_started_on"));
    p.needs_support = form.get("needs_support") == "1";
    p.needs_experimentation = form.get("needs_experimentation") == "1";
    p.needs_partners = form.get("needs_partners") == "1";
    // Kept in list order; unknown codes are reported by validation.
    auto chosen = form.all("thematics");
    for (const auto& code : chosen) {
        if (std::find(p.thematics.begin(), p.thematics.end(), code) == p.thematics.end())
            p.thematics.push_back(code);
    }
    for (const auto& text : form.all("sdgs")) {
        int number = 0;
        for (const auto& sdg : sdgs()) {
            if (text == std::to_string(sdg.number))
                number = sdg.number;
        }
        // 0 marks a value that is not a goal's number, for validation to report.
        if (std::find(p.sdgs.begin(), p.sdgs.end(), number) == p.sdgs.end())
            p.sdgs.push_back(number);
    }
    std::sort(p.sdgs.begin(), p.sdgs.end());
    input.beneficiaries_per_year = core::trim(form.get("beneficiaries_per_year"));
    input.jobs_fte = core::trim(form.get("jobs_fte"));
    input.annual_budget_euros = core::trim(form.get("annual_budget_euros"));
    input.funding_sought_euros = core::trim(form.get("funding_sought_euros"));
    input.territories = core::trim(form.get("territories"));
    input.replicates = core::trim(form.get("replicates"));
    return input;
}

ProjectInput project_input_from_profile(const ProjectProfile& profile)
{
    ProjectInput input;
    input.profile = profile;
    auto number = [](const std::optional<long long>& value) { return value ? std::to_string(*value) : std::string(); };
    input.beneficiaries_per_year = number(profile.beneficiaries_per_year);
    input.jobs_fte = profile.jobs_fte_tenths ? format_tenths(*profile.jobs_fte_tenths) : std::string();
    input.annual_budget_euros = number(profile.annual_budget_euros);
    input.funding_sought_euros = number(profile.funding_sought_euros);
    input.territories = territories_text(profile);
    input.replicates = profile.replicates_project_id ? std::to_string(*profile.replicates_project_id) : std::string();
    return input;
}

core::FieldErrors validate_project_input(ProjectInput& input)
{
    core::FieldErrors errors;
    auto& p = input.profile;
    check_text(errors, "title", p.title, 200, true, "Donnez un titre au projet.");
    if (!errors.count("title") && core::begins_like_formula(p.title))
        errors["title"] = core::formula_lead_message("Le titre");
    check_text(errors, "summary", p.summary, 1000, false, "");
    check_text(errors, "social_need", p.social_need, 5000, false, "");
    check_text(errors, "beneficiaries", p.beneficiaries, 2000, false, "");
    check_text(errors, "needs_details", p.needs_details, 5000, false, "");
    if (p.stage.empty())
        errors["stage"] = "Choisissez le stade de développement du projet.";
    else if (!label_of(project_stages(), p.stage))
        errors["stage"] = "Choisissez un stade de la liste.";
    if (p.growth_mode.empty())
        errors["growth_mode"] = "Choisissez le mode de développement du projet.";
    else if (!label_of(growth_modes(), p.growth_mode))
        errors["growth_mode"] = "Choisissez un mode de la liste.";
    for (const auto& code : p.thematics) {
        if (!label_of(thematics(), code))
            errors["thematics"] = "Choisissez des thématiques de la liste.";
    }
    std::vector<std::string> ordered;
    for (const auto& known : thematics()) {
        if (std::find(p.thematics.begin(), p.thematics.end(), known.code) != p.thematics.end())
            ordered.emplace_back(known.code);
    }
    p.thematics = ordered;
    if (!p.sdgs.empty() && p.sdgs.front() == 0) {
        errors["sdgs"] = "Choisissez des objectifs de la liste (1 à 17).";
        p.sdgs.erase(p.sdgs.begin());
    }

    check_count(errors, "beneficiaries_per_year", input.beneficiaries_per_year, p.beneficiaries_per_year,
        "Indiquez un nombre entier de personnes, par exemple 1200.");
    check_count(errors, "annual_budget_euros", input.annual_budget_euros, p.annual_budget_euros,
        "Indiquez un montant en euros, sans centimes, par exemple 150000.");
    check_count(errors, "funding_sought_euros", input.funding_sought_euros, p.funding_sought_euros,
        "Indiquez un montant en euros, sans centimes, par exemple 50000.");
    p.jobs_fte_tenths.reset();
    if (!input.jobs_fte.empty()) {
        long long tenths = 0;
        if (parse_tenths(input.jobs_fte, tenths))
            p.jobs_fte_tenths = tenths;
        else
            errors["jobs_fte"] = "Indiquez un nombre d’équivalents temps plein avec au plus une décimale, par exemple 2,5.";
    }

    std::string territory_error;
    p.territories.clear();
    p.national_scope = false;
    if (!parse_territories(input.territories, p.territories, p.national_scope, territory_error))
        errors["territories"] = territory_error;

    if (!p.replication_started_on.empty() && (!core::is_iso_date(p.replication_started_on)
            || p.replication_started_on < "1900-01-01" || p.replication_started_on > "2100-12-31"))
        errors["replication_started_on"] = "Indiquez une date valide, au format JJ/MM/AAAA.";
    if (p.growth_mode != "essaimage") {
        if (!input.replicates.empty())
            errors["replicates"] = "Seul un projet en essaimage peut reprendre un autre projet : choisissez le mode « Essaimage » ou videz ce champ.";
        if (!p.replication_started_on.empty() && !errors.count("replication_started_on"))
            errors["replication_started_on"] = "Cette date ne concerne qu’un projet essaimé.";
    }
    if (input.replicates.empty() && !p.replication_started_on.empty() && !errors.count("replication_started_on"))
        errors["replication_started_on"] = "Indiquez aussi le projet d’origine, ou videz cette date.";
    return errors;
}

bool parse_territories(const std::string& text, std::vector<TerritoryRef>& refs, bool& national, std::string& error)
{
    refs.clear();
    national = false;
    std::string token;
    auto flush = [&]() -> bool {
        if (token.empty())
            return true;
        std::string upper;
        for (char c : token)
            upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        std::string word = token;
        std::transform(word.begin(), word.end(), word.begin(), [](unsigned char c) { return std::tolower(c); });
        TerritoryRef ref;
        if (word == "national" || word == "france") {
            national = true;
            token.clear();
            return true;
        }
        if (upper.size() == 5 && is_upper_alnum(upper)) {
            ref = {TerritoryKind::Commune, upper};
        } else if ((upper.size() == 2 || upper.size() == 3) && is_upper_alnum(upper)) {
            ref = {TerritoryKind::Departement, upper};
        } else if ((upper.size() == 3 || upper.size() == 4) && upper[0] == 'R'
            && std::all_of(upper.begin() + 1, upper.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
            ref = {TerritoryKind::Region, upper.substr(1)};
        } else {
            error = "« " + token + " » n’est ni un code de commune (42218), ni de département (42), ni de région (R84), ni « national ».";
            return false;
        }
        if (std::find(refs.begin(), refs.end(), ref) == refs.end())
            refs.push_back(ref);
        token.clear();
        return true;
    };
    for (char c : text) {
        if (c == ',' || c == ';' || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (!flush())
                return false;
        } else {
            token += c;
        }
    }
    if (!flush())
        return false;
    if (refs.size() > 200) {
        error = "200 territoires au plus : choisissez plutôt les départements ou les régions.";
        return false;
    }
    std::sort(refs.begin(), refs.end());
    return true;
}

std::string territories_text(const ProjectProfile& profile)
{
    std::string text = profile.national_scope ? "national" : "";
    for (const auto& ref : profile.territories) {
        text += text.empty() ? "" : ", ";
        text += (ref.kind == TerritoryKind::Region ? "R" : "") + ref.code;
    }
    return text;
}

bool parse_count(const std::string& text, long long& value)
{
    auto digits = without_separators(text);
    if (digits.empty() || digits.size() > 15)
        return false;
    if (!std::all_of(digits.begin(), digits.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
        return false;
    value = std::stoll(digits);
    return true;
}

bool parse_tenths(const std::string& text, long long& tenths)
{
    auto separator = text.find_first_of(",.");
    std::string whole = text.substr(0, separator);
    std::string decimal = separator == std::string::npos ? "" : text.substr(separator + 1);
    auto is_digits = [](const std::string& s) {
        return std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    };
    if (whole.empty() || whole.size() > 7 || !is_digits(whole) || decimal.size() > 1 || !is_digits(decimal)
        || (separator != std::string::npos && decimal.empty()))
        return false;
    tenths = std::stoll(whole) * 10 + (decimal.empty() ? 0 : decimal[0] - '0');
    return true;
}

namespace {

boost::json::object fields_object(const ProjectProfile& p)
{
    auto text = [](const std::string& value) -> boost::json::value {
        return value.empty() ? boost::json::value(nullptr) : boost::json::value(value);
    };
    auto number = [](const std::optional<long long>& value) -> boost::json::value {
        return value ? boost::json::value(*value) : boost::json::value(nullptr);
    };
    boost::json::array thematic_codes;
    for (const auto& code : p.thematics)
        thematic_codes.emplace_back(code);
    boost::json::array goals;
    for (int sdg : p.sdgs)
        goals.emplace_back(sdg);
    return boost::json::object{{"title", text(p.title)}, {"summary", text(p.summary)},
        {"social_need", text(p.social_need)}, {"beneficiaries", text(p.beneficiaries)}, {"stage", text(p.stage)},
        {"growth_mode", text(p.growth_mode)}, {"thematics", thematic_codes}, {"sdgs", goals},
        {"territories", text(territories_text(p))}, {"beneficiaries_per_year", number(p.beneficiaries_per_year)},
        {"jobs_fte_tenths", number(p.jobs_fte_tenths)}, {"annual_budget_euros", number(p.annual_budget_euros)},
        {"funding_sought_euros", number(p.funding_sought_euros)}, {"needs_support", p.needs_support},
        {"needs_experimentation", p.needs_experimentation}, {"needs_partners", p.needs_partners},
        {"needs_details", text(p.needs_details)}, {"replicates_project_id", number(p.replicates_project_id)},
        {"replication_started_on", text(p.replication_started_on)}};
}

} // namespace

std::string project_fields_json(const ProjectProfile& profile) { return boost::json::serialize(fields_object(profile)); }

std::string project_changes_json(const ProjectProfile& before, const ProjectProfile& after)
{
    auto old_fields = fields_object(before);
    auto new_fields = fields_object(after);
    boost::json::object changes;
    for (const auto& field : new_fields) {
        const auto& previous = old_fields.at(field.key());
        if (previous != field.value())
            changes[field.key()] = boost::json::array{previous, field.value()};
    }
    return boost::json::serialize(changes);
}

} // namespace essaim::directory
