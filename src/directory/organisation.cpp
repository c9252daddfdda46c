#include "directory/organisation.hpp"

namespace essaim::directory {

std::string_view status_code(OrganisationStatus status)
{
    switch (status) {
    case OrganisationStatus::EnAttente: return "en_attente";
    case OrganisationStatus::Publiee: return "publiee";
    case OrganisationStatus::Refusee: return "refusee";
    }
    return "en_attente";
}

std::string_view status_label(OrganisationStatus status)
{
    switch (status) {
    case OrganisationStatus::EnAttente: return "En attente de validation";
    case OrganisationStatus::Publiee: return "Publiée";
    case OrganisationStatus::Refusee: return "Refusée";
    }
    return "En attente de validation";
}

bool status_from_code(std::string_view code, OrganisationStatus& status)
{
    for (auto candidate : {OrganisationStatus::EnAttente, OrganisationStatus::Publiee, OrganisationStatus::Refusee}) {
        if (status_code(candidate) == code) {
            status = candidate;
            return true;
        }
    }
    return false;
}

bool is_allowed_transition(OrganisationStatus from, OrganisationStatus to)
{
    if (from == OrganisationStatus::EnAttente)
        return to == OrganisationStatus::Publiee || to == OrganisationStatus::Refusee;
    if (from == OrganisationStatus::Refusee)
        return to == OrganisationStatus::EnAttente;
    return false;
}

std::string_view source_code(OrganisationSource source)
{
    switch (source) {
    case OrganisationSource::Membre: return "membre";
    case OrganisationSource::Sirene: return "sirene";
    case OrganisationSource::Rna: return "rna";
    }
    return "membre";
}

bool source_from_code(std::string_view code, OrganisationSource& source)
{
    for (auto candidate : {OrganisationSource::Membre, OrganisationSource::Sirene, OrganisationSource::Rna}) {
        if (source_code(candidate) == code) {
            source = candidate;
            return true;
        }
    }
    return false;
}

const std::vector<CodeLabel>& ess_families()
{
    static const std::vector<CodeLabel> list{
        {"association", "Association"},
        {"cooperative", "Coopérative"},
        {"mutuelle", "Mutuelle"},
        {"fondation", "Fondation"},
        {"entreprise_ess_esus", "Entreprise commerciale de l’ESS ou agréée ESUS"},
        {"societe_a_mission", "Société à mission"},
    };
    return list;
}

const std::vector<CodeLabel>& actor_types()
{
    static const std::vector<CodeLabel> list{
        {"porteur_de_projet", "Porteur de projet"},
        {"incubateur", "Incubateur"},
        {"accelerateur", "Accélérateur"},
        {"ruche", "Ruche"},
        {"reseau", "Réseau"},
        {"ptce", "Pôle territorial de coopération économique (PTCE)"},
        {"financeur_public", "Financeur public"},
        {"financeur_prive", "Financeur privé"},
        {"evaluateur", "Évaluateur"},
        {"collectivite", "Collectivité territoriale"},
        {"administration", "Administration"},
    };
    return list;
}

const std::vector<CodeLabel>& headcount_bands()
{
    // INSEE's "tranche d'effectifs salariés" of the SIRENE register.
    static const std::vector<CodeLabel> list{
        {"NN", "Unité non employeuse"},
        {"00", "0 salarié (a employé au cours de l’année)"},
        {"01", "1 ou 2 salariés"},
        {"02", "3 à 5 salariés"},
        {"03", "6 à 9 salariés"},
        {"11", "10 à 19 salariés"},
        {"12", "20 à 49 salariés"},
        {"21", "50 à 99 salariés"},
        {"22", "100 à 199 salariés"},
        {"31", "200 à 249 salariés"},
        {"32", "250 à 499 salariés"},
        {"41", "500 à 999 salariés"},
        {"42", "1 000 à 1 999 salariés"},
        {"51", "2 000 à 4 999 salariés"},
        {"52", "5 000 à 9 999 salariés"},
        {"53", "10 000 salariés et plus"},
    };
    return list;
}

std::optional<std::string_view> label_of(const std::vector<CodeLabel>& list, std::string_view code)
{
    for (const auto& entry : list) {
        if (entry.code == code)
            return entry.label;
    }
    return std::nullopt;
}

const std::vector<ProfileField>& profile_fields()
{
    using P = OrganisationProfile;
    static const std::vector<ProfileField> fields{
        {"name", "Nom", &P::name},
        {"acronym", "Sigle", &P::acronym},
        {"siren", "SIREN", &P::siren},
        {"nic_siege", "NIC du siège", &P::nic_siege},
        {"rna", "Numéro RNA", &P::rna},
        {"legal_form_code", "Catégorie juridique", &P::legal_form_code},
        {"ess_family", "Famille de l’ESS", &P::ess_family},
        {"naf_code", "Code NAF", &P::naf_code},
        {"headcount_band", "Tranche d’effectifs", &P::headcount_band},
        {"creation_date", "Date de création", &P::creation_date},
        {"address_line", "Adresse", &P::address_line},
        {"postal_code", "Code postal", &P::postal_code},
        {"commune_code", "Commune (code INSEE)", &P::commune_code},
        {"website", "Site web", &P::website},
        {"description", "Présentation", &P::description},
    };
    return fields;
}

std::string OrganisationProfile::*profile_member(std::string_view name)
{
    for (const auto& field : profile_fields()) {
        if (field.name == name)
            return field.member;
    }
    return nullptr;
}

std::string_view field_label(std::string_view name)
{
    if (name == "actor_types")
        return "Types d’acteur";
    if (name == "status")
        return "Statut";
    for (const auto& field : profile_fields()) {
        if (field.name == name)
            return field.label;
    }
    return name;
}

} // namespace essaim::directory
