#include "directory/import_rna.hpp"

#include "auth/audit_log.hpp"
#include "core/identifiers.hpp"
#include "db/session.hpp"
#include "directory/import_store.hpp"

#include <filesystem>

namespace essaim::directory {

namespace {

struct RnaColumns {
    explicit RnaColumns(const core::CsvHeader& header)
        : id(header.index("id")), titre(header.index("titre")), titre_court(header.index("titre_court")),
          objet(header.index("objet")), date_creat(header.index("date_creat")),
          number(header.index("adrs_numvoie")), street_type(header.index("adrs_typevoie")),
          street_name(header.index("adrs_libvoie")), postal_code(header.index("adrs_codepostal")),
          commune(header.index("adrs_codeinsee")), position(header.index("position")), siret(header.index("siret")),
          website(header.index("site_web") ? header.index("site_web") : header.index("siteweb"))
    {
    }
    std::optional<std::size_t> id, titre, titre_court, objet, date_creat, number, street_type, street_name,
        postal_code, commune, position, siret, website;
};

bool is_postal_code(std::string_view text)
{
    if (text.size() != 5)
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

//! The fields an RNA row gives, the ones of its columns absent from the file excepted.
std::vector<std::string_view> given_fields(const RnaColumns& c)
{
    std::vector<std::string_view> fields{"name", "rna", "ess_family"};
    auto add_if = [&](const std::optional<std::size_t>& column, std::initializer_list<std::string_view> names) {
        if (column)
            fields.insert(fields.end(), names);
    };
    add_if(c.titre_court, {"acronym"});
    add_if(c.objet, {"description"});
    add_if(c.date_creat, {"creation_date"});
    add_if(c.street_name, {"address_line"});
    add_if(c.postal_code, {"postal_code"});
    add_if(c.commune, {"commune_code"});
    add_if(c.siret, {"siren", "nic_siege"});
    add_if(c.website, {"website"});
    return fields;
}

} // namespace

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
            fields_given = given_fields(*columns);
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
            const auto& c = *columns;
            auto rna = core::validate_rna(field_at(f, c.id));
            if (!rna.ok())
                return "numéro RNA invalide : " + rna.error().message;
            OrganisationProfile& p = row.profile;
            p = OrganisationProfile{};
            p.rna = rna.value();
            p.name = std::string(field_at(f, c.titre));
            if (p.name.empty())
                return std::string("titre absent");
            if (auto siret = field_at(f, c.siret); !siret.empty()) {
                auto valid = core::validate_siret(siret);
                if (!valid.ok())
                    return "SIRET invalide : " + valid.error().message;
                p.siren = valid.value().substr(0, 9);
                p.nic_siege = valid.value().substr(9);
            }
            p.commune_code = std::string(field_at(f, c.commune));
            if (!p.commune_code.empty() && !communes.contains(p.commune_code))
                return "commune inconnue : " + p.commune_code;
            p.acronym = std::string(field_at(f, c.titre_court));
            p.description = std::string(field_at(f, c.objet));
            p.creation_date = date_or_empty(field_at(f, c.date_creat));
            p.address_line =
                address_line_of(field_at(f, c.number), field_at(f, c.street_type), field_at(f, c.street_name));
            auto postal = field_at(f, c.postal_code);
            p.postal_code = is_postal_code(postal) ? std::string(postal) : std::string();
            auto website = field_at(f, c.website);
            if (website.starts_with("http://") || website.starts_with("https://"))
                p.website = std::string(website);
            else if (website.starts_with("www."))
                p.website = "https://" + std::string(website);
            // A declared association (9220) when the organisation is new; an update leaves the
            // legal category to SIRENE, which is finer (9230 for the recognised ones, …).
            p.legal_form_code = "9220";
            p.ess_family = "association";
            auto position = field_at(f, c.position);
            row.ceased = position == "D" || position == "S";
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
