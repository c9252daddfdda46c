#pragma once
// SQL for territories: the reference tables (regions, departments, communes, postal codes) and
// the version of the package they were loaded from. Writers expect the caller's transaction.

#include "core/clock.hpp"
#include "territory/reference_data.hpp"
#include "territory/territory.hpp"

#include <optional>
#include <string>
#include <vector>

namespace essaim::db {
class Session;
}

namespace essaim::territory {

struct ReferenceCounts {
    long long regions = 0;
    long long departments = 0;
    long long communes = 0;
    long long postal_codes = 0;
    long long commune_parts = 0;

    bool operator==(const ReferenceCounts&) const = default;
};

//! The version recorded for `package`, if any.
std::optional<std::string> loaded_reference_version(db::Session& session, const std::string& package);
ReferenceCounts count_reference_rows(db::Session& session);
//! Makes the tables hold exactly `data`: upserts every region, department and commune (so rows
//! other tables may point to keep their identity), deletes the ones no longer listed, and
//! rewrites the postal codes and the parts of communes. Multi-row statements: well under a second for 35,000 communes.
void store_reference_data(db::Session& session, const ReferenceData& data);
//! Refreshes the planner statistics of the reference tables (run after a load, outside its transaction).
void analyze_reference_tables(db::Session& session);
void record_reference_version(
    db::Session& session, const std::string& package, const std::string& version, core::UnixSeconds now);

//! Every region with its number of departments (unsorted).
std::vector<Region> list_regions(db::Session& session);
std::optional<Region> find_region(db::Session& session, const std::string& code);
//! The departments of a region, by code, with their number of communes.
std::vector<Department> departments_of_region(db::Session& session, const std::string& region_code);
std::optional<Department> find_department(db::Session& session, const std::string& code);
//! Every department, by code, with its region's code and name (population and commune count
//! left at 0): what the region map is drawn from.
std::vector<Department> list_departments(db::Session& session);
//! One page of a department's communes, by decreasing population, with their postal codes.
std::vector<Commune> communes_of_department(
    db::Session& session, const std::string& department_code, int limit, int offset);

//! Communes whose name_key lies in [low, high), the `limit` most populated first.
std::vector<CommuneSuggestion> communes_by_name_key(
    db::Session& session, const std::string& low, const std::string& high, int limit);
//! Communes with a postal code in [postal_low, postal_high) or an INSEE code in
//! [code_low, code_high), the `limit` most populated first.
std::vector<CommuneSuggestion> communes_by_code(db::Session& session, const std::string& postal_low,
    const std::string& postal_high, const std::string& code_low, const std::string& code_high, int limit);

} // namespace essaim::territory
