#include "directory/api_json.hpp"

#include "directory/api_query.hpp"

#include <algorithm>

namespace essaim::directory {

namespace {

boost::json::value text_or_null(const std::string& text)
{
    if (text.empty())
        return nullptr;
    return boost::json::value(text);
}

std::string* profile_member(OrganisationProfile& profile, std::string_view name)
{
    for (const auto& field : profile_fields()) {
        if (field.name == name && field.name != "nic_siege")
            return &(profile.*field.member);
    }
    return nullptr;
}

} // namespace

boost::json::object organisation_to_json(const Organisation& organisation, const std::optional<CommunePlace>& commune)
{
    const auto& profile = organisation.profile;
    boost::json::array actor_types;
    for (const auto& type : profile.actor_types)
        actor_types.emplace_back(type);
    boost::json::value commune_value = nullptr;
    if (!profile.commune_code.empty()) {
        commune_value = boost::json::object{{"code", profile.commune_code},
            {"name", commune ? boost::json::value(commune->name) : boost::json::value(nullptr)}};
    }
    return boost::json::object{
        {"id", organisation.id},
        {"name", profile.name},
        {"acronym", text_or_null(profile.acronym)},
        {"siren", text_or_null(profile.siren)},
        {"siret", text_or_null(profile.siret())},
        {"rna", text_or_null(profile.rna)},
        {"legal_form_code", text_or_null(profile.legal_form_code)},
        {"ess_family", text_or_null(profile.ess_family)},
        {"actor_types", std::move(actor_types)},
        {"naf_code", text_or_null(profile.naf_code)},
        {"headcount_band", text_or_null(profile.headcount_band)},
        {"creation_date", text_or_null(profile.creation_date)},
        {"address_line", text_or_null(profile.address_line)},
        {"postal_code", text_or_null(profile.postal_code)},
        {"commune", std::move(commune_value)},
        {"website", text_or_null(profile.website)},
        {"description", text_or_null(profile.description)},
        {"ceased", organisation.ceased},
        {"updated_at", iso_date_time(organisation.updated_at)},
    };
}

boost::json::object project_to_json(const Project& project)
{
    const auto& profile = project.profile;
    boost::json::array thematics_array;
    for (const auto& thematic : profile.thematics)
        thematics_array.emplace_back(thematic);
    boost::json::array sdgs_array;
    for (int sdg : profile.sdgs)
        sdgs_array.emplace_back(sdg);
    boost::json::array territories;
    for (const auto& territory : profile.territories)
        territories.emplace_back(
            boost::json::object{{"kind", territory_kind_code(territory.kind)}, {"code", territory.code}});
    return boost::json::object{
        {"id", project.id},
        {"organisation_id", project.organisation_id},
        {"title", profile.title},
        {"summary", text_or_null(profile.summary)},
        {"thematics", std::move(thematics_array)},
        {"sdgs", std::move(sdgs_array)},
        {"stage", text_or_null(profile.stage)},
        {"growth_mode", text_or_null(profile.growth_mode)},
        {"national_scope", profile.national_scope},
        {"territories", std::move(territories)},
        {"completeness", project.completeness},
        {"qualified", project.qualified},
        {"replicates_project_id",
            profile.replicates_project_id ? boost::json::value(*profile.replicates_project_id) : boost::json::value(nullptr)},
        {"updated_at", iso_date_time(project.updated_at)},
    };
}

const std::vector<std::string>& patchable_organisation_fields()
{
    static const std::vector<std::string> fields = [] {
        std::vector<std::string> names;
        for (const auto& field : profile_fields()) {
            if (field.name != "nic_siege")
                names.emplace_back(field.name);
        }
        names.emplace_back("siret");
        names.emplace_back("actor_types");
        return names;
    }();
    return fields;
}

core::FieldErrors apply_organisation_patch(const boost::json::object& body, OrganisationInput& input)
{
    core::FieldErrors errors;
    for (const auto& member : body) {
        std::string name(member.key());
        const auto& value = member.value();
        if (name == "actor_types") {
            if (!value.is_array()) {
                errors[name] = "Doit être une liste de codes (tableau de chaînes).";
                continue;
            }
            std::vector<std::string> codes;
            bool all_strings = true;
            for (const auto& item : value.as_array()) {
                if (!item.is_string()) {
                    all_strings = false;
                    break;
                }
                codes.emplace_back(item.as_string());
            }
            if (!all_strings) {
                errors[name] = "Doit être une liste de codes (tableau de chaînes).";
                continue;
            }
            // The form's order: sorted, without duplicates (validation checks the codes).
            std::sort(codes.begin(), codes.end());
            codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
            input.profile.actor_types = std::move(codes);
            continue;
        }
        std::string* target = name == "siret" ? &input.siret : profile_member(input.profile, name);
        if (!target) {
            errors[name] = "Champ inconnu ou non modifiable.";
            continue;
        }
        if (value.is_null())
            target->clear();
        else if (value.is_string())
            *target = std::string(value.as_string());
        else
            errors[name] = "Doit être une chaîne de caractères ou null.";
    }
    return errors;
}

namespace {

std::string* project_text_member(ProjectInput& input, std::string_view name)
{
    auto& p = input.profile;
    if (name == "title")
        return &p.title;
    if (name == "summary")
        return &p.summary;
    if (name == "social_need")
        return &p.social_need;
    if (name == "beneficiaries")
        return &p.beneficiaries;
    if (name == "stage")
        return &p.stage;
    if (name == "growth_mode")
        return &p.growth_mode;
    if (name == "needs_details")
        return &p.needs_details;
    if (name == "replication_started_on")
        return &p.replication_started_on;
    return nullptr;
}

bool* project_flag_member(ProjectInput& input, std::string_view name)
{
    auto& p = input.profile;
    if (name == "national_scope")
        return &p.national_scope;
    if (name == "needs_support")
        return &p.needs_support;
    if (name == "needs_experimentation")
        return &p.needs_experimentation;
    if (name == "needs_partners")
        return &p.needs_partners;
    return nullptr;
}

//! The form's text field holding a key figure, for the numbers the API takes as integers.
std::string* project_number_member(ProjectInput& input, std::string_view name)
{
    if (name == "beneficiaries_per_year")
        return &input.beneficiaries_per_year;
    if (name == "annual_budget_euros")
        return &input.annual_budget_euros;
    if (name == "funding_sought_euros")
        return &input.funding_sought_euros;
    if (name == "jobs_fte_tenths")
        return &input.jobs_fte;
    if (name == "replicates_project_id")
        return &input.replicates;
    return nullptr;
}

bool is_code_of(const std::string& code, std::size_t min, std::size_t max, bool digits_only)
{
    if (code.size() < min || code.size() > max)
        return false;
    return std::all_of(code.begin(), code.end(), [&](char c) {
        return (c >= '0' && c <= '9') || (!digits_only && (c == 'A' || c == 'B'));
    });
}

} // namespace

core::FieldErrors apply_project_patch(const boost::json::object& body, ProjectInput& input)
{
    core::FieldErrors errors;
    // The territories field is rebuilt from the stored or patched list and national scope, in the
    // form's syntax, so that validation reads it as it reads the form.
    ProjectProfile places;
    places.national_scope = input.profile.national_scope;
    places.territories = input.profile.territories;
    bool places_changed = false;
    for (const auto& member : body) {
        std::string name(member.key());
        const auto& value = member.value();
        if (auto* text = project_text_member(input, name)) {
            if (value.is_null())
                text->clear();
            else if (value.is_string())
                *text = std::string(value.as_string());
            else
                errors[name] = "Doit être une chaîne de caractères ou null.";
        } else if (auto* flag = project_flag_member(input, name)) {
            if (!value.is_bool()) {
                errors[name] = "Doit être true ou false.";
                continue;
            }
            *flag = value.as_bool();
            if (name == "national_scope") {
                places.national_scope = value.as_bool();
                places_changed = true;
            }
        } else if (auto* number = project_number_member(input, name)) {
            if (value.is_null()) {
                number->clear();
                continue;
            }
            long long amount = value.is_int64() ? value.as_int64() : -1;
            if (!value.is_int64() || amount < 0 || (name == "replicates_project_id" && amount == 0)) {
                errors[name] = name == "replicates_project_id" ? "Doit être le numéro d’un projet ou null."
                                                               : "Doit être un nombre entier positif ou null.";
                continue;
            }
            *number = name == "jobs_fte_tenths" ? format_tenths(amount) : std::to_string(amount);
        } else if (name == "thematics") {
            std::vector<std::string> codes;
            bool valid = value.is_array();
            if (valid) {
                for (const auto& item : value.as_array()) {
                    if (!item.is_string()) {
                        valid = false;
                        break;
                    }
                    codes.emplace_back(item.as_string());
                }
            }
            if (!valid) {
                errors[name] = "Doit être une liste de codes (tableau de chaînes).";
                continue;
            }
            std::sort(codes.begin(), codes.end());
            codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
            input.profile.thematics = std::move(codes);  // validation checks and orders them
        } else if (name == "sdgs") {
            std::vector<int> goals;
            bool valid = value.is_array();
            if (valid) {
                for (const auto& item : value.as_array()) {
                    if (!item.is_int64() || item.as_int64() < 1 || item.as_int64() > 17) {
                        valid = false;
                        break;
                    }
                    goals.push_back(static_cast<int>(item.as_int64()));
                }
            }
            if (!valid) {
                errors[name] = "Doit être une liste de numéros d’objectifs, de 1 à 17.";
                continue;
            }
            std::sort(goals.begin(), goals.end());
            goals.erase(std::unique(goals.begin(), goals.end()), goals.end());
            input.profile.sdgs = std::move(goals);
        } else if (name == "territories") {
            std::vector<TerritoryRef> refs;
            std::string problem;
            if (!value.is_array())
                problem = "Doit être une liste d’objets {\"kind\", \"code\"}.";
            for (std::size_t i = 0; problem.empty() && i < value.as_array().size(); ++i) {
                const auto* item = value.as_array()[i].if_object();
                const auto* kind = item && item->contains("kind") ? item->at("kind").if_string() : nullptr;
                const auto* code = item && item->contains("code") ? item->at("code").if_string() : nullptr;
                TerritoryRef ref;
                if (!kind || !code || item->size() != 2 || !territory_kind_from_code(*kind, ref.kind)) {
                    problem = "Chaque territoire est un objet {\"kind\": \"commune\" | \"departement\" | \"region\", \"code\": \"…\"}.";
                    break;
                }
                ref.code = std::string(*code);
                bool shaped = ref.kind == TerritoryKind::Commune ? is_code_of(ref.code, 5, 5, false)
                    : ref.kind == TerritoryKind::Departement     ? is_code_of(ref.code, 2, 3, false)
                                                                 : is_code_of(ref.code, 2, 3, true);
                if (!shaped) {
                    problem = "« " + ref.code + " » n’est pas un code de " + std::string(territory_kind_code(ref.kind)) + " valide.";
                    break;
                }
                refs.push_back(ref);
            }
            if (!problem.empty()) {
                errors[name] = problem;
                continue;
            }
            places.territories = std::move(refs);
            places_changed = true;
        } else {
            errors[name] = "Champ inconnu ou non modifiable.";
        }
    }
    if (places_changed)
        input.territories = territories_text(places);
    return errors;
}

core::FieldErrors project_errors_for_api(const core::FieldErrors& errors)
{
    core::FieldErrors renamed;
    for (const auto& [field, message] : errors) {
        if (field == "jobs_fte")
            renamed["jobs_fte_tenths"] = message;
        else if (field == "replicates")
            renamed["replicates_project_id"] = message;
        else
            renamed[field] = message;
    }
    return renamed;
}

std::string field_errors_json(const core::FieldErrors& errors)
{
    boost::json::object object;
    for (const auto& [field, message] : errors)
        object[field] = message;
    return boost::json::serialize(object);
}

} // namespace essaim::directory
