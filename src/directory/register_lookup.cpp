#include "directory/register_lookup.hpp"

#include "core/identifiers.hpp"
#include "directory/claim_store.hpp"
#include "directory/organisation_store.hpp"

#include <algorithm>

namespace essaim::directory {

RegisterLookup look_up_identifier(db::Session& session, std::string_view typed)
{
    RegisterLookup lookup;
    lookup.typed = std::string(typed);
    std::string digits(typed);
    std::erase_if(digits, [](char c) { return c == ' ' || c == '.'; });
    if (digits.size() == 14) {
        auto siret = core::validate_siret(digits);
        if (!siret.ok()) {
            lookup.error = siret.error().message;
            return lookup;
        }
        lookup.siret = siret.value();
        lookup.siren = lookup.siret.substr(0, 9);
    } else {
        auto siren = core::validate_siren(digits);
        if (!siren.ok()) {
            lookup.error = digits.size() == 9 ? siren.error().message
                                              : "Saisissez un SIRET (14 chiffres) ou un SIREN (9 chiffres).";
            return lookup;
        }
        lookup.siren = siren.value();
    }
    auto holder = organisation_with_siren(session, lookup.siren);
    if (!holder)
        return lookup;
    auto organisation = find_organisation(session, *holder);
    if (!organisation || organisation->status != OrganisationStatus::Publiee) {
        lookup.held_unpublished = true;
        return lookup;
    }
    lookup.found_has_owners = count_owners(session, organisation->id) > 0;
    lookup.found = std::move(organisation);
    return lookup;
}

} // namespace essaim::directory
