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

std::string field_errors_json(const core::FieldErrors& errors)
{
    boost::json::object object;
    for (const auto& [field, message] : errors)
        object[field] = message;
    return boost::json::serialize(object);
}

} // namespace essaim::directory
