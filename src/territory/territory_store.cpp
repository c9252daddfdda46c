#include "territory/territory_store.hpp"

#include "db/session.hpp"

#include <algorithm>
#include <soci/soci.h>
#include <unordered_set>
#include <variant>

namespace essaim::territory {

namespace {

constexpr std::size_t fetch_batch = 256;

//! Every value of a one-column query, fetched in batches.
std::vector<std::string> fetch_codes(soci::session& sql, const std::string& query)
{
    std::vector<std::string> all;
    std::vector<std::string> batch(fetch_batch);
    soci::statement statement = (sql.prepare << query, soci::into(batch));
    statement.execute();
    while (statement.fetch()) {
        all.insert(all.end(), batch.begin(), batch.end());
        batch.resize(fetch_batch);
    }
    return all;
}

using TextColumn = std::vector<std::string>;
using IntegerColumn = std::vector<long long>;
using Column = std::variant<const TextColumn*, const IntegerColumn*>;

std::size_t column_size(const Column& column)
{
    return std::visit([](const auto* values) { return values->size(); }, column);
}

//! Inserts the rows held column by column, a few dozen rows per statement: a bulk `use(vector)`
//! costs PostgreSQL one round trip per row (the whole load took 4 s), multi-row statements bring
//! it to about 2 s there and 1 s on SQLite (measured on two busy cores). `head` ends with
//! "VALUES ", `tail` (an ON CONFLICT clause) may be empty; both come from this file.
void insert_rows(
    soci::session& sql, const std::string& head, const std::string& tail, const std::vector<Column>& columns)
{
    // SOCI's SQLite backend binds in time quadratic in a statement's parameters (3,000 a statement
    // made the load take 4.3 s, 300 take 0.7 s); PostgreSQL does not mind the size.
    constexpr std::size_t parameters_per_statement = 300;
    const std::size_t rows = columns.empty() ? 0 : column_size(columns.front());
    const std::size_t rows_per_statement = std::max<std::size_t>(1, parameters_per_statement / columns.size());
    for (std::size_t first = 0; first < rows; first += rows_per_statement) {
        std::size_t count = std::min(rows_per_statement, rows - first);
        std::string query = head;
        query.reserve(head.size() + tail.size() + count * columns.size() * 8);
        soci::statement statement(sql);
        for (std::size_t row = 0; row < count; ++row) {
            query += row == 0 ? "(" : ", (";
            for (std::size_t column = 0; column < columns.size(); ++column) {
                if (column > 0)
                    query += ", ";
                query += ":p" + std::to_string(row * columns.size() + column);
                std::visit([&](const auto* values) { statement.exchange(soci::use((*values)[first + row])); },
                    columns[column]);
            }
            query += ")";
        }
        if (!tail.empty())
            query += " " + tail;
        statement.alloc();
        statement.prepare(query);
        statement.define_and_bind();
        statement.execute(true);
    }
}

//! Deletes the rows of `table` whose code is not in `wanted`; `table` comes from this file only.
void delete_codes_not_in(soci::session& sql, const std::string& table, const std::unordered_set<std::string>& wanted)
{
    std::vector<std::string> obsolete;
    for (auto& code : fetch_codes(sql, "SELECT code FROM " + table)) {
        if (!wanted.count(code))
            obsolete.push_back(std::move(code));
    }
    if (!obsolete.empty())
        sql << "DELETE FROM " + table + " WHERE code = :code", soci::use(obsolete, "code");
}

//! Rows of (commune …, postal code) folded into one suggestion per commune, in query order.
struct SuggestionRows {
    std::vector<std::string> codes = std::vector<std::string>(fetch_batch);
    std::vector<std::string> names = std::vector<std::string>(fetch_batch);
    std::vector<std::string> department_codes = std::vector<std::string>(fetch_batch);
    std::vector<std::string> department_names = std::vector<std::string>(fetch_batch);
    std::vector<long long> populations = std::vector<long long>(fetch_batch);
    std::vector<std::string> postal_codes = std::vector<std::string>(fetch_batch);
    std::vector<soci::indicator> postal_indicators = std::vector<soci::indicator>(fetch_batch);

    void collect_into(std::vector<CommuneSuggestion>& suggestions)
    {
        for (std::size_t i = 0; i < codes.size(); ++i) {
            if (suggestions.empty() || suggestions.back().code != codes[i]) {
                suggestions.push_back(CommuneSuggestion{
                    codes[i], names[i], {}, department_codes[i], department_names[i], populations[i]});
            }
            if (postal_indicators[i] == soci::i_ok)
                suggestions.back().postal_codes.push_back(postal_codes[i]);
        }
        for (auto* column : {&codes, &names, &department_codes, &department_names, &postal_codes})
            column->resize(fetch_batch);
        populations.resize(fetch_batch);
        postal_indicators.resize(fetch_batch);
    }
};

// The outer part shared by the searches and the department page: `top` is a subquery giving the
// codes of the chosen communes; their postal codes come along in the same round trip.
std::string suggestions_query(const std::string& top)
{
    return "SELECT c.code, c.name, c.department_code, d.name, c.population, p.postal_code "
           "FROM ("
        + top
        + ") top_communes "
          "JOIN communes c ON c.code = top_communes.code "
          "JOIN departments d ON d.code = c.department_code "
          "LEFT JOIN commune_postal_codes p ON p.commune_code = c.code "
          "ORDER BY c.population DESC, c.code, p.postal_code";
}

} // namespace

std::optional<std::string> loaded_reference_version(db::Session& session, const std::string& package)
{
    std::string version;
    soci::indicator indicator = soci::i_null;
    session.sql() << "SELECT version FROM reference_data_versions WHERE name = :name", soci::use(package, "name"),
        soci::into(version, indicator);
    if (!session.sql().got_data() || indicator != soci::i_ok)
        return std::nullopt;
    return version;
}

ReferenceCounts count_reference_rows(db::Session& session)
{
    ReferenceCounts counts;
    session.sql() << "SELECT (SELECT COUNT(*) FROM regions), (SELECT COUNT(*) FROM departments), "
                     "(SELECT COUNT(*) FROM communes), (SELECT COUNT(*) FROM commune_postal_codes), "
                     "(SELECT COUNT(*) FROM commune_parts)",
        soci::into(counts.regions), soci::into(counts.departments), soci::into(counts.communes),
        soci::into(counts.postal_codes), soci::into(counts.commune_parts);
    return counts;
}

void store_reference_data(db::Session& session, const ReferenceData& data)
{
    auto& sql = session.sql();

    // Regions, then departments, then communes: each upsert needs its parents in place.
    {
        TextColumn codes, names, zones;
        IntegerColumn populations;
        for (const auto& region : data.regions) {
            codes.push_back(region.code);
            names.push_back(region.name);
            zones.push_back(region.zone);
            populations.push_back(region.population);
        }
        insert_rows(sql, "INSERT INTO regions (code, name, zone, population) VALUES ",
            "ON CONFLICT (code) DO UPDATE SET name = excluded.name, zone = excluded.zone, population = "
            "excluded.population",
            {&codes, &names, &zones, &populations});
    }
    {
        TextColumn codes, names, region_codes, zones;
        IntegerColumn populations;
        for (const auto& department : data.departments) {
            codes.push_back(department.code);
            names.push_back(department.name);
            region_codes.push_back(department.region_code);
            zones.push_back(department.zone);
            populations.push_back(department.population);
        }
        insert_rows(sql, "INSERT INTO departments (code, name, region_code, zone, population) VALUES ",
            "ON CONFLICT (code) DO UPDATE SET name = excluded.name, region_code = excluded.region_code, "
            "zone = excluded.zone, population = excluded.population",
            {&codes, &names, &region_codes, &zones, &populations});
    }

    // Postal codes and parts are rewritten whole: nothing points to them.
    sql << "DELETE FROM commune_postal_codes";
    sql << "DELETE FROM commune_parts";
    {
        TextColumn codes, names, keys, department_codes, region_codes;
        IntegerColumn populations;
        for (const auto& commune : data.communes) {
            codes.push_back(commune.code);
            names.push_back(commune.name);
            keys.push_back(commune.name_key);
            department_codes.push_back(commune.department_code);
            region_codes.push_back(commune.region_code);
            populations.push_back(commune.population);
        }
        insert_rows(sql,
            "INSERT INTO communes (code, name, name_key, department_code, region_code, population) VALUES ",
            "ON CONFLICT (code) DO UPDATE SET name = excluded.name, name_key = excluded.name_key, "
            "department_code = excluded.department_code, region_code = excluded.region_code, "
            "population = excluded.population",
            {&codes, &names, &keys, &department_codes, &region_codes, &populations});
    }

    // Children before parents, so no foreign key is left dangling.
    std::unordered_set<std::string> wanted;
    for (const auto& commune : data.communes)
        wanted.insert(commune.code);
    delete_codes_not_in(sql, "communes", wanted);
    wanted.clear();
    for (const auto& department : data.departments)
        wanted.insert(department.code);
    delete_codes_not_in(sql, "departments", wanted);
    wanted.clear();
    for (const auto& region : data.regions)
        wanted.insert(region.code);
    delete_codes_not_in(sql, "regions", wanted);

    {
        TextColumn postal_codes, commune_codes;
        std::unordered_set<std::string> seen;
        for (const auto& commune : data.communes) {
            for (const auto& postal_code : commune.postal_codes) {
                if (!seen.insert(postal_code + '/' + commune.code).second)
                    continue; // a duplicate in the source would break the primary key
                postal_codes.push_back(postal_code);
                commune_codes.push_back(commune.code);
            }
        }
        insert_rows(sql, "INSERT INTO commune_postal_codes (postal_code, commune_code) VALUES ", "",
            {&postal_codes, &commune_codes});
    }
    {
        TextColumn codes, commune_codes, kinds, names;
        for (const auto& part : data.commune_parts) {
            codes.push_back(part.code);
            commune_codes.push_back(part.commune_code);
            kinds.emplace_back(commune_part_kind_code(part.kind));
            names.push_back(part.name);
        }
        insert_rows(sql, "INSERT INTO commune_parts (code, commune_code, kind, name) VALUES ", "",
            {&codes, &commune_codes, &kinds, &names});
    }
}

void analyze_reference_tables(db::Session& session)
{
    // Fresh statistics, so the planner keeps to the index range scans right after a load.
    for (const char* table : {"regions", "departments", "communes", "commune_postal_codes", "commune_parts"})
        session.execute(std::string("ANALYZE ") + table);
}

void record_reference_version(
    db::Session& session, const std::string& package, const std::string& version, core::UnixSeconds now)
{
    long long loaded_at = now;
    session.sql()
        << "INSERT INTO reference_data_versions (name, version, loaded_at) VALUES (:name, :version, :loaded_at) "
           "ON CONFLICT (name) DO UPDATE SET version = excluded.version, loaded_at = excluded.loaded_at",
        soci::use(package, "name"), soci::use(version, "version"), soci::use(loaded_at, "loaded_at");
}

std::vector<Region> list_regions(db::Session& session)
{
    std::vector<std::string> codes(fetch_batch), names(fetch_batch), zones(fetch_batch);
    std::vector<long long> populations(fetch_batch), department_counts(fetch_batch);
    session.sql() << "SELECT r.code, r.name, r.zone, r.population, "
                     "(SELECT COUNT(*) FROM departments d WHERE d.region_code = r.code) FROM regions r",
        soci::into(codes), soci::into(names), soci::into(zones), soci::into(populations), soci::into(department_counts);
    std::vector<Region> regions;
    for (std::size_t i = 0; i < codes.size(); ++i)
        regions.push_back(Region{codes[i], names[i], zone_from(zones[i]), populations[i], department_counts[i]});
    return regions;
}

std::optional<Region> find_region(db::Session& session, const std::string& code)
{
    Region region;
    std::string zone;
    session.sql()
        << "SELECT r.code, r.name, r.zone, r.population, "
           "(SELECT COUNT(*) FROM departments d WHERE d.region_code = r.code) FROM regions r WHERE r.code = :code",
        soci::use(code, "code"), soci::into(region.code), soci::into(region.name), soci::into(zone),
        soci::into(region.population), soci::into(region.department_count);
    if (!session.sql().got_data())
        return std::nullopt;
    region.zone = zone_from(zone);
    return region;
}

std::vector<Department> departments_of_region(db::Session& session, const std::string& region_code)
{
    std::vector<std::string> codes(fetch_batch), names(fetch_batch), zones(fetch_batch);
    std::vector<long long> populations(fetch_batch), commune_counts(fetch_batch);
    session.sql() << "SELECT d.code, d.name, d.zone, d.population, "
                     "(SELECT COUNT(*) FROM communes c WHERE c.department_code = d.code) "
                     "FROM departments d WHERE d.region_code = :region_code ORDER BY d.code",
        soci::use(region_code, "region_code"), soci::into(codes), soci::into(names), soci::into(zones),
        soci::into(populations), soci::into(commune_counts);
    std::vector<Department> departments;
    for (std::size_t i = 0; i < codes.size(); ++i) {
        departments.push_back(
            Department{codes[i], names[i], region_code, {}, zone_from(zones[i]), populations[i], commune_counts[i]});
    }
    return departments;
}

std::optional<Department> find_department(db::Session& session, const std::string& code)
{
    Department department;
    std::string zone;
    session.sql() << "SELECT d.code, d.name, d.region_code, r.name, d.zone, d.population, "
                     "(SELECT COUNT(*) FROM communes c WHERE c.department_code = d.code) "
                     "FROM departments d JOIN regions r ON r.code = d.region_code WHERE d.code = :code",
        soci::use(code, "code"), soci::into(department.code), soci::into(department.name),
        soci::into(department.region_code), soci::into(department.region_name), soci::into(zone),
        soci::into(department.population), soci::into(department.commune_count);
    if (!session.sql().got_data())
        return std::nullopt;
    department.zone = zone_from(zone);
    return department;
}

std::vector<Department> list_departments(db::Session& session)
{
    std::vector<std::string> codes(fetch_batch), names(fetch_batch), region_codes(fetch_batch),
        region_names(fetch_batch), zones(fetch_batch);
    std::vector<Department> departments;
    soci::statement statement = (session.sql().prepare
            << "SELECT d.code, d.name, d.region_code, r.name, d.zone FROM departments d "
               "JOIN regions r ON r.code = d.region_code ORDER BY d.code",
        soci::into(codes), soci::into(names), soci::into(region_codes), soci::into(region_names), soci::into(zones));
    statement.execute();
    while (statement.fetch()) {
        for (std::size_t i = 0; i < codes.size(); ++i)
            departments.push_back(Department{codes[i], names[i], region_codes[i], region_names[i], zone_from(zones[i])});
        codes.resize(fetch_batch);
        names.resize(fetch_batch);
        region_codes.resize(fetch_batch);
        region_names.resize(fetch_batch);
        zones.resize(fetch_batch);
    }
    return departments;
}

std::vector<Commune> communes_of_department(
    db::Session& session, const std::string& department_code, int limit, int offset)
{
    std::vector<CommuneSuggestion> rows;
    SuggestionRows batch;
    soci::statement statement = (session.sql().prepare
            << suggestions_query("SELECT code FROM communes WHERE department_code = :department_code "
                                 "ORDER BY population DESC, code LIMIT :limit OFFSET :offset"),
        soci::into(batch.codes), soci::into(batch.names), soci::into(batch.department_codes),
        soci::into(batch.department_names), soci::into(batch.populations),
        soci::into(batch.postal_codes, batch.postal_indicators), soci::use(department_code, "department_code"),
        soci::use(limit, "limit"), soci::use(offset, "offset"));
    statement.execute();
    while (statement.fetch())
        batch.collect_into(rows);
    std::vector<Commune> communes;
    communes.reserve(rows.size());
    for (auto& row : rows)
        communes.push_back(
            Commune{std::move(row.code), std::move(row.name), row.population, std::move(row.postal_codes)});
    return communes;
}

std::vector<CommuneSuggestion> communes_by_name_key(
    db::Session& session, const std::string& low, const std::string& high, int limit)
{
    std::vector<CommuneSuggestion> suggestions;
    SuggestionRows batch;
    soci::statement statement = (session.sql().prepare
            << suggestions_query("SELECT code FROM communes WHERE name_key >= :low AND name_key < :high "
                                 "ORDER BY population DESC, code LIMIT :limit"),
        soci::into(batch.codes), soci::into(batch.names), soci::into(batch.department_codes),
        soci::into(batch.department_names), soci::into(batch.populations),
        soci::into(batch.postal_codes, batch.postal_indicators), soci::use(low, "low"), soci::use(high, "high"),
        soci::use(limit, "limit"));
    statement.execute();
    while (statement.fetch())
        batch.collect_into(suggestions);
    return suggestions;
}

std::vector<CommuneSuggestion> communes_by_code(db::Session& session, const std::string& postal_low,
    const std::string& postal_high, const std::string& code_low, const std::string& code_high, int limit)
{
    std::vector<CommuneSuggestion> suggestions;
    SuggestionRows batch;
    soci::statement statement
        = (session.sql().prepare << suggestions_query(
               // The population comes from a correlated lookup rather than a join:
               // PostgreSQL would otherwise hash-join a scan of every commune.
               "SELECT code FROM ("
               "SELECT p.commune_code AS code, "
               "(SELECT c.population FROM communes c WHERE c.code = p.commune_code) AS population "
               "FROM commune_postal_codes p "
               "WHERE p.postal_code >= :postal_low AND p.postal_code < :postal_high "
               "UNION SELECT code, population FROM communes WHERE code >= :code_low AND code < :code_high"
               ") matches ORDER BY population DESC, code LIMIT :limit"),
            soci::into(batch.codes), soci::into(batch.names), soci::into(batch.department_codes),
            soci::into(batch.department_names), soci::into(batch.populations),
            soci::into(batch.postal_codes, batch.postal_indicators), soci::use(postal_low, "postal_low"),
            soci::use(postal_high, "postal_high"), soci::use(code_low, "code_low"), soci::use(code_high, "code_high"),
            soci::use(limit, "limit"));
    statement.execute();
    while (statement.fetch())
        batch.collect_into(suggestions);
    return suggestions;
}

} // namespace essaim::territory
