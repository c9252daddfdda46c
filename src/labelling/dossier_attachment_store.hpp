#pragma once
// SQL for the rows of dossier_attachments. The bytes live in files::AttachmentStore under their
// SHA-256; a row names the hash, so several rows (dossiers) may share one file.

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace essaim::db {
class Session;
}

namespace essaim::labelling {

struct DossierAttachment {
    long long id = 0;
    long long dossier_id = 0;
    std::string field_key;  //!< the form field it answers; "" for a free attachment
    std::string file_name;  //!< display name, already sanitised
    std::string content_type;
    long long size_bytes = 0;
    std::string sha256;
    long long uploaded_by = 0;
    long long created_at = 0;
};

long long insert_attachment(db::Session& session, const DossierAttachment& attachment);
//! The dossier's attachments, oldest first.
std::vector<DossierAttachment> list_attachments(db::Session& session, long long dossier_id);
//! The attachment only when it belongs to `dossier_id`.
std::optional<DossierAttachment> find_attachment(db::Session& session, long long dossier_id, long long attachment_id);
int count_attachments(db::Session& session, long long dossier_id);
void delete_attachment_row(db::Session& session, long long attachment_id);
//! True when some row still names the file.
bool hash_referenced(db::Session& session, const std::string& sha256);
//! Every hash some row names, for the orphan sweep.
std::set<std::string> referenced_hashes(db::Session& session);

} // namespace essaim::labelling
