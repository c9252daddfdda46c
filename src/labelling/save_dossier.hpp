#pragma once
// Saving the applicant's answers: as a draft (formats checked, but what was typed is kept even
// when wrong, so nothing is lost) or to deposit (required fields checked too, then the dossier
// moves to déposé through transition_dossier).

#include "auth/identity.hpp"
#include "auth/request_info.hpp"
#include "core/result.hpp"
#include "labelling/dossier.hpp"
#include "labelling/dossier_attachment.hpp"
#include "labelling/form_definition.hpp"

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
    const http::Form* posted = nullptr;   //!< the form's text fields; nullptr keeps the stored answers (deposit from the recap)
    std::vector<UploadedFile> files;      //!< the files sent with it ("fichier_<key>")
    SaveAction action = SaveAction::Draft;
};

//! NotFound / Forbidden as for the dossier's page; TooLarge for files beyond the limits (nothing
//! saved). Invalid with the field errors when the answers (or files) have errors: the answers
//! are saved all the same, and a deposit does not happen. Answers the dossier as saved.
core::Result<Dossier> save_dossier(web::Services& services, db::Session& session, const auth::Identity& identity,
    const SaveRequest& request, const auth::RequestInfo& request_info);

//! What stops the deposit of the stored answers and files (required answers, formats, required
//! attachments), keyed by posted input name; empty when the dossier can be deposited.
core::FieldErrors deposit_problems(db::Session& session, const Dossier& dossier, const FormDefinition& definition);

struct SavedAnswers {
    Dossier dossier;
    core::FieldErrors errors;  //!< the format errors of the fields just saved (kept all the same)
};

//! Saves the answers of the fields `keys` alone, as they are typed (the form's script sends one
//! field at a time): the other answers and the files stay as they are. NotFound / Forbidden as
//! for save_dossier; Invalid when no key names a question of the form.
core::Result<SavedAnswers> save_answers(web::Services& services, db::Session& session, const auth::Identity& identity,
    long long dossier_id, const http::Form& posted, const std::vector<std::string>& keys);

} // namespace essaim::labelling
