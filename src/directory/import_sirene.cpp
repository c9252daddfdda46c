#include "directory/import_sirene.hpp"

#include "auth/audit_log.hpp"
#include "core/identifiers.hpp"
#include "db/session.hpp"
#include "directory/import_store.hpp"
#include "directory/register_rows.hpp"

#include <filesystem>

namespace essaim::directory {

namespace {

struct EtablissementColumns {
    explicit EtablissementColumns(const core::CsvHeader& header)
        : siret(header.index("siret")), siren(header.index("siren")), siege(header.index("etablissementSiege")),
          postal_code(header.index("codePostalEtablissement")), commune(header.index("codeCommuneEtablissement")),
          number(header.index("numeroVoieEtablissement")), street_type(header.index("typeVoieEtablissement")),
          street_name(header.index("libelleVoieEtablissement"))
    {
    }
    std::optional<std::size_t> siret, siren, siege, postal_code, commune, number, street_type, street_name;
};

const std::vector<std::string_view> etablissement_fields = {"nic_siege", "address_line", "postal_code", "commune_code"};

void record_audit(db::Session& session, long long now, const SireneImportOptions& options, const SireneImportResult& result)
{
    db::Transaction transaction(session);
    auth::AuditEntry entry;
    entry.action = "directory.import_sirene";
    entry.target_type = "import";
    entry.target_id = std::filesystem::path(options.unites_legales_path).filename().string();
    entry.after_json = "{\"unites_legales\":" + counts_json(result.unites_legales)
        + ",\"etablissements\":" + counts_json(result.etablissements) + ",\"ess_only\":"
        + (options.ess_only ? "true" : "false") + "}";
    auth::record(session, now, entry);
    transaction.commit();
}

} // namespace

core::Result<SireneImportResult> import_sirene(
    db::Session& session, const core::Clock& clock, const SireneImportOptions& options)
{
    RejectReport report(options.report_path);
    if (!report.is_open())
        return core::Error{core::ErrorKind::Invalid, "impossible d'écrire le rapport " + options.report_path, {}};
    const long long now = clock.now();
    SireneImportResult result;
    {
        ImportWriter writer(session);
        std::optional<UniteLegaleColumns> columns;
        RegisterRow row;
        RegisterFile file{options.unites_legales_path, ',',
            {"siren", "denominationUniteLegale", "categorieJuridiqueUniteLegale", "etatAdministratifUniteLegale"},
            std::filesystem::path(options.unites_legales_path).filename().string(), "unités légales",
            options.progress_style};
        auto counts = read_register_file(session, writer, file, report, options.batch_size, options.progress,
            [&](const std::vector<std::string>& fields, const core::CsvHeader& header, RegisterKeys& keys) {
                if (!columns)
                    columns.emplace(header);
                if (auto siren = core::validate_siren(field_at(fields, columns->siren)); siren.ok())
                    keys.sirens.push_back(siren.value());
                if (auto rna = core::validate_rna(field_at(fields, columns->rna)); rna.ok())
                    keys.rnas.push_back(rna.value());
            },
            [&](const std::vector<std::string>& fields, const core::CsvHeader& header, ImportCounts& counts) {
                if (!columns)
                    columns.emplace(header);
                // Checked first, so that a damaged line is reported whether or not it is ESS.
                auto reason = read_unite_legale(fields, *columns, row);
                if (!reason.empty())
                    return reason;
                if (options.ess_only && field_at(fields, columns->ess) != "O") {
                    ++counts.skipped;
                    return std::string();
                }
                count_outcome(counts, merge_register_row(session, writer, row, OrganisationSource::Sirene, false, now),
                    row.ceased);
                return std::string();
            });
        if (!counts.ok())
            return counts.error();
        result.unites_legales = counts.value();
    }

    if (!options.etablissements_path.empty()) {
        ImportWriter writer(session);
        const auto communes = load_commune_codes(session);
        std::optional<EtablissementColumns> columns;
        RegisterFile file{options.etablissements_path, ',', {"siret", "siren", "etablissementSiege", "codeCommuneEtablissement"},
            std::filesystem::path(options.etablissements_path).filename().string(), "établissements",
            options.progress_style};
        auto counts = read_register_file(session, writer, file, report, options.batch_size, options.progress,
            [&](const std::vector<std::string>& f, const core::CsvHeader& header, RegisterKeys& keys) {
                if (!columns)
                    columns.emplace(header);
                // Only the head offices are looked up.
                if (field_at(f, columns->siege) != "true")
                    return;
                if (auto siret = core::validate_siret(field_at(f, columns->siret)); siret.ok())
                    keys.sirens.push_back(siret.value().substr(0, 9));
            },
            [&](const std::vector<std::string>& f, const core::CsvHeader& header, ImportCounts& counts) {
                if (!columns)
                    columns.emplace(header);
                const auto& c = *columns;
                auto siret = core::validate_siret(field_at(f, c.siret));
                if (!siret.ok())
                    return "SIRET invalide : " + siret.error().message;
                if (siret.value().compare(0, 9, field_at(f, c.siren)) != 0)
                    return std::string("le SIRET ne commence pas par le SIREN");
                auto place = communes.place(field_at(f, c.commune));
                if (!place)
                    return place.error().message;
                // Only the head office describes the organisation.
                if (field_at(f, c.siege) != "true") {
                    ++counts.skipped;
                    return std::string();
                }
                auto found = writer.find_by_siren(siret.value().substr(0, 9));
                if (!found) {
                    ++counts.skipped;  // a unit left out (--ess-only) or absent from the units file
                    return std::string();
                }
                RegisterRow row;
                row.profile = found->profile;
                row.profile.nic_siege = siret.value().substr(9);
                row.profile.address_line =
                    address_line_of(field_at(f, c.number), field_at(f, c.street_type), field_at(f, c.street_name));
                auto postal = field_at(f, c.postal_code);
                row.profile.postal_code = core::is_digits(postal, 5) ? std::string(postal) : std::string();
                row.profile.commune_code = place->commune_code;
                row.commune_part_code = place->part_code;
                row.fields = etablissement_fields;
                row.ceased = found->ceased;
                count_outcome(counts, merge_register_row(session, writer, row, OrganisationSource::Sirene, false, now),
                    false);
                return std::string();
            });
        if (!counts.ok())
            return counts.error();
        result.etablissements = counts.value();
    }
    record_audit(session, now, options, result);
    return result;
}

} // namespace essaim::directory
