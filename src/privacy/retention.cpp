#include "privacy/retention.hpp"

#include "auth/audit_helpers.hpp"
#include "core/calendar.hpp"
#include "core/clock.hpp"
#include "core/config.hpp"
#include "core/log.hpp"
#include "db/session.hpp"
#include "labelling/dossier_attachment.hpp"
#include "mail/outbox.hpp"
#include "privacy/erase_account.hpp"
#include "privacy/privacy_store.hpp"
#include "web/context.hpp"
#include "web/registry.hpp"

#include <algorithm>
#include <chrono>

namespace essaim::privacy {

namespace {

constexpr long long day = 24 * 60 * 60;

const char* signature = "\n-- \nL'équipe Essaim\nCe message a été envoyé automatiquement ; merci de ne pas y répondre.\n";

std::string deletion_day(long long at) { return core::french_date(core::iso_day(at)); }

mail::Message account_reminder_mail(const core::Config& config, const RetentionAccount& account)
{
    auto deleted_on = deletion_day(account.created_at + config.privacy_unconfirmed_account_days * day);
    return {account.email, "Confirmez votre adresse pour garder votre compte Essaim",
        "Bonjour,\n\nVous avez créé un compte sur Essaim avec cette adresse, mais ne l'avez pas encore confirmée.\n"
        "Sans confirmation, le compte et les données qu'il contient seront supprimés le "
            + deleted_on + ".\n\nPour recevoir un nouveau lien de confirmation :\n" + config.public_url
            + "/inscription/renvoyer\n\nSi vous n'êtes pas à l'origine de cette inscription, ignorez ce message : "
              "le compte sera supprimé sans autre démarche.\n"
            + signature};
}

mail::Message draft_notice_mail(const core::Config& config, const std::string& email, const RetentionDraft& draft, long long now)
{
    auto deleted_on = deletion_day(now + config.privacy_notice_days * day);
    return {email, "Votre brouillon de candidature sera supprimé le " + deleted_on,
        "Bonjour,\n\nLe brouillon de candidature de " + draft.organisation_name + " à l'appel « " + draft.call_title
            + " » n'a pas été modifié depuis " + std::to_string(config.privacy_draft_days - config.privacy_notice_days)
            + " jours.\nFaute de modification, il sera supprimé avec ses pièces jointes le " + deleted_on
            + ".\n\nPour le garder, modifiez-le ou enregistrez-le :\n" + config.public_url + "/dossiers/"
            + std::to_string(draft.id) + "/modifier\n"
            + signature};
}

} // namespace

RetentionOutcome run_retention(web::Services& services)
{
    const auto& config = services.config;
    auto lease = services.pool.acquire();
    auto& session = *lease;
    auto now = services.clock.now();
    long long notice = std::max(0, config.privacy_notice_days) * day;
    RetentionOutcome outcome;

    // Unconfirmed accounts: a reminder notice_days before the end of the period, then deletion.
    {
        long long period = std::max(0, config.privacy_unconfirmed_account_days) * day;
        db::Transaction transaction(session);
        for (const auto& account : unconfirmed_accounts_to_remind(session, now - std::max(0LL, period - notice))) {
            mail::enqueue(session, services.clock, account_reminder_mail(config, account));
            mark_account_reminded(session, account.id, now);
            ++outcome.accounts_reminded;
        }
        transaction.commit();
        for (const auto& account : unconfirmed_accounts_to_delete(session, now - period, now - notice)) {
            erase_account(services, session, account.id, ErasureReason::Unconfirmed, auth::RequestInfo{});
            ++outcome.accounts_deleted;
        }
    }

    // Drafts: a notice when untouched for draft_days - notice_days; deleted notice_days after it
    // unless changed since (a change makes the notice stale and restarts the period).
    {
        long long period = std::max(0, config.privacy_draft_days) * day;
        db::Transaction transaction(session);
        for (const auto& draft : drafts_to_notify(session, now - std::max(0LL, period - notice))) {
            for (const auto& email : draft.recipients)
                mail::enqueue(session, services.clock, draft_notice_mail(config, email, draft, now));
            mark_draft_notified(session, draft.id, now);
            ++outcome.drafts_notified;
        }
        std::vector<std::string> hashes;
        for (auto dossier_id : drafts_to_delete(session, now - period, now - notice)) {
            auto found = attachment_hashes(session, dossier_id);
            hashes.insert(hashes.end(), found.begin(), found.end());
            delete_dossier(session, dossier_id);
            auto entry = auth::audit_entry(auth::RequestInfo{}, 0, "privacy.draft_deleted", "dossier", std::to_string(dossier_id));
            entry.after_json = auth::json_object({{"motif", "brouillon_abandonne"}});
            auth::record(session, now, entry);
            ++outcome.drafts_deleted;
        }
        transaction.commit();
        labelling::remove_unreferenced_files(config, session, hashes);
    }

    if (outcome.accounts_reminded + outcome.accounts_deleted + outcome.drafts_notified + outcome.drafts_deleted > 0)
        core::log::info("privacy retention", {core::log::field("accounts_reminded", outcome.accounts_reminded),
                                                 core::log::field("accounts_deleted", outcome.accounts_deleted),
                                                 core::log::field("drafts_notified", outcome.drafts_notified),
                                                 core::log::field("drafts_deleted", outcome.drafts_deleted)});
    return outcome;
}

void register_retention_job(web::Registry& registry)
{
    registry.add_job(web::Job{retention_job, std::chrono::hours(24), [](web::Services& services) { run_retention(services); }});
}

} // namespace essaim::privacy
