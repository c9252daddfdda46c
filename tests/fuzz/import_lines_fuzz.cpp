// Fuzzes the reading of one register line into a directory record, as `essaim import sirene` and
// `essaim import rna` do before merging it: core::CsvReader over a fixed header and the fuzzer's
// lines, the line check directory::unreadable_field, then directory::read_unite_legale (first
// byte even: StockUniteLegale, ',') or directory::read_rna_row (odd: the RNA export, ';'; bit 1
// picks the `siteweb` spelling and drops the address columns).
// Invariants, for every accepted line: the record holds only UTF-8 text; its identifiers are in
// canonical form and valid (SIREN; the head office's SIRET; RNA), codes come from their lists or
// have their shape (legal category 4 digits, NAF, headcount band, ESS family, postal code, date
// YYYY-MM-DD), the commune is a known one, the website an http(s) URL; the fields it claims are
// profile fields; the row does not depend on what the previous line left in it. A rejected line
// has a reason, in UTF-8.
// fuzz-sources: src/directory/register_rows.cpp src/directory/commune_codes.cpp src/directory/organisation.cpp src/core/csv.cpp src/core/identifiers.cpp src/core/result.cpp src/http/form.cpp src/core/text.cpp

#include "core/csv.hpp"
#include "core/identifiers.hpp"
#include "directory/register_rows.hpp"
#include "fuzz_check.hpp"
#include "http/form.hpp"

#include <algorithm>
#include <sstream>
#include <string>

using essaim::fuzz::as_text;
namespace core = essaim::core;
namespace directory = essaim::directory;

namespace {

const directory::CommuneCodes known_communes = [] {
    directory::CommuneCodes codes;
    for (const char* code : {"42218", "2A004", "75056", "97411"})
        codes.add_commune(code);
    codes.add_part("75111", "75056");
    return codes;
}();

bool digits(std::string_view text, std::size_t size)
{
    return text.size() == size && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool canonical(core::Result<std::string> (*validate)(std::string_view), const std::string& value)
{
    auto result = validate(value);
    return result.ok() && result.value() == value;
}

bool listed(const std::vector<directory::CodeLabel>& list, std::string_view code)
{
    return std::any_of(list.begin(), list.end(), [&](const auto& item) { return item.code == code; });
}

void check_profile(const directory::RegisterRow& row)
{
    const auto& p = row.profile;
    for (const auto& field : directory::profile_fields())
        FUZZ_REQUIRE(essaim::http::is_clean_utf8(p.*field.member));
    for (auto name : row.fields) {
        bool known = std::any_of(directory::profile_fields().begin(), directory::profile_fields().end(),
            [&](const auto& field) { return field.name == name; });
        FUZZ_REQUIRE(known);
    }
    FUZZ_REQUIRE(!p.name.empty());
    FUZZ_REQUIRE(p.siren.empty() || canonical(core::validate_siren, p.siren));
    FUZZ_REQUIRE(p.nic_siege.empty() || (!p.siren.empty() && digits(p.nic_siege, 5) && canonical(core::validate_siret, p.siret())));
    FUZZ_REQUIRE(p.rna.empty() || canonical(core::validate_rna, p.rna));
    FUZZ_REQUIRE(p.legal_form_code.empty() || digits(p.legal_form_code, 4));
    FUZZ_REQUIRE(p.naf_code.empty() || canonical(core::validate_naf_code, p.naf_code));
    FUZZ_REQUIRE(p.headcount_band.empty() || listed(directory::headcount_bands(), p.headcount_band));
    FUZZ_REQUIRE(p.ess_family.empty() || listed(directory::ess_families(), p.ess_family));
    FUZZ_REQUIRE(p.postal_code.empty() || digits(p.postal_code, 5));
    FUZZ_REQUIRE(p.commune_code.empty() || known_communes.place(p.commune_code).ok());
    FUZZ_REQUIRE(p.website.empty() || p.website.starts_with("http://") || p.website.starts_with("https://"));
    if (!p.creation_date.empty()) {
        const auto& d = p.creation_date;
        FUZZ_REQUIRE(d.size() == 10 && d[4] == '-' && d[7] == '-' && digits(d.substr(0, 4), 4)
            && digits(d.substr(5, 2), 2) && digits(d.substr(8, 2), 2));
    }
    FUZZ_REQUIRE(p.actor_types.empty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0 || size > 8192)
        return 0;
    const bool rna = data[0] % 2 == 1;
    const bool variant = (data[0] & 2) != 0;
    std::string header;
    if (!rna)
        header = "siren,denominationUniteLegale,nomUniteLegale,prenom1UniteLegale,sigleUniteLegale,"
                 "categorieJuridiqueUniteLegale,activitePrincipaleUniteLegale,economieSocialeSolidaireUniteLegale,"
                 "societeMissionUniteLegale,etatAdministratifUniteLegale,trancheEffectifsUniteLegale,"
                 "dateCreationUniteLegale,identifiantAssociationUniteLegale,nicSiegeUniteLegale";
    else if (!variant)
        header = "id;titre;titre_court;objet;date_creat;adrs_numvoie;adrs_typevoie;adrs_libvoie;adrs_codepostal;"
                 "adrs_codeinsee;position;siret;site_web";
    else
        header = "id;titre;objet;position;siret;siteweb";
    std::istringstream input(header + "\n" + std::string(as_text(data + 1, size - 1)));
    core::CsvReader reader(input, core::CsvOptions{.delimiter = rna ? ';' : ','});
    core::CsvRecord record;
    FUZZ_REQUIRE(reader.next(record) == core::CsvStatus::Record);
    auto parsed = core::CsvHeader::from(record.fields, {});
    FUZZ_REQUIRE(parsed.ok());
    const auto& columns_header = parsed.value();
    const directory::UniteLegaleColumns unit_columns(columns_header);
    const directory::RnaColumns rna_columns(columns_header);

    directory::RegisterRow reused;
    for (;;) {
        auto status = reader.next(record);
        if (status == core::CsvStatus::End)
            break;
        if (status == core::CsvStatus::Malformed || record.fields.size() != columns_header.size())
            continue;  // reported by read_register_file before any reading
        auto reason = directory::unreadable_field(record.fields);
        bool clean = std::all_of(record.fields.begin(), record.fields.end(),
            [](const std::string& field) { return essaim::http::is_clean_utf8(field); });
        FUZZ_REQUIRE(reason.empty() == clean);
        if (!reason.empty())
            continue;

        directory::RegisterRow fresh;
        std::string fresh_reason;
        if (rna) {
            reason = directory::read_rna_row(record.fields, rna_columns, known_communes, reused);
            fresh_reason = directory::read_rna_row(record.fields, rna_columns, known_communes, fresh);
        } else {
            reason = directory::read_unite_legale(record.fields, unit_columns, reused);
            fresh_reason = directory::read_unite_legale(record.fields, unit_columns, fresh);
        }
        FUZZ_REQUIRE(reason == fresh_reason);
        FUZZ_REQUIRE(essaim::http::is_clean_utf8(reason));
        if (!reason.empty())
            continue;
        FUZZ_REQUIRE(reused.profile == fresh.profile && reused.ceased == fresh.ceased && reused.fields == fresh.fields
            && reused.commune_part_code == fresh.commune_part_code);
        if (rna) {
            fresh.fields = directory::rna_given_fields(rna_columns);
            FUZZ_REQUIRE(!fresh.profile.rna.empty());
            FUZZ_REQUIRE(fresh.profile.ess_family == "association");
        } else {
            FUZZ_REQUIRE(!fresh.profile.siren.empty());
        }
        check_profile(fresh);
    }
    return 0;
}
