#pragma once
// Labels as open data: one line per label (current, expired and withdrawn, with their status), as
// CSV (UTF-8, header line) and as JSON, at stable URLs.

#include "labelling/label.hpp"

#include <string>
#include <vector>

namespace essaim::labelling {

//! The column names, in order; the JSON objects use the same keys.
const std::vector<std::string>& open_data_columns();

//! The CSV file: the header, then a line per label (CRLF line ends, as RFC 4180 writes them).
//! `public_url` prefixes each label's verification address; `today` decides current or expired.
std::string labels_csv(const std::vector<Label>& labels, const std::string& public_url, const std::string& today);
//! The JSON file: an array of objects.
std::string labels_json(const std::vector<Label>& labels, const std::string& public_url, const std::string& today);

} // namespace essaim::labelling
