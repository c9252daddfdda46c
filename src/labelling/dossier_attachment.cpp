#include "labelling/dossier_attachment.hpp"

#include "auth/audit_helpers.hpp"
#include "core/clock.hpp"
#include "core/config.hpp"
#include "core/crash_point.hpp"
#include "core/log.hpp"
#include "db/session.hpp"
#include "files/content_type.hpp"
#include "labelling/dossier_attachment_store.hpp"
#include "labelling/dossier_store.hpp"
#include "labelling/permissions.hpp"
#include "web/context.hpp"

#include <set>

namespace essaim::labelling {

files::AttachmentStore dossier_file_store(const core::Config& config)
{
    // Their own root: the daily sweep removes every file there that no dossier row names.
    return files::AttachmentStore(config.var_dir / "attachments" / "dossiers");
}

bool accepted_file_type(std::string_view content)
{
    // Every type detect_file_type knows is one a dossier may carry; Unknown covers executables,
    // archives, markup and anything that only pretends by its name.
    return files::detect_file_type(content) != files::FileType::Unknown;
}

namespace {

core::Result<Dossier> editable_dossier(db::Session& session, const auth::Identity& identity, long long dossier_id)
{
    auto visible = find_visible_dossier(session, identity, dossier_id);
    if (!visible)
        return visible.error();
    const auto& dossier = visible->dossier;
    const auto& access = visible->access;
    if (!may_edit_application(access, dossier))
        return core::Error::forbidden(access.applicant
                ? "Les pièces ne se modifient que tant que le dossier est un brouillon ou que des compléments sont demandés."
                : "Seuls les membres de l’organisation candidate ajoutent ou retirent des pièces.");
    return dossier;
}

std::string mebibytes(std::size_t bytes) { return std::to_string(bytes / (1024 * 1024)) + " Mo"; }

} // namespace

core::Result<std::vector<long long>> add_attachments(web::Services& services, db::Session& session,
    const auth::Identity& identity, long long dossier_id, const std::vector<UploadedFile>& uploads,
    const auth::RequestInfo& request_info)
{
    auto dossier = editable_dossier(session, identity, dossier_id);
    if (!dossier)
        return dossier.error();
    std::vector<UploadedFile> files;
    for (const auto& upload : uploads)
        if (!upload.bytes.empty())
            files.push_back(upload);
    if (files.empty())
        return std::vector<long long>{};

    core::FieldErrors errors;
    for (const auto& file : files) {
        if (file.bytes.size() > max_attachment_bytes)
            return core::Error{core::ErrorKind::TooLarge,
                "Le fichier « " + file.file_name + " » dépasse " + mebibytes(max_attachment_bytes) + ".",
                {{file.input_name, "Ce fichier dépasse " + mebibytes(max_attachment_bytes) + "."}}};
        if (!accepted_file_type(file.bytes))
            errors[file.input_name] = "Le fichier « " + file.file_name
                + " » n’est pas d’un type accepté : envoyez un PDF, une image PNG ou JPEG, un document "
                  "OpenDocument ou Office (texte ou tableur) ou un fichier texte.";
    }
    if (!errors.empty())
        return core::Error::invalid(errors, "Ce type de fichier n’est pas accepté.");
    if (count_attachments(session, dossier->id) + static_cast<int>(files.size()) > max_attachments_per_dossier)
        return core::Error{core::ErrorKind::TooLarge,
            "Un dossier compte au plus " + std::to_string(max_attachments_per_dossier)
                + " pièces : retirez-en avant d’en ajouter.",
            {}};

    // Bytes first, durably; a row is only committed once its file is on disk.
    auto store = dossier_file_store(services.config);
    std::vector<DossierAttachment> rows;
    for (const auto& file : files) {
        auto stored = store.store(file.bytes);
        if (!stored)
            return stored.error();
        DossierAttachment row;
        row.dossier_id = dossier->id;
        row.field_key = file.field_key;
        row.file_name = file.file_name;
        row.content_type = std::string(files::media_type_of(files::detect_file_type(file.bytes)));
        row.size_bytes = static_cast<long long>(stored->size);
        row.sha256 = stored->hash;
        row.uploaded_by = identity.user_id;
        rows.push_back(std::move(row));
    }
    core::crash_point("attachment-before-commit");
    std::vector<long long> ids;
    auto now = services.clock.now();
    {
        db::Transaction transaction(session);
        lock_dossier(session, dossier->id);
        // Counted again under the lock: two uploads at once must not pass 20 together.
        if (count_attachments(session, dossier->id) + static_cast<int>(rows.size()) > max_attachments_per_dossier)
            return core::Error{core::ErrorKind::TooLarge,
                "Un dossier compte au plus " + std::to_string(max_attachments_per_dossier) + " pièces.", {}};
        for (auto& row : rows) {
            row.created_at = now;
            ids.push_back(insert_attachment(session, row));
            auto entry = auth::audit_entry(request_info, identity.user_id, "labelling.attachment_added", "dossier",
                std::to_string(dossier->id));
            entry.after_json = auth::json_object({{"piece", std::to_string(ids.back())}, {"fichier", row.file_name},
                {"sha256", row.sha256}});
            auth::record(session, now, entry);
        }
        transaction.commit();
    }
    // A removal running at the same moment may have deleted a shared file between store() and
    // the commit: write it again so no committed row is left without its bytes.
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (!store.contains(rows[i].sha256))
            (void)store.store(files[i].bytes);
    return ids;
}

core::Result<core::Done> remove_attachment(web::Services& services, db::Session& session, const auth::Identity& identity,
    long long dossier_id, long long attachment_id, const auth::RequestInfo& request_info)
{
    std::string hash;
    {
        db::Transaction transaction(session);
        lock_dossier(session, dossier_id);
        auto dossier = editable_dossier(session, identity, dossier_id);
        if (!dossier)
            return dossier.error();
        auto attachment = find_attachment(session, dossier_id, attachment_id);
        if (!attachment)
            return core::Error::not_found("Cette pièce n’existe pas.");
        delete_attachment_row(session, attachment->id);
        auto entry = auth::audit_entry(request_info, identity.user_id, "labelling.attachment_removed", "dossier",
            std::to_string(dossier_id));
        entry.before_json = auth::json_object({{"piece", std::to_string(attachment->id)},
            {"fichier", attachment->file_name}, {"sha256", attachment->sha256}});
        auth::record(session, services.clock.now(), entry);
        transaction.commit();
        hash = attachment->sha256;
    }
    remove_unreferenced_files(services.config, session, {hash});
    return core::Done{};
}

void remove_unreferenced_files(const core::Config& config, db::Session& session, const std::vector<std::string>& hashes)
{
    auto store = dossier_file_store(config);
    for (const auto& hash : std::set<std::string>(hashes.begin(), hashes.end()))
        if (!hash_referenced(session, hash)) {
            auto removed = store.remove(hash);
            if (!removed)
                core::log::warn("attachment removal failed",
                    {core::log::field("sha256", hash), core::log::field("error", removed.error().message)});
        }
}

std::size_t sweep_dossier_files(const core::Config& config, db::Session& session, std::chrono::seconds minimum_age)
{
    auto store = dossier_file_store(config);
    std::size_t removed = 0;
    auto stored = store.list_hashes(minimum_age);
    if (stored) {
        auto referenced = referenced_hashes(session);
        for (const auto& hash : *stored)
            // Checked again one by one: an upload may have committed its row since the list was read.
            if (!referenced.count(hash) && !hash_referenced(session, hash))
                if (auto done = store.remove(hash); done && *done)
                    ++removed;
    }
    if (auto stale = store.remove_stale_temporary_files(minimum_age))
        removed += *stale;
    return removed;
}

std::size_t sweep_dossier_files_at_startup(const core::Config& config, db::Session& session)
{
    try {
        const auto removed = sweep_dossier_files(config, session, std::chrono::seconds(0));
        if (removed > 0)
            core::log::info("dossier files left by an interruption removed", {core::log::field("count", static_cast<long long>(removed))});
        return removed;
    } catch (const std::exception& failure) {
        // The daily sweep tries again; the files it would remove harm nothing meanwhile.
        core::log::error("start-up sweep of dossier files failed", {core::log::field("error", failure.what())});
        return 0;
    }
}

} // namespace essaim::labelling
