#pragma once
// A streaming reader of CSV files as the official registers publish them (RFC 4180: fields
// separated by ',' or ';', quoted with '"', quotes doubled inside quotes, CRLF or LF line ends,
// line breaks inside quoted fields, an optional UTF-8 byte order mark).
//
// It reads the stream through a fixed buffer and holds at most one record, so a file of any size
// is read in constant memory. A malformed record is reported with the physical line it starts on,
// and reading resumes at the following physical line: one bad quote costs one line, not the rest
// of the file (an unterminated quote is only noticed at the end of the file or of the record limit,
// so the reader keeps the record's bytes to be able to re-read the lines it swallowed).

#include "core/result.hpp"

#include <cstdint>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace essaim::core {

struct CsvOptions {
    char delimiter = ',';
    //! A longer field makes its record malformed.
    std::size_t max_field_bytes = std::size_t{1} << 20;
    //! A record whose bytes exceed this (many long fields, or an unterminated quote) is malformed.
    std::size_t max_record_bytes = std::size_t{4} << 20;
};

//! One record: its fields and the physical line (1-based) it starts on.
struct CsvRecord {
    std::vector<std::string> fields;
    long long line = 0;
};

//! Why a record could not be read, the line it starts on and its first bytes as they were.
struct CsvError {
    long long line = 0;
    std::string reason;   //!< in French
    std::string excerpt;  //!< at most excerpt_bytes of the raw record
};

enum class CsvStatus { Record, Malformed, End };

class CsvReader {
public:
    static constexpr std::size_t excerpt_bytes = 200;

    //! Reads from `input`, which must outlive the reader.
    explicit CsvReader(std::istream& input, CsvOptions options = {});

    //! Reads the next record into `record` (Record), or reports a malformed one in error()
    //! (Malformed; the next call reads from the following line), or End. Empty lines are skipped.
    CsvStatus next(CsvRecord& record);
    //! The last malformed record, after next() returned Malformed.
    const CsvError& error() const { return m_error; }
    //! Bytes taken from the stream so far (for progress; includes the read-ahead buffer).
    std::uint64_t bytes_read() const { return m_bytes_read; }

private:
    bool fill();
    int get();
    int peek();
    CsvStatus fail(long long start_line, std::string reason);

    std::istream& m_input;
    CsvOptions m_options;
    std::string m_buffer;
    std::size_t m_position = 0;
    bool m_eof = false;
    std::uint64_t m_bytes_read = 0;
    long long m_line = 1;
    std::string m_raw;  // the current record's bytes, to re-read its lines after an error
    CsvError m_error;
};

//! True when a spreadsheet opening `cell` would run it as a formula: it begins with '=', '+',
//! '-', '@', a tab or a carriage return (OWASP's list for CSV injection), and is not a plain
//! decimal number such as "-12" or "-3.5" (a negative amount must stay a number).
bool spreadsheet_would_evaluate(std::string_view cell);

//! `cell` with a leading apostrophe when spreadsheet_would_evaluate(cell), so that every
//! spreadsheet reads it as text; otherwise unchanged. For a cell that no parser splits (XLSX).
std::string neutralise_formula(std::string_view cell);

//! Whether csv_format_record neutralises formulas. Neutralised is for files people open (open
//! data, exports, reports); Verbatim only to quote back a line of a file as it was read, inside a
//! cell that is itself neutralised.
enum class CsvCells { Neutralised, Verbatim };

//! The fields as one CSV line (without line end).
//!
//! Neutralised, each field gets an apostrophe at its start, and after each ',', ';', tab, CR or
//! LF inside it, where what follows (past any quotes) would run as a formula. A spreadsheet that
//! guesses another separator than the file's (a French one splits a ',' file on ';') ignores the
//! quoting, so any of these may start a cell or a row there (OWASP: "take care of the field
//! separator and quotes").
//!
//! A field is quoted when it holds ',', ';', a tab, a quote, CR or LF, when it is the only field
//! and empty (an empty line would be skipped), or when it is the first and starts with a byte
//! order mark (which a reader would skip).
std::string csv_format_record(
    const std::vector<std::string>& fields, char delimiter = ',', CsvCells cells = CsvCells::Neutralised);

//! The column positions of a header row, found by name (exact, after trimming spaces).
class CsvHeader {
public:
    //! Fails (Invalid, naming the columns) when one of `required` is missing.
    static Result<CsvHeader> from(const std::vector<std::string>& names, const std::vector<std::string>& required);

    //! The position of column `name`, if present.
    std::optional<std::size_t> index(std::string_view name) const;
    //! The number of columns, which every record must have.
    std::size_t size() const { return m_size; }

private:
    std::unordered_map<std::string, std::size_t> m_positions;
    std::size_t m_size = 0;
};

} // namespace essaim::core
