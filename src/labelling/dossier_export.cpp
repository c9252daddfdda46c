#include "labelling/dossier_export.hpp"

#include "core/calendar.hpp"
#include "core/config.hpp"
#include "core/crypto.hpp"
#include "core/csv.hpp"
#include "labelling/call_store.hpp"
#include "labelling/dossier_list_store.hpp"
#include "labelling/form_answers.hpp"
#include "labelling/start_dossier.hpp"

#include <xlsxwriter.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>

namespace essaim::labelling {

namespace {

std::string day_or_empty(long long at) { return at == 0 ? std::string() : core::iso_day(at); }

} // namespace

ExportTable call_export_table(db::Session& session, long long call_id)
{
    ExportTable table;
    table.headers = {"N° de dossier", "Organisation", "SIREN", "État", "Créé le", "Déposé le", "Décidé le",
        "Instructeur", "Avis rendus", "Territoire"};
    std::map<long long, std::optional<FormDefinition>> forms;
    std::map<std::string, std::size_t> answer_columns;
    std::vector<std::vector<std::pair<std::string, std::string>>> flattened;
    auto rows = call_export_rows(session, call_id);
    for (const auto& row : rows) {
        auto found = forms.find(row.form_id);
        if (found == forms.end()) {
            auto form = find_form(session, row.form_id);
            found = forms.emplace(row.form_id, form ? std::optional<FormDefinition>(form->definition) : std::nullopt).first;
        }
        std::vector<std::pair<std::string, std::string>> answers;
        if (found->second)
            answers = flatten_answers(*found->second, row.answers_json);
        for (const auto& [title, text] : answers)
            if (answer_columns.emplace(title, table.headers.size()).second)
                table.headers.push_back(title);
        flattened.push_back(std::move(answers));
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& row = rows[i];
        std::vector<std::string> line(table.headers.size());
        line[0] = std::to_string(row.id);
        line[1] = row.organisation_name;
        line[2] = row.siren;
        line[3] = std::string(state_label(row.state));
        line[4] = day_or_empty(row.created_at);
        line[5] = day_or_empty(row.deposited_at);
        line[6] = day_or_empty(row.decided_at);
        line[7] = row.instructor_name;
        line[8] = std::to_string(row.opinions_given) + "/" + std::to_string(row.opinions_expected);
        line[9] = row.territory_kind.empty() ? "" : row.territory_kind + " " + row.territory_code;
        for (const auto& [title, text] : flattened[i])
            line[answer_columns[title]] = text;
        table.rows.push_back(std::move(line));
    }
    return table;
}

std::string export_csv(const ExportTable& table)
{
    std::string out = "\xEF\xBB\xBF";
    out += core::csv_format_record(table.headers, ';') + "\r\n";
    for (const auto& row : table.rows)
        out += core::csv_format_record(row, ';') + "\r\n";
    return out;
}

core::Result<std::string> export_xlsx(const core::Config& config, const ExportTable& table, const std::string& sheet_name)
{
    auto unavailable = core::Error{core::ErrorKind::Unavailable, "Le classeur n’a pas pu être produit. Réessayez.", {}};
    std::error_code ignored;
    auto directory = config.var_dir / "tmp";
    std::filesystem::create_directories(directory, ignored);
    auto path = directory / ("export-" + core::random_token(12) + ".xlsx");
    auto path_text = path.string();
    auto tmpdir = directory.string();
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = tmpdir.data();
    lxw_workbook* workbook = workbook_new_opt(path_text.c_str(), &options);
    if (!workbook)
        return unavailable;
    // Sheet names: at most 31 characters, none of []:*?/\ .
    std::string name;
    for (char c : sheet_name)
        if (std::string_view("[]:*?/\\").find(c) == std::string_view::npos)
            name += c;
    if (name.empty() || name.size() > 31)
        name = "Dossiers";
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.c_str());
    if (!sheet)
        sheet = workbook_add_worksheet(workbook, nullptr);
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    for (std::size_t column = 0; column < table.headers.size(); ++column)
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(column), table.headers[column].c_str(), bold);
    for (std::size_t row = 0; row < table.rows.size(); ++row)
        for (std::size_t column = 0; column < table.rows[row].size(); ++column) {
            // Strings, never formulas: a value starting with '=' stays text in a string cell. It is
            // neutralised as in CSV all the same, since editing the cell (F2, Enter) would run it.
            const auto cell = core::neutralise_formula(table.rows[row][column]);
            if (!cell.empty())
                worksheet_write_string(sheet, static_cast<lxw_row_t>(row + 1), static_cast<lxw_col_t>(column),
                    cell.c_str(), nullptr);
        }
    worksheet_freeze_panes(sheet, 1, 0);
    if (workbook_close(workbook) != LXW_NO_ERROR) {
        std::filesystem::remove(path, ignored);
        return unavailable;
    }
    std::ifstream input(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << input.rdbuf();
    input.close();
    std::filesystem::remove(path, ignored);
    if (bytes.str().empty())
        return unavailable;
    return bytes.str();
}

} // namespace essaim::labelling
