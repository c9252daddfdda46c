#include "labelling/withdraw_label.hpp"

#include "auth/audit_helpers.hpp"
#include "core/clock.hpp"
#include "core/text.hpp"
#include "db/session.hpp"
#include "labelling/label_mail.hpp"
#include "labelling/label_store.hpp"
#include "labelling/permissions.hpp"
#include "mail/outbox.hpp"
#include "web/context.hpp"

namespace essaim::labelling {

core::Result<Label> withdraw_label(web::Services& services, db::Session& session, const auth::Identity& identity,
    long long label_id, const std::string& motivation, const auth::RequestInfo& request_info)
{
    if (!may_administer_labelling(identity))
        return core::Error::forbidden("Seuls les administrateurs retirent un label.");
    auto why = core::trim(motivation);
    db::Transaction transaction(session);
    auto label = find_label(session, label_id);
    if (!label)
        return core::Error::not_found("Ce label n’existe pas.");
    if (label->withdrawn)
        return core::Error::conflict("Ce label est déjà retiré.");
    if (why.empty())
        return core::Error::invalid({{"motivation", "Indiquez le motif du retrait : il est transmis au titulaire et "
                                                    "affiché sur la page de vérification."}});
    if (why.size() > 4000)
        return core::Error::invalid({{"motivation", "Le motif ne doit pas dépasser 4 000 caractères."}});
    auto now = services.clock.now();
    mark_label_withdrawn(session, label_id, now, identity.user_id, why);
    auto entry = auth::audit_entry(request_info, identity.user_id, "labelling.label_withdrawn", "label",
        std::to_string(label_id));
    entry.before_json = auth::json_object({{"state", "actif"}});
    entry.after_json = auth::json_object({{"state", "retire"}, {"motivation", why}});
    auth::record(session, now, entry);
    auto withdrawn = find_label(session, label_id).value();
    for (const auto& email : organisation_owner_emails(session, withdrawn.organisation_id))
        mail::enqueue(session, services.clock, label_withdrawal_mail(services.config, email, withdrawn));
    transaction.commit();
    return withdrawn;
}

} // namespace essaim::labelling
