// Fuzzes core::CsvReader, which reads the official registers' files (SIRENE, RNA) for the imports.
// The first byte chooses the delimiter (even: ',', odd: ';') and a small field limit (byte / 2 % 64
// + 1, so that "field too long" and the re-reading after an error are reached); the rest is the file.
// Invariants: a record never has more fields than its delimiters + 1 (summed over the input);
// no field exceeds the limit; formatting a record verbatim and reading it back gives the same
// fields, and formatted for people no field read back runs as a formula;
// the lines where records and errors start strictly increase and stay within the input's lines;
// the reader ends, after at most one result per byte.
// fuzz-sources: src/core/csv.cpp src/core/result.cpp

#include "core/csv.hpp"
#include "fuzz_check.hpp"

#include <algorithm>
#include <sstream>
#include <string>

using essaim::fuzz::as_text;
namespace core = essaim::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const char delimiter = data[0] % 2 == 0 ? ',' : ';';
    const std::size_t max_field = data[0] / 2 % 64 + 1;
    const std::string text(as_text(data + 1, size - 1));
    const auto delimiters = static_cast<std::size_t>(std::count(text.begin(), text.end(), delimiter));
    const auto lines = static_cast<long long>(std::count(text.begin(), text.end(), '\n')) + 1;

    std::istringstream input(text);
    core::CsvReader reader(input, core::CsvOptions{.delimiter = delimiter, .max_field_bytes = max_field});
    core::CsvRecord record;
    std::size_t extra_fields = 0;
    long long last_line = 0;
    std::size_t results = 0;
    for (;;) {
        auto status = reader.next(record);
        if (status == core::CsvStatus::End)
            break;
        FUZZ_REQUIRE(++results <= text.size() + 1);
        long long line = status == core::CsvStatus::Record ? record.line : reader.error().line;
        FUZZ_REQUIRE(line > last_line && line <= lines);
        last_line = line;
        if (status == core::CsvStatus::Malformed) {
            FUZZ_REQUIRE(!reader.error().reason.empty());
            FUZZ_REQUIRE(reader.error().excerpt.size() <= core::CsvReader::excerpt_bytes);
            continue;
        }
        FUZZ_REQUIRE(!record.fields.empty());
        extra_fields += record.fields.size() - 1;
        FUZZ_REQUIRE(extra_fields <= delimiters);
        for (const auto& field : record.fields)
            FUZZ_REQUIRE(field.size() <= max_field);

        // Round trip through the writer, verbatim: quoting adds bytes, never field bytes.
        std::istringstream again(core::csv_format_record(record.fields, delimiter, core::CsvCells::Verbatim) + "\r\n");
        core::CsvReader rereader(again, core::CsvOptions{.delimiter = delimiter, .max_field_bytes = max_field});
        core::CsvRecord copy;
        FUZZ_REQUIRE(rereader.next(copy) == core::CsvStatus::Record);
        FUZZ_REQUIRE(copy.fields == record.fields);
        FUZZ_REQUIRE(copy.line == 1);
        FUZZ_REQUIRE(rereader.next(copy) == core::CsvStatus::End);

        // Neutralised, as files for people are written: no field read back runs as a formula.
        std::istringstream neutralised(core::csv_format_record(record.fields, delimiter) + "\r\n");
        core::CsvReader neutral_reader(neutralised, core::CsvOptions{.delimiter = delimiter});
        core::CsvRecord neutral_copy;
        FUZZ_REQUIRE(neutral_reader.next(neutral_copy) == core::CsvStatus::Record);
        FUZZ_REQUIRE(neutral_copy.fields.size() == record.fields.size());
        for (const auto& field : neutral_copy.fields)
            FUZZ_REQUIRE(!core::spreadsheet_would_evaluate(field));
    }
    FUZZ_REQUIRE(reader.bytes_read() <= text.size());
    return 0;
}
