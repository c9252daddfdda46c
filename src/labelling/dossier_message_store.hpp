#pragma once
// SQL for a dossier's messages: the exchanges between the applicant and the staff (echange) and
// the staff's private notes (note_interne).

#include <string>
#include <vector>

namespace essaim::db {
class Session;
}

namespace essaim::labelling {

struct Dossier;

enum class MessageVisibility { Echange, NoteInterne };

struct DossierMessage {
    long long id = 0;
    long long author_user_id = 0;
    std::string author_name;  //!< "" when the account is gone
    MessageVisibility visibility = MessageVisibility::Echange;
    std::string body;
    long long created_at = 0;
};

long long insert_message(db::Session& session, long long dossier_id, long long author_user_id, MessageVisibility visibility,
    const std::string& body, long long at);
//! The dossier's messages of one visibility, oldest first.
std::vector<DossierMessage> list_messages(db::Session& session, long long dossier_id, MessageVisibility visibility);
//! Who hears about the applicant's messages: the assigned instructeur, otherwise the call's team.
std::vector<std::string> staff_emails(db::Session& session, const Dossier& dossier);

} // namespace essaim::labelling
