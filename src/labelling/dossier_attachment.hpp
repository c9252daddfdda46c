#pragma once
// Files attached to a dossier: checked (size, count, type read from the content), stored by
// content hash outside the web root, and removed once no row names them.

#include "auth/identity.hpp"
#include "auth/request_info.hpp"
#include "core/result.hpp"
#include "files/attachment_store.hpp"

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace essaim::core {
struct Config;
}
namespace essaim::db {
class Session;
}
namespace essaim::web {
struct Services;
}

namespace essaim::labelling {

//! The bound of one file; the server lets bodies up to Config::max_upload_bytes reach the route.
inline constexpr std::size_t max_attachment_bytes = 10 * 1024 * 1024;
inline constexpr int max_attachments_per_dossier = 20;

//! Where dossiers' files live: <var_dir>/attachments/dossiers (theirs alone: the sweep owns it).
files::AttachmentStore dossier_file_store(const core::Config& config);

struct UploadedFile {
    std::string field_key;  //!< the form field it answers, "" for a free attachment
    std::string input_name; //!< the posted input, for field errors ("fichier_statuts")
    std::string file_name;  //!< as sanitised by the multipart parser
    std::string_view bytes;
};

//! Adds the files to the dossier in one transaction. NotFound when the user may not see the
//! dossier, Forbidden when they may not edit it, TooLarge beyond 10 MiB a file or 20 files a
//! dossier, Invalid (field error on the input) for a type that is not accepted. Answers the ids.
core::Result<std::vector<long long>> add_attachments(web::Services& services, db::Session& session,
    const auth::Identity& identity, long long dossier_id, const std::vector<UploadedFile>& uploads,
    const auth::RequestInfo& request_info);

//! Removes one attachment (rows first, committed, then the file when no other row names it).
core::Result<core::Done> remove_attachment(web::Services& services, db::Session& session, const auth::Identity& identity,
    long long dossier_id, long long attachment_id, const auth::RequestInfo& request_info);

//! Deletes the stored files of `hashes` that no row names any more (after the rows' commit).
void remove_unreferenced_files(const core::Config& config, db::Session& session, const std::vector<std::string>& hashes);

//! How old a file must be before the daily sweep may take it: a younger one may belong to an
//! upload whose row is about to be committed by another request.
inline constexpr std::chrono::seconds sweep_minimum_age = std::chrono::hours(1);

//! The sweep: files no row names and temporary files left by a crash, when last written longer
//! ago than `minimum_age`. Answers the count removed.
std::size_t sweep_dossier_files(const core::Config& config, db::Session& session,
    std::chrono::seconds minimum_age = sweep_minimum_age);

//! The sweep run once when the server starts, before it accepts requests: whatever a kill left
//! (a file renamed into place whose row was never committed, a temporary file, a file whose row
//! was deleted just before), whatever its age, since no upload of this server can be in flight
//! yet. Logs and answers the count removed; never throws (a failure is logged, the server starts).
std::size_t sweep_dossier_files_at_startup(const core::Config& config, db::Session& session);

//! Whether the type read from the content is one a dossier accepts.
bool accepted_file_type(std::string_view content);

} // namespace essaim::labelling
