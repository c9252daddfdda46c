#include "directory/json_ld.hpp"

#include "directory/organisation_store.hpp"

#include <boost/json.hpp>

namespace essaim::directory {

namespace {

boost::json::object property_value(const char* name, const std::string& value)
{
    return boost::json::object{{"@type", "PropertyValue"}, {"propertyID", name}, {"value", value}};
}

//! The INSEE band as schema.org's range of employees.
boost::json::object employees(const std::string& band)
{
    struct Range {
        const char* code;
        long long low;
        long long high;  // -1: no upper bound
    };
    static constexpr Range ranges[] = {{"NN", 0, 0}, {"00", 0, 0}, {"01", 1, 2}, {"02", 3, 5}, {"03", 6, 9},
        {"11", 10, 19}, {"12", 20, 49}, {"21", 50, 99}, {"22", 100, 199}, {"31", 200, 249}, {"32", 250, 499},
        {"41", 500, 999}, {"42", 1000, 1999}, {"51", 2000, 4999}, {"52", 5000, 9999}, {"53", 10000, -1}};
    boost::json::object value{{"@type", "QuantitativeValue"}};
    for (const auto& range : ranges) {
        if (band == range.code) {
            value["minValue"] = range.low;
            if (range.high >= 0)
                value["maxValue"] = range.high;
        }
    }
    return value;
}

std::string script_safe(const std::string& json)
{
    std::string safe;
    safe.reserve(json.size());
    // These characters only occur inside JSON strings, where the escape means the same.
    for (char c : json) {
        if (c == '<')
            safe += "\\u003c";
        else if (c == '>')
            safe += "\\u003e";
        else if (c == '&')
            safe += "\\u0026";
        else
            safe += c;
    }
    return safe;
}

} // namespace

std::string organisation_json_ld(const Organisation& organisation, const std::string& page_url,
    const CommunePlace* commune)
{
    const auto& profile = organisation.profile;
    boost::json::object object{{"@context", "https://schema.org"}, {"@type", "Organization"}, {"@id", page_url},
        {"name", profile.name}, {"mainEntityOfPage", page_url}};
    object["url"] = profile.website.empty() ? page_url : profile.website;
    if (!profile.acronym.empty())
        object["alternateName"] = profile.acronym;
    if (!profile.description.empty())
        object["description"] = profile.description;
    if (!profile.creation_date.empty())
        object["foundingDate"] = profile.creation_date;
    boost::json::array identifiers;
    if (!profile.siren.empty()) {
        identifiers.push_back(property_value("SIREN", profile.siren));
        // ISO 6523 lists the SIRENE register as scheme 0002.
        object["iso6523Code"] = "0002:" + profile.siren;
    }
    if (!profile.siret().empty())
        identifiers.push_back(property_value("SIRET", profile.siret()));
    if (!profile.rna.empty())
        identifiers.push_back(property_value("RNA", profile.rna));
    if (!identifiers.empty())
        object["identifier"] = std::move(identifiers);
    if (!profile.headcount_band.empty())
        object["numberOfEmployees"] = employees(profile.headcount_band);
    boost::json::object address{{"@type", "PostalAddress"}, {"addressCountry", "FR"}};
    if (!profile.address_line.empty())
        address["streetAddress"] = profile.address_line;
    if (!profile.postal_code.empty())
        address["postalCode"] = profile.postal_code;
    if (commune) {
        address["addressLocality"] = commune->name;
        address["addressRegion"] = commune->department_name;
    }
    object["address"] = std::move(address);
    return script_safe(boost::json::serialize(object));
}

} // namespace essaim::directory
