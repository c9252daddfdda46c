#pragma once
// One line of a register file (SIRENE's StockUniteLegale, the RNA export) read into a RegisterRow,
// without the database: what the imports do with each line before merging it, kept apart so that
// it can be tested and fuzzed on its own.

#include "core/csv.hpp"
#include "directory/commune_codes.hpp"
#include "directory/import_support.hpp"

#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

namespace essaim::directory {

//! The column positions of StockUniteLegale, found once from its header.
struct UniteLegaleColumns {
    explicit UniteLegaleColumns(const core::CsvHeader& header);
    std::optional<std::size_t> siren, denomination, nom, prenom, sigle, categorie, activite, ess, mission, etat,
        tranche, creation, rna, nic_siege;
};

//! Reads a unit of StockUniteLegale into `row`; returns "" or the reason to reject the line.
std::string read_unite_legale(const std::vector<std::string>& fields, const UniteLegaleColumns& columns, RegisterRow& row);

//! The column positions of the RNA export, found once from its header.
struct RnaColumns {
    explicit RnaColumns(const core::CsvHeader& header);
    std::optional<std::size_t> id, titre, titre_court, objet, date_creat, number, street_type, street_name,
        postal_code, commune, position, siret, website;
};

//! The fields an RNA row gives, the ones of its columns absent from the file excepted.
std::vector<std::string_view> rna_given_fields(const RnaColumns& columns);

//! Reads a line of the RNA export into `row` (whose `fields` the caller sets from
//! rna_given_fields); `communes` places its INSEE code. Returns "" or the reason to reject it.
std::string read_rna_row(const std::vector<std::string>& fields, const RnaColumns& columns, const CommuneCodes& communes,
    RegisterRow& row);

//! "" when every field is UTF-8 text (tab and line breaks allowed, other controls not), else the
//! reason to reject the line: the registers' files are UTF-8, and a line in another encoding or
//! with control characters would reach pages, JSON and PostgreSQL (which refuses it) as is.
std::string unreadable_field(const std::vector<std::string>& fields);

} // namespace essaim::directory
