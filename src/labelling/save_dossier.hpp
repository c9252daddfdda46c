#pragma once
// Saving the applicant's answers: as a draft (formats checked, but what was typed is kept even
// when wrong, so nothing is lost) or to deposit (required fields checked too, then the dossier
// moves to déposé through transition_dossier).

#include "auth/identity.hpp"
#include "auth/request_info.hpp"
#include "core/result.hpp"
#include "labelling/dossier.hpp"
#include "labelling/dossier_attachment.hpp"

#include <vector>

namespace essaim::db {
class Session;
}
namespace essaim::http {
class Form;
}
namespace essaim::web {
struct Services;
}

namespace essaim::labelling {

enum class SaveAction { Draft, Deposit };

struct SaveRequest {
    long long dossier_id = 0;
    const http::Form* posted = nullptr;   //!< the form's text fields
    std::vector<UploadedFile> files;      //!< the files sent with it ("fichier_<key>")
    SaveAction action = SaveAction::Draft;
};

//! NotFound / Forbidden as for the dossier's page; TooLarge for files beyond the limits (nothing
//! saved). Invalid with the field errors when the answers (or files) have errors: the answers
//! are saved all the same, and a deposit does not happen. Answers the dossier as saved.
core::Result<Dossier> save_dossier(web::Services& services, db::Session& session, const auth::Identity& identity,
    const SaveRequest& request, const auth::RequestInfo& request_info);

} // namespace essaim::labelling
