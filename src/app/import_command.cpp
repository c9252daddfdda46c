#include "app/import_command.hpp"

#include "app/commands.hpp"
#include "core/clock.hpp"
#include "core/config.hpp"
#include "db/session.hpp"
#include "directory/import_rna.hpp"
#include "directory/import_sirene.hpp"

namespace essaim::app {

int run_import_sirene(const core::Config& config, const ImportSireneCommand& command, std::ostream& out, std::ostream& progress)
{
    apply_migrations(config);
    auto session = db::connect(config);
    core::SystemClock clock;
    directory::SireneImportOptions options;
    options.unites_legales_path = command.unites_legales;
    options.etablissements_path = command.etablissements;
    options.report_path = command.report;
    options.ess_only = command.ess_only;
    options.batch_size = command.batch;
    options.progress = &progress;
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
    auto session = db::connect(config);
    core::SystemClock clock;
    directory::RnaImportOptions options;
    options.path = command.file;
    options.report_path = command.report;
    options.batch_size = command.batch;
    options.progress = &progress;
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
