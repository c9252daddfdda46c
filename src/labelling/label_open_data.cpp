#include "labelling/label_open_data.hpp"

#include "core/csv.hpp"

#include <boost/json.hpp>

namespace essaim::labelling {

namespace {

std::vector<std::string> values(const Label& label, const std::string& public_url, const std::string& today)
{
    return {label.code, std::string(category_code(label.category)), label.organisation_name, label.siren,
        label.territory_kind, label.territory_code, label.region_code, label.granted_on, label.expires_on,
        std::string(label_status_code(label_status(label, today))), public_url + "/labels/" + std::to_string(label.id)};
}

} // namespace

const std::vector<std::string>& open_data_columns()
{
    static const std::vector<std::string> columns{"code", "categorie", "titulaire", "siren", "territoire_type",
        "territoire_code", "region", "date_attribution", "date_expiration", "statut", "url"};
    return columns;
}

std::string labels_csv(const std::vector<Label>& labels, const std::string& public_url, const std::string& today)
{
    std::string csv = core::csv_format_record(open_data_columns()) + "\r\n";
    for (const auto& label : labels)
        csv += core::csv_format_record(values(label, public_url, today)) + "\r\n";
    return csv;
}

std::string labels_json(const std::vector<Label>& labels, const std::string& public_url, const std::string& today)
{
    boost::json::array rows;
    const auto& columns = open_data_columns();
    for (const auto& label : labels) {
        auto fields = values(label, public_url, today);
        boost::json::object row;
        for (std::size_t i = 0; i < columns.size(); ++i)
            row[columns[i]] = fields[i];
        rows.push_back(std::move(row));
    }
    return boost::json::serialize(rows);
}

} // namespace essaim::labelling
