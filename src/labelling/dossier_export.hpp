#pragma once
// A call's dossiers as a table for staff: one line per dossier that is not a draft (number,
// organisation, SIREN, state, dates, instructeur, opinions "given/expected"), then the answers
// flattened column by column (the union of the columns of every form version used).

#include "core/result.hpp"

#include <string>
#include <vector>

namespace essaim::core {
struct Config;
}
namespace essaim::db {
class Session;
}

namespace essaim::labelling {

struct ExportTable {
    std::vector<std::string> headers;
    std::vector<std::vector<std::string>> rows;
};

ExportTable call_export_table(db::Session& session, long long call_id);

//! UTF-8 with a byte order mark, ';' between fields (what French spreadsheets open directly),
//! CRLF line ends. Cells a spreadsheet would run as a formula get a leading apostrophe
//! (core::csv_format_record, which neutralises every CSV the platform writes).
std::string export_csv(const ExportTable& table);

//! An XLSX workbook of one sheet, written with libxlsxwriter through a temporary file under
//! <var_dir>/tmp (removed afterwards). Unavailable when it cannot be written.
core::Result<std::string> export_xlsx(const core::Config& config, const ExportTable& table, const std::string& sheet_name);

} // namespace essaim::labelling
