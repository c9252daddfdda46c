#include "privacy/erase_account.hpp"

#include "auth/audit_helpers.hpp"
#include "auth/throttle.hpp"
#include "auth/user_store.hpp"
#include "core/clock.hpp"
#include "core/config.hpp"
#include "core/log.hpp"
#include "db/session.hpp"
#include "labelling/dossier_attachment.hpp"
#include "privacy/privacy_store.hpp"
#include "web/context.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace essaim::privacy {

namespace {

// The forms a text takes in stored JSON (escapes of quotes, control or non-ASCII characters),
// besides the text itself; no duplicates.
std::vector<std::string> stored_forms(const std::string& text)
{
    std::vector<std::string> forms{text};
    auto quoted = boost::json::serialize(boost::json::string(text));
    auto escaped = quoted.substr(1, quoted.size() - 2);
    if (escaped != text)
        forms.push_back(escaped);
    return forms;
}

bool file_contains(const std::filesystem::path& path, const std::string& needle)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str().find(needle) != std::string::npos;
}

// Development delivery writes <created_at>-<id>.eml: those of the deleted rows, and any other
// that quotes the address (a copy to someone else), are removed.
long long remove_mail_files(const core::Config& config, const std::vector<OutboxRow>& rows, const std::string& email)
{
    if (!config.smtp.url.empty())
        return 0;
    long long removed = 0;
    std::error_code error;
    for (const auto& row : rows) {
        if (row.sent && std::filesystem::remove(
                config.mail_dir / (std::to_string(row.created_at) + "-" + std::to_string(row.id) + ".eml"), error))
            ++removed;
    }
    for (const auto& entry : std::filesystem::directory_iterator(config.mail_dir, error)) {
        if (entry.path().extension() == ".eml" && file_contains(entry.path(), email)
            && std::filesystem::remove(entry.path(), error))
            ++removed;
    }
    return removed;
}

} // namespace

std::string pseudonym_of(long long user_id) { return "compte supprimé n°" + std::to_string(user_id); }

ErasureOutcome erase_account(web::Services& services, db::Session& session, long long user_id, ErasureReason reason,
    const auth::RequestInfo& request)
{
    ErasureOutcome outcome;
    auto now = services.clock.now();
    auto pseudonym = pseudonym_of(user_id);
    std::vector<std::string> hashes;
    std::vector<OutboxRow> mails;
    std::string email;
    {
        db::Transaction transaction(session);
        auto user = auth::find_user_by_id(session, user_id);
        if (!user || user->email == pseudonym)
            return outcome;
        email = user->email;
        auto erasure = begin_erasure(session, user_id, reason == ErasureReason::Request ? "demande" : "compte_non_confirme", now);

        // Drafts they started on an organisation nobody else belongs to: nobody else's work.
        for (auto dossier_id : drafts_only_theirs(session, user_id)) {
            auto found = attachment_hashes(session, dossier_id);
            hashes.insert(hashes.end(), found.begin(), found.end());
            delete_dossier(session, dossier_id);
            ++outcome.drafts_deleted;
        }
        // Names shorter than three characters would match inside ordinary words: left alone.
        std::vector<std::string> names;
        if (user->display_name.size() >= 3)
            names = stored_forms(user->display_name);
        outcome.texts_rewritten = replace_in_linked_texts(session, user_id, stored_forms(email), names, pseudonym);
        mails = outbox_rows_to(session, email);
        outcome.mails_deleted = purge_outbox(session, email, pseudonym);
        remove_links(session, user_id, email);
        if (reason == ErasureReason::Unconfirmed)
            delete_user(session, user_id);
        else
            anonymise_user(session, user_id, pseudonym, now);

        auto entry = auth::audit_entry(request, reason == ErasureReason::Request ? user_id : 0, "privacy.account_erased",
            "user", std::to_string(user_id));
        entry.after_json = auth::json_object({{"motif", reason == ErasureReason::Request ? "demande" : "compte_non_confirme"},
            {"brouillons_supprimes", std::to_string(outcome.drafts_deleted)}});
        auth::record(session, now, entry);
        finish_erasure(session, erasure, now);
        transaction.commit();
    }
    std::sort(hashes.begin(), hashes.end());
    hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
    auto store = labelling::dossier_file_store(services.config);
    for (const auto& hash : hashes)
        outcome.files_removed += store.contains(hash) ? 1 : 0;
    labelling::remove_unreferenced_files(services.config, session, hashes);
    for (const auto& hash : hashes)
        outcome.files_removed -= store.contains(hash) ? 1 : 0;
    outcome.mail_files_removed = remove_mail_files(services.config, mails, email);
    // Ids only: a log line never carries an e-mail or a name.
    core::log::info("account erased", {core::log::field("user_id", user_id),
                                          core::log::field("drafts", outcome.drafts_deleted),
                                          core::log::field("files", outcome.files_removed),
                                          core::log::field("mails", outcome.mails_deleted)});
    return outcome;
}

core::Result<ErasureOutcome> delete_own_account(web::Services& services, db::Session& session,
    const auth::Identity& identity, const std::string& password, const std::string& confirmation,
    const auth::RequestInfo& request)
{
    core::FieldErrors errors;
    if (password.empty())
        errors["password"] = "Saisissez votre mot de passe actuel.";
    if (confirmation != "oui")
        errors["confirmation"] = "Cochez la case pour confirmer la suppression définitive de votre compte.";
    if (!errors.empty())
        return core::Error::invalid(std::move(errors), "Votre compte n’a pas été supprimé.");
    auto user = auth::find_user_by_id(session, identity.user_id);
    if (!user)
        return core::Error::not_found("Ce compte n’existe plus.");
    auto right = auth::check_current_password(services, session, *user, password, request);
    if (!right)
        return right.error();
    if (!*right) {
        errors["password"] = "Le mot de passe est incorrect.";
        return core::Error::invalid(std::move(errors), "Votre compte n’a pas été supprimé.");
    }
    return erase_account(services, session, identity.user_id, ErasureReason::Request, request);
}

} // namespace essaim::privacy
