#include "labelling/delete_dossier.hpp"

#include "auth/audit_helpers.hpp"
#include "core/clock.hpp"
#include "db/session.hpp"
#include "labelling/dossier_attachment.hpp"
#include "labelling/dossier_attachment_store.hpp"
#include "labelling/dossier_store.hpp"
#include "labelling/permissions.hpp"
#include "web/context.hpp"

namespace essaim::labelling {

core::Result<core::Done> delete_dossier(web::Services& services, db::Session& session, const auth::Identity& identity,
    long long dossier_id, const auth::RequestInfo& request_info)
{
    std::vector<std::string> hashes;
    {
        db::Transaction transaction(session);
        lock_dossier(session, dossier_id);
        auto visible = find_visible_dossier(session, identity, dossier_id);
        if (!visible)
            return visible.error();
        const auto& dossier = visible->dossier;
        const auto& access = visible->access;
        if (!access.applicant)
            return core::Error::forbidden("Seuls les membres de l’organisation candidate suppriment un brouillon.");
        if (dossier.state != DossierState::Brouillon)
            return core::Error::conflict("Seul un brouillon se supprime : retirez plutôt la candidature.");
        for (const auto& attachment : list_attachments(session, dossier_id))
            hashes.push_back(attachment.sha256);
        delete_dossier_row(session, dossier_id);
        auto entry = auth::audit_entry(request_info, identity.user_id, "labelling.dossier_deleted", "dossier",
            std::to_string(dossier_id));
        entry.before_json = auth::json_object({{"appel", std::to_string(dossier.call_id)},
            {"organisation", std::to_string(dossier.organisation_id)}});
        auth::record(session, services.clock.now(), entry);
        transaction.commit();
    }
    remove_unreferenced_files(services.config, session, hashes);
    return core::Done{};
}

} // namespace essaim::labelling
