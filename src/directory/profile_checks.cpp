#include "directory/profile_checks.hpp"

#include "directory/naf_catalogue.hpp"
#include "directory/organisation_store.hpp"

namespace essaim::directory {

namespace {

//! " (« Name »)" when the organisation is published, so that the person finds the page to claim;
//! nothing for a profile not yet public, whose existence is not for everyone to learn.
std::string published_name(db::Session& session, long long organisation_id)
{
    auto organisation = find_organisation(session, organisation_id);
    if (!organisation || organisation->status != OrganisationStatus::Publiee)
        return "";
    return " (« " + organisation->profile.name + " »)";
}

} // namespace

void check_references(db::Session& session, NafCatalogue& naf, const core::Config& config,
    const OrganisationProfile& profile, long long organisation_id, core::FieldErrors& errors)
{
    if (!profile.commune_code.empty() && !errors.count("commune_code") && !find_commune(session, profile.commune_code))
        errors["commune_code"] = "Aucune commune ne porte le code INSEE " + profile.commune_code
            + ". Attention : le code INSEE d’une commune n’est pas son code postal.";
    if (!profile.naf_code.empty() && !errors.count("naf_code") && naf.available(config) && !naf.label(config, profile.naf_code))
        errors["naf_code"] = "Le code NAF " + profile.naf_code + " n’existe pas dans la nomenclature d’activités française (NAF rév. 2).";
    if (!profile.siren.empty() && !errors.count("siren")) {
        if (auto holder = organisation_with_siren(session, profile.siren, organisation_id))
            errors["siren"] = "Une organisation portant ce SIREN est déjà inscrite sur Essaim" + published_name(session, *holder)
                + " : une organisation ne peut y figurer qu’une fois. Si vous y travaillez, demandez à gérer sa fiche depuis sa page.";
    }
    if (!profile.rna.empty() && !errors.count("rna")) {
        if (auto holder = organisation_with_rna(session, profile.rna, organisation_id))
            errors["rna"] = "Une association portant ce numéro RNA est déjà inscrite sur Essaim" + published_name(session, *holder)
                + " : une organisation ne peut y figurer qu’une fois. Si vous y travaillez, demandez à gérer sa fiche depuis sa page.";
    }
}

} // namespace essaim::directory
