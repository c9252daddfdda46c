#pragma once
// `essaim import rna`: the export of the répertoire national des associations (';'-separated),
// upserted by RNA number, streamed in constant memory and committed in batches.

#include "core/clock.hpp"
#include "core/result.hpp"
#include "directory/import_support.hpp"

#include <ostream>
#include <string>

namespace essaim::db {
class Session;
}

namespace essaim::directory {

struct RnaImportOptions {
    std::string path;
    std::string report_path;  //!< "" = no report file
    int batch_size = 5000;
    std::ostream* progress = nullptr;
    ProgressStyle progress_style = ProgressStyle::Lines;
};

//! Requires the columns id and titre; maps titre_court, objet, date_creat, the adrs_* address
//! columns, position (A active; D dissoute, S supprimée: ceased), siret and site_web (or siteweb, as the published files name it) when present.
core::Result<ImportCounts> import_rna(db::Session& session, const core::Clock& clock, const RnaImportOptions& options);

} // namespace essaim::directory
