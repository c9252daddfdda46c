#include "labelling/dossier_message_store.hpp"

#include "db/session.hpp"
#include "labelling/dossier.hpp"

#include <soci/soci.h>

namespace essaim::labelling {

namespace {

std::string visibility_code(MessageVisibility visibility)
{
    return visibility == MessageVisibility::NoteInterne ? "note_interne" : "echange";
}

} // namespace

long long insert_message(db::Session& session, long long dossier_id, long long author_user_id, MessageVisibility visibility,
    const std::string& body, long long at)
{
    auto code = visibility_code(visibility);
    soci::indicator author_ind = author_user_id == 0 ? soci::i_null : soci::i_ok;
    long long id = 0;
    session.sql() << "INSERT INTO dossier_messages (dossier_id, author_user_id, visibility, body, created_at) "
                     "VALUES (:dossier, :author, :visibility, :body, :at) RETURNING id",
        soci::use(dossier_id), soci::use(author_user_id, author_ind), soci::use(code), soci::use(body), soci::use(at),
        soci::into(id);
    return id;
}

std::vector<DossierMessage> list_messages(db::Session& session, long long dossier_id, MessageVisibility visibility)
{
    std::vector<DossierMessage> messages;
    auto code = visibility_code(visibility);
    long long id = 0, author = 0, at = 0;
    std::string name, body;
    soci::indicator author_ind, name_ind;
    soci::statement statement = (session.sql().prepare
            << "SELECT m.id, m.author_user_id, u.display_name, m.body, m.created_at FROM dossier_messages m "
               "LEFT JOIN users u ON u.id = m.author_user_id "
               "WHERE m.dossier_id = :dossier AND m.visibility = :visibility ORDER BY m.id",
        soci::use(dossier_id), soci::use(code), soci::into(id), soci::into(author, author_ind), soci::into(name, name_ind),
        soci::into(body), soci::into(at));
    statement.execute();
    while (statement.fetch()) {
        DossierMessage message;
        message.id = id;
        message.author_user_id = author_ind == soci::i_null ? 0 : author;
        message.author_name = name_ind == soci::i_null ? std::string() : name;
        message.visibility = visibility;
        message.body = body;
        message.created_at = at;
        messages.push_back(std::move(message));
    }
    return messages;
}

std::vector<std::string> staff_emails(db::Session& session, const Dossier& dossier)
{
    std::vector<std::string> emails;
    std::string email;
    if (dossier.instructor_id != 0) {
        soci::statement statement = (session.sql().prepare << "SELECT email FROM users WHERE id = :id",
            soci::use(dossier.instructor_id), soci::into(email));
        statement.execute();
        while (statement.fetch())
            emails.push_back(email);
        if (!emails.empty())
            return emails;
    }
    soci::statement team = (session.sql().prepare
            << "SELECT u.email FROM call_instructors i JOIN users u ON u.id = i.user_id WHERE i.call_id = :call "
               "ORDER BY u.email",
        soci::use(dossier.call_id), soci::into(email));
    team.execute();
    while (team.fetch())
        emails.push_back(email);
    return emails;
}

} // namespace essaim::labelling
