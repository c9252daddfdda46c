#pragma once
// Helpers of the register import tests: valid identifiers made on demand, files written to a
// temporary folder, and the report read back.

#include "core/csv.hpp"
#include "core/identifiers.hpp"

#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <tuple>
#include <unistd.h>
#include <vector>

namespace essaim::test {

//! The digit that completes `prefix` into a number passing the Luhn check.
inline std::string complete_luhn(const std::string& prefix)
{
    for (char digit = '0'; digit <= '9'; ++digit) {
        if (core::passes_luhn(prefix + digit))
            return prefix + digit;
    }
    return prefix + '0';
}

//! A valid SIREN from 8 digits; tests use prefixes starting with '0', which the generator never does.
inline std::string siren_from(const std::string& eight_digits)
{
    return complete_luhn(eight_digits);
}

//! A valid SIRET of `siren` (NIC 0001x).
inline std::string siret_of(const std::string& siren)
{
    return complete_luhn(siren + "0001");
}

//! A folder of its own under the system's temporary folder.
inline std::filesystem::path import_folder(const std::string& name)
{
    auto folder = std::filesystem::temp_directory_path()
        / ("essaim-import-" + name + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    return folder;
}

inline std::string write_file(const std::filesystem::path& path, const std::string& content)
{
    std::ofstream output(path, std::ios::binary);
    output << content;
    return path.string();
}

struct ReportLine {
    std::string file;
    long long line = 0;
    std::string reason;
    bool operator<(const ReportLine& other) const { return std::tie(file, line) < std::tie(other.file, other.line); }
};

//! The rejected lines of a report (its header excepted).
inline std::vector<ReportLine> read_report(const std::string& path)
{
    std::ifstream input(path, std::ios::binary);
    core::CsvReader reader(input);
    core::CsvRecord record;
    std::vector<ReportLine> lines;
    bool header = true;
    while (reader.next(record) == core::CsvStatus::Record) {
        if (header) {
            header = false;
            continue;
        }
        if (record.fields.size() == 4)
            lines.push_back({record.fields[0], std::stoll(record.fields[1]), record.fields[2]});
    }
    return lines;
}

} // namespace essaim::test
