#pragma once
// What the SIRENE and RNA imports share: their counters, the report of rejected lines, the
// progress line, batching, and the merge of one register row into the directory under the rules
// of the registers (upsert by identifier, ceased units kept, members' edits left alone).

#include "core/clock.hpp"
#include "core/csv.hpp"
#include "core/result.hpp"
#include "directory/organisation.hpp"

#include <chrono>
#include <cstdint>
#include <fstream>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace essaim::db {
class Session;
class Transaction;
}

namespace essaim::directory {

class ImportWriter;
struct RegisterKeys;

struct ImportCounts {
    long long read = 0;       //!< data records and malformed lines (the header excepted)
    long long inserted = 0;
    long long updated = 0;
    long long unchanged = 0;
    long long ceased = 0;     //!< applied rows whose unit has ceased (also counted as inserted, updated or unchanged)
    long long skipped = 0;    //!< well-formed rows left out on purpose (--ess-only, secondary establishments, unknown unit)
    long long rejected = 0;   //!< written to the report
    double seconds = 0;

    bool operator==(const ImportCounts& other) const
    {
        return read == other.read && inserted == other.inserted && updated == other.updated
            && unchanged == other.unchanged && ceased == other.ceased && skipped == other.skipped
            && rejected == other.rejected;
    }
};

//! "lues 10, insérées 8, …" for the final summary.
std::string summary_text(const ImportCounts& counts);
//! The counts as a JSON object, for the audit entry.
std::string counts_json(const ImportCounts& counts);

//! The rejected lines as CSV: fichier,ligne,motif,extrait. No file when the path is empty.
class RejectReport {
public:
    explicit RejectReport(const std::string& path);
    bool is_open() const { return m_path.empty() || m_output.is_open(); }
    void add(std::string_view file, long long line, std::string_view reason, std::string_view excerpt);

private:
    std::string m_path;
    std::ofstream m_output;
};

//! How the progress line is written: redrawn in place (a terminal) or one line per step (a log).
enum class ProgressStyle { Lines, InPlace };

//! A progress line on `output` at most once a second: rows/s, rejected rows, share of the file
//! read and the time left, estimated from the bytes read.
class ImportProgress {
public:
    ImportProgress(std::ostream* output, std::string label, std::uint64_t total_bytes,
        ProgressStyle style = ProgressStyle::Lines);
    void update(const ImportCounts& counts, std::uint64_t bytes_read);
    //! Ends a line redrawn in place, so that what follows starts on a line of its own.
    void finish(const ImportCounts& counts, std::uint64_t bytes_read);
    double elapsed_seconds() const;

private:
    void draw(const ImportCounts& counts, std::uint64_t bytes_read, std::chrono::steady_clock::time_point now);

    std::ostream* m_output;
    std::string m_label;
    std::uint64_t m_total_bytes;
    ProgressStyle m_style;
    bool m_drawn = false;
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_last;
};

//! Commits every `size` rows, so a stopped import keeps whole batches only. Each batch's
//! transaction starts with writer.begin_batch() and ends with writer.end_batch().
class Batch {
public:
    Batch(db::Session& session, ImportWriter& writer, int size);
    ~Batch();
    //! Counts one row; commits and begins a new transaction when the batch is full.
    void row_done();
    void commit();
    //! Rows left before the batch is full.
    int room() const { return m_size - m_rows; }

private:
    void begin();

    db::Session& m_session;
    ImportWriter& m_writer;
    int m_size;
    int m_rows = 0;
    std::unique_ptr<db::Transaction> m_transaction;
};

//! A register file to read: its path, delimiter, required columns and the name its rejected
//! lines carry in the report.
struct RegisterFile {
    std::string path;
    char delimiter = ',';
    std::vector<std::string> required_columns;
    std::string report_name;
    std::string progress_label;
    ProgressStyle progress_style = ProgressStyle::Lines;
};

//! Handles one well-formed record with the right number of fields: updates `counts` (inserted,
//! updated, …) and returns "" or the reason to reject it.
using RecordHandler = std::function<std::string(const std::vector<std::string>& fields, const core::CsvHeader& header,
    ImportCounts& counts)>;

//! Adds to `keys` the identifiers a well-formed record will look up (valid ones only).
using KeyCollector = std::function<void(const std::vector<std::string>& fields, const core::CsvHeader& header,
    RegisterKeys& keys)>;

//! Streams `file` through `handler` in batches of `batch_size` rows written with `writer` (which
//! first loads the organisations that `collect` names for each chunk of rows), writing malformed records,
//! records with the wrong number of fields and the handler's rejections to `report`. Invalid when
//! the file cannot be opened or a required column is missing.
core::Result<ImportCounts> read_register_file(db::Session& session, ImportWriter& writer, const RegisterFile& file,
    RejectReport& report, int batch_size, std::ostream* progress, const KeyCollector& collect,
    const RecordHandler& handler);

//! The field at `column`, or "" when the file has no such column.
inline std::string_view field_at(const std::vector<std::string>& fields, const std::optional<std::size_t>& column)
{
    return column && *column < fields.size() ? std::string_view(fields[*column]) : std::string_view();
}

//! One row of a register: the profile fields it gives (`fields`, names of profile_fields()) and
//! whether the unit has ceased.
struct RegisterRow {
    OrganisationProfile profile;
    std::vector<std::string_view> fields;
    bool ceased = false;
    //! The part of profile.commune_code the register named (RegisterPlace), written with it.
    std::string commune_part_code;
};

enum class MergeOutcome { Inserted, Updated, Unchanged };

//! Upserts `row` by its RNA number (`by_rna`) or SIREN: when no organisation holds it, the other
//! identifier finds the organisation (a SIRENE unit already imported from the RNA, and the
//! reverse); else a new published organisation is inserted with `source`. An update changes only
//! the register's fields that members have not edited, never clears an identifier, and writes a
//! revision by the system.
MergeOutcome merge_register_row(
    db::Session& session, ImportWriter& writer, const RegisterRow& row, OrganisationSource source, bool by_rna, long long now);

//! Adds an outcome to the counts.
void count_outcome(ImportCounts& counts, MergeOutcome outcome, bool ceased);

//! The ESS family of an INSEE legal category: associations (92xx), foundations (93xx),
//! cooperatives (519x banking cooperatives, the SARL/SA cooperatives 5443–5460, 5543–5560,
//! 5643–5660 but the HLM companies, agricultural cooperatives 6316–6318), mutuals (8210, 8250,
//! 8290, mutual insurers 6411); otherwise a société à mission when the register says so, an ESS
//! company when it is flagged ESS, and none else.
std::string ess_family_for(std::string_view legal_category, bool ess, bool mission);

//! The SIRENE address of a head office: number, street type written out, street name.
std::string address_line_of(std::string_view number, std::string_view street_type, std::string_view street_name);

//! `text` when it is a date YYYY-MM-DD, else "".
//! (These three are defined in register_rows.cpp, which links without the database.)
std::string date_or_empty(std::string_view text);

} // namespace essaim::directory
