#pragma once
// `essaim import sirene`: INSEE's SIRENE stock files (StockUniteLegale, and optionally
// StockEtablissement for the head offices' addresses) into the directory, streamed in constant
// memory and committed in batches. Rejected lines go to the report and the import goes on.

#include "core/clock.hpp"
#include "core/result.hpp"
#include "directory/import_support.hpp"

#include <ostream>
#include <string>

namespace essaim::db {
class Session;
}

namespace essaim::directory {

struct SireneImportOptions {
    std::string unites_legales_path;
    std::string etablissements_path;  //!< "" = none
    std::string report_path;          //!< "" = no report file
    bool ess_only = false;            //!< keep only units flagged economieSocialeSolidaireUniteLegale = O
    int batch_size = 5000;
    std::ostream* progress = nullptr;  //!< progress lines, at most one a second
    ProgressStyle progress_style = ProgressStyle::Lines;
};

struct SireneImportResult {
    ImportCounts unites_legales;
    ImportCounts etablissements;
};

//! Fails (Invalid) when a file cannot be opened or lacks a required column; rows already
//! committed stay. Writes one audit entry for the run.
core::Result<SireneImportResult> import_sirene(
    db::Session& session, const core::Clock& clock, const SireneImportOptions& options);

} // namespace essaim::directory
