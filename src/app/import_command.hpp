#pragma once
// `essaim import sirene` and `essaim import rna`: the register imports from the command line.

#include <ostream>
#include <string>

namespace essaim::core {
struct Config;
}

namespace essaim::app {

struct ImportSireneCommand {
    std::string unites_legales;
    std::string etablissements;
    std::string report;
    bool ess_only = false;
    int batch = 5000;
};

struct ImportRnaCommand {
    std::string file;
    std::string report;
    int batch = 5000;
};

//! Applies migrations (the communes are needed), imports, prints the summary on `out` and the
//! progress on `progress`. 0 on success (rejected lines included), 1 when the import could not run.
int run_import_sirene(const core::Config& config, const ImportSireneCommand& command, std::ostream& out, std::ostream& progress);
int run_import_rna(const core::Config& config, const ImportRnaCommand& command, std::ostream& out, std::ostream& progress);

} // namespace essaim::app
