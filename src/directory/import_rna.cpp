#include "directory/import_rna.hpp"

#include "auth/audit_log.hpp"
#include "core/identifiers.hpp"
#include "db/session.hpp"
#include "directory/import_store.hpp"
#include "directory/register_rows.hpp"

#include <filesystem>

namespace essaim::directory {

core::Result<ImportCounts> import_rna(db::Session& session, const core::Clock& clock, const RnaImportOptions& options)
{
    RejectReport report(options.report_path);
    if (!report.is_open())
        return core::Error{core::ErrorKind::Invalid, "impossible d'écrire le rapport " + options.report_path, {}};
    const long long now = clock.now();
    ImportWriter writer(session);
    const auto communes = load_commune_codes(session);
    std::optional<RnaColumns> columns;
    std::vector<std::string_view> fields_given;
    RegisterRow row;
    RegisterFile file{options.path, ';', {"id", "titre"}, std::filesystem::path(options.path).filename().string(),
        "RNA", options.progress_style};
    auto ensure_columns = [&](const core::CsvHeader& header) {
        if (!columns) {
            columns.emplace(header);
            fields_given = rna_given_fields(*columns);
        }
    };
    auto counts = read_register_file(session, writer, file, report, options.batch_size, options.progress,
        [&](const std::vector<std::string>& f, const core::CsvHeader& header, RegisterKeys& keys) {
            ensure_columns(header);
            if (auto rna = core::validate_rna(field_at(f, columns->id)); rna.ok())
                keys.rnas.push_back(rna.value());
            if (auto siret = core::validate_siret(field_at(f, columns->siret)); siret.ok())
                keys.sirens.push_back(siret.value().substr(0, 9));
        },
        [&](const std::vector<std::string>& f, const core::CsvHeader& header, ImportCounts& counts) {
            ensure_columns(header);
            auto reason = read_rna_row(f, *columns, communes, row);
            if (!reason.empty())
                return reason;
            row.fields = fields_given;
            count_outcome(counts, merge_register_row(session, writer, row, OrganisationSource::Rna, true, now), row.ceased);
            return std::string();
        });
    if (!counts.ok())
        return counts.error();

    db::Transaction transaction(session);
    auth::AuditEntry entry;
    entry.action = "directory.import_rna";
    entry.target_type = "import";
    entry.target_id = file.report_name;
    entry.after_json = counts_json(counts.value());
    auth::record(session, now, entry);
    transaction.commit();
    return counts.value();
}

} // namespace essaim::directory
