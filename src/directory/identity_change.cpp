#include "directory/identity_change.hpp"

#include <algorithm>

namespace essaim::directory {

namespace {

//! The form's input of an identifier field: the SIRET input carries the NIC.
std::string_view input_of(std::string_view field) { return field == "nic_siege" ? "siret" : field; }

std::string as_text(const boost::json::value& value)
{
    return value.is_string() ? std::string(value.as_string()) : std::string();
}

} // namespace

bool is_identity_field(std::string_view field)
{
    return field == "name" || field == "siren" || field == "nic_siege" || field == "rna";
}

std::optional<std::string_view> register_of_identifier(const Organisation& organisation, std::string_view field)
{
    if (field != "siren" && field != "nic_siege" && field != "rna")
        return std::nullopt;
    // A member's own organisation holds what its members typed, even where an import later agreed.
    if (organisation.source == OrganisationSource::Membre || (organisation.profile.*profile_member(field)).empty())
        return std::nullopt;
    const auto& edited = organisation.member_edited_fields;
    if (std::find(edited.begin(), edited.end(), field) != edited.end())
        return std::nullopt;
    return field == "rna" ? std::string_view("du répertoire national des associations") : std::string_view("du répertoire SIRENE");
}

std::vector<std::string> register_locked_inputs(const Organisation& organisation)
{
    std::vector<std::string> inputs;
    for (std::string_view field : {"siren", "nic_siege", "rna"}) {
        if (register_of_identifier(organisation, field))
            inputs.emplace_back(input_of(field));
    }
    return inputs;
}

void check_register_identifiers(const Organisation& organisation, const OrganisationProfile& requested,
    core::FieldErrors& errors)
{
    for (std::string_view field : {"siren", "nic_siege", "rna"}) {
        auto source = register_of_identifier(organisation, field);
        auto member = profile_member(field);
        std::string input(input_of(field));
        if (!source || requested.*member == organisation.profile.*member || errors.count(input))
            continue;
        errors[input] = "Ce numéro vient " + std::string(*source)
            + " : il ne se modifie pas sur Essaim, qui le met à jour avec le répertoire.";
    }
}

bool identity_change_needs_decision(OrganisationStatus status, bool is_administrator)
{
    return status == OrganisationStatus::Publiee && !is_administrator;
}

SplitChanges split_identity_changes(const std::vector<FieldChange>& changes)
{
    SplitChanges split;
    for (const auto& change : changes)
        (is_identity_field(change.field) ? split.identity : split.others).push_back(change);
    return split;
}

OrganisationProfile with_identity_of(OrganisationProfile profile, const OrganisationProfile& in_force)
{
    for (std::string_view field : {"name", "siren", "nic_siege", "rna"}) {
        auto member = profile_member(field);
        profile.*member = in_force.*member;
    }
    return profile;
}

std::string describe_change(const FieldChange& change)
{
    auto quoted = [](const boost::json::value& value) {
        auto text = as_text(value);
        return text.empty() ? std::string("(vide)") : "« " + text + " »";
    };
    return std::string(field_label(change.field)) + " : " + quoted(change.before) + " → " + quoted(change.after);
}

} // namespace essaim::directory
