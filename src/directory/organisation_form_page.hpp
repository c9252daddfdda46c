#pragma once
// The organisation form page, shared by creation (/organisations/nouvelle) and edit
// (/organisations/{id}/modifier): values kept, choices marked, errors beside their fields, and
// the names of the commune and of the NAF code resolved from what was typed.

#include "core/result.hpp"
#include "directory/organisation_form.hpp"
#include "directory/register_lookup.hpp"
#include "http/request.hpp"

#include <string>
#include <vector>

namespace essaim::web {
struct Context;
}

namespace essaim::directory {

class NafCatalogue;

struct FormPageSettings {
    std::string title;         //!< page title and h1
    std::string action;        //!< where the form posts
    std::string submit_label;
    std::string cancel_href;   //!< "" = no cancel link
    std::string organisation_name;  //!< for the breadcrumb of an edit; "" when creating
    std::string organisation_href;
    //! Inputs ("siren", "siret", "rna") that a register holds: shown read-only.
    std::vector<std::string> locked_inputs;
    //! A change of name or identifier waits for an administrator: said before the identity.
    bool identity_moderated = false;
    std::vector<std::string> pending_identity;  //!< the change waiting, one line per field
    //! Creation: the SIRET or SIREN the person looked up, and what the directory holds for it.
    std::optional<RegisterLookup> lookup;
};

http::Response organisation_form_page(web::Context& context, NafCatalogue& naf, const FormPageSettings& settings,
    const OrganisationInput& input, const core::Error* error);

} // namespace essaim::directory
