#include "directory/merged_organisation.hpp"

#include "directory/duplicate_store.hpp"
#include "directory/organisation_store.hpp"

namespace essaim::directory {

std::optional<core::Error> merged_obstacle(db::Session& session, long long organisation_id)
{
    auto kept = merged_into(session, organisation_id);
    if (!kept)
        return std::nullopt;
    auto organisation = find_organisation(session, *kept);
    std::string name = organisation ? " « " + organisation->profile.name + " »" : std::string();
    return core::Error::conflict("Cette fiche a été fusionnée avec la fiche n° " + std::to_string(*kept) + name
        + " : elle ne peut plus être publiée, refusée, modifiée ni revendiquée. Tenez plutôt à jour la fiche n° "
        + std::to_string(*kept) + ".");
}

} // namespace essaim::directory
