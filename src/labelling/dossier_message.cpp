#include "labelling/dossier_message.hpp"

#include "auth/audit_helpers.hpp"
#include "core/clock.hpp"
#include "db/session.hpp"
#include "labelling/dossier_mail.hpp"
#include "labelling/dossier_store.hpp"
#include "labelling/permissions.hpp"
#include "mail/outbox.hpp"
#include "web/context.hpp"

namespace essaim::labelling {

core::Result<long long> post_message(web::Services& services, db::Session& session, const auth::Identity& identity,
    long long dossier_id, MessageVisibility visibility, const std::string& body, const auth::RequestInfo& request_info)
{
    auto visible = find_visible_dossier(session, identity, dossier_id);
    if (!visible)
        return visible.error();
    const auto& dossier = visible->dossier;
    const auto& access = visible->access;
    bool note = visibility == MessageVisibility::NoteInterne;
    if (note ? !may_write_note(access) : !may_write_message(access))
        return core::Error::forbidden(note ? "Seule l’équipe d’instruction écrit des notes internes."
                                           : "Vous ne pouvez pas écrire sur ce dossier.");
    auto text = body;
    auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return core::Error::invalid({{"message", "Écrivez votre message."}});
    text = text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
    if (text.size() > max_message_bytes)
        return core::Error::invalid({{"message", "Votre message dépasse 10 000 caractères."}});

    auto now = services.clock.now();
    db::Transaction transaction(session);
    auto id = insert_message(session, dossier.id, identity.user_id, visibility, text, now);
    auto entry = auth::audit_entry(request_info, identity.user_id,
        note ? "labelling.dossier_note" : "labelling.dossier_message", "dossier", std::to_string(dossier.id));
    entry.after_json = auth::json_object({{"message", std::to_string(id)}});
    auth::record(session, now, entry);
    if (!note) {
        // Staff who are also members of the organisation write as staff: the applicant hears.
        bool from_staff = access.staff;
        auto recipients = from_staff ? applicant_emails(session, dossier) : staff_emails(session, dossier);
        auto title = call_title(session, dossier.call_id);
        for (const auto& email : recipients) {
            if (email == identity.email)
                continue;
            std::string mail_text = from_staff
                ? "Bonjour,\n\nL’équipe d’instruction vous a écrit à propos de votre dossier n° " + std::to_string(dossier.id)
                    + " (« " + title + " »).\n\nLisez le message et répondez sur la page du dossier :\n"
                : "Bonjour,\n\nLe candidat a écrit à propos du dossier n° " + std::to_string(dossier.id) + " (« " + title
                    + " »).\n\nLisez le message et répondez sur la page du dossier :\n";
            mail_text += dossier_url(services.config, dossier.id) + "\n\nL’équipe Essaim\n";
            mail::enqueue(session, services.clock,
                mail::Message{email, "Nouveau message sur le dossier n° " + std::to_string(dossier.id) + " — Essaim",
                    std::move(mail_text)});
        }
    }
    transaction.commit();
    return id;
}

} // namespace essaim::labelling
