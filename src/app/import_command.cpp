#include "app/import_command.hpp"

#include "app/commands.hpp"
#include "core/clock.hpp"
#include "core/config.hpp"
#include "db/session.hpp"
#include "directory/import_rna.hpp"
#include "directory/import_sirene.hpp"

#include <iostream>
#include <malloc.h>
#include <unistd.h>

namespace essaim::app {

namespace {

//! In place on a terminal; one line per step when the progress goes to a file or a pipe, where
//! carriage returns would pile up into one unreadable line.
directory::ProgressStyle progress_style_for(const std::ostream& progress)
{
    const bool terminal = (&progress == &std::cerr && ::isatty(STDERR_FILENO))
        || (&progress == &std::cout && ::isatty(STDOUT_FILENO));
    return terminal ? directory::ProgressStyle::InPlace : directory::ProgressStyle::Lines;
}

//! Settings for a long bulk write by this process alone. Measured with perf on a generated file:
//! a third of the time went to the C library giving memory back to the system after each batch
//! (brk shrinks, then page faults to grow again) around SQLite's full-text index buffers, so the
//! heap keeps what it took. A larger page cache (256 MiB) keeps the pages of the identifier indexes
//! that every row's lookups and inserts walk at random: past a few hundred thousand organisations
//! they outgrow SQLite's default 2 MiB and each batch read them again. Memory-mapped reads spare a
//! system call per page read.
std::unique_ptr<db::Session> connect_for_import(const core::Config& config)
{
    ::mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
    ::mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    auto session = db::connect(config);
    if (session->is_sqlite()) {
        session->execute("PRAGMA cache_size = -262144");
        session->execute("PRAGMA mmap_size = 1073741824");
    }
    return session;
}

} // namespace

int run_import_sirene(const core::Config& config, const ImportSireneCommand& command, std::ostream& out, std::ostream& progress)
{
    apply_migrations(config);
    auto session = connect_for_import(config);
    core::SystemClock clock;
    directory::SireneImportOptions options;
    options.unites_legales_path = command.unites_legales;
    options.etablissements_path = command.etablissements;
    options.report_path = command.report;
    options.ess_only = command.ess_only;
    options.batch_size = command.batch;
    options.progress = &progress;
    options.progress_style = progress_style_for(progress);
    auto result = directory::import_sirene(*session, clock, options);
    if (!result.ok()) {
        progress << "essaim import sirene : " << result.error().message << "\n";
        return 1;
    }
    out << "Unités légales : " << directory::summary_text(result.value().unites_legales) << "\n";
    if (!command.etablissements.empty())
        out << "Établissements : " << directory::summary_text(result.value().etablissements) << "\n";
    if (!command.report.empty())
        out << "Lignes rejetées : " << command.report << "\n";
    return 0;
}

int run_import_rna(const core::Config& config, const ImportRnaCommand& command, std::ostream& out, std::ostream& progress)
{
    apply_migrations(config);
    auto session = connect_for_import(config);
    core::SystemClock clock;
    directory::RnaImportOptions options;
    options.path = command.file;
    options.report_path = command.report;
    options.batch_size = command.batch;
    options.progress = &progress;
    options.progress_style = progress_style_for(progress);
    auto result = directory::import_rna(*session, clock, options);
    if (!result.ok()) {
        progress << "essaim import rna : " << result.error().message << "\n";
        return 1;
    }
    out << "Associations (RNA) : " << directory::summary_text(result.value()) << "\n";
    if (!command.report.empty())
        out << "Lignes rejetées : " << command.report << "\n";
    return 0;
}

} // namespace essaim::app
