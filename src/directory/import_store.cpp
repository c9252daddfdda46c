#include "directory/import_store.hpp"

#include "db/session.hpp"
#include "directory/import_search_store.hpp"

#include <soci/soci.h>

namespace essaim::directory {

namespace {

// Identifiers and codes are NULL when empty (SIREN and RNA are UNIQUE); free text is ''.
bool is_nullable(std::string_view field)
{
    return field != "name" && field != "acronym" && field != "address_line" && field != "postal_code"
        && field != "website" && field != "description";
}

std::string profile_columns()
{
    std::string columns;
    for (const auto& field : profile_fields())
        columns += (columns.empty() ? "" : ", ") + std::string(field.name);
    return columns;
}

} // namespace

//! The statements and the variables they are bound to: a row is written by setting the variables
//! and executing the statement again.
struct ImportWriter::Statements {
    explicit Statements(soci::session& sql)
        : by_siren(sql), by_rna(sql), by_keys(sql), insert(sql), insert_many(sql), update(sql), sqlite(sql.get_backend_name() == "sqlite3")
    {
        const auto& fields = profile_fields();
        const std::size_t count = fields.size();
        found_values.resize(count);
        found_indicators.resize(count, soci::i_ok);
        values.resize(count);
        indicators.resize(count, soci::i_ok);

        for (auto* select : {&by_siren, &by_rna}) {
            select->exchange(soci::into(found_id));
            for (std::size_t i = 0; i < count; ++i)
                select->exchange(soci::into(found_values[i], found_indicators[i]));
            select->exchange(soci::into(found_ceased));
            select->exchange(soci::into(found_edited));
            select->exchange(soci::into(found_part, found_part_indicator));
            select->exchange(soci::use(key));
            select->alloc();
        }
        const std::string select_columns = "SELECT id, " + profile_columns() + ", ceased, member_edited_fields, commune_part_code FROM organisations ";
        by_siren.prepare(select_columns + "WHERE siren = :key");
        by_siren.define_and_bind();
        by_rna.prepare(select_columns + "WHERE rna = :key");
        by_rna.define_and_bind();

        by_keys.exchange(soci::into(found_id));
        for (std::size_t i = 0; i < count; ++i)
            by_keys.exchange(soci::into(found_values[i], found_indicators[i]));
        by_keys.exchange(soci::into(found_ceased));
        by_keys.exchange(soci::into(found_edited));
        by_keys.exchange(soci::into(found_part, found_part_indicator));
        by_keys.exchange(soci::use(siren_list));
        by_keys.exchange(soci::use(rna_list));
        by_keys.alloc();
        // Two indexed lookups joined, rather than an OR that a planner may answer with a scan.
        if (sqlite)
            by_keys.prepare(select_columns + "WHERE siren IN (SELECT value FROM json_each(:sirens)) UNION ALL "
                + select_columns + "WHERE rna IN (SELECT value FROM json_each(:rnas))");
        else
            by_keys.prepare(select_columns + "WHERE siren = ANY (CAST(:sirens AS text[])) UNION ALL " + select_columns
                + "WHERE rna = ANY (CAST(:rnas AS text[]))");
        by_keys.define_and_bind();

        std::string placeholders, assignments;
        for (std::size_t i = 0; i < count; ++i) {
            placeholders += ":p" + std::to_string(i) + ", ";
            assignments += std::string(fields[i].name) + " = :p" + std::to_string(i) + ", ";
        }
        for (std::size_t i = 0; i < count; ++i)
            insert.exchange(soci::use(values[i], indicators[i]));
        insert.exchange(soci::use(part, part_indicator));
        insert.exchange(soci::use(source));
        insert.exchange(soci::use(ceased));
        insert.exchange(soci::use(now));
        insert.exchange(soci::use(now));
        insert.exchange(soci::into(inserted_id));
        insert.alloc();
        insert.prepare("INSERT INTO organisations (" + profile_columns()
            + ", commune_part_code, status, source, ceased, created_at, updated_at, member_edited_fields) VALUES ("
            + placeholders + ":part, 'publiee', :source, :ceased, :created, :updated, '[]') RETURNING id");
        insert.define_and_bind();

        // The same INSERT for many_rows rows at once: one statement (one round trip on PostgreSQL)
        // instead of many_rows. Each row has its own variables; `now` serves every row.
        many_values.resize(many_rows * count);
        many_indicators.resize(many_rows * count, soci::i_ok);
        many_sources.resize(many_rows);
        many_parts.resize(many_rows);
        many_part_indicators.resize(many_rows, soci::i_null);
        many_ceased.resize(many_rows);
        std::string rows;
        int parameter = 0;
        for (std::size_t row = 0; row < many_rows; ++row) {
            rows += row == 0 ? "(" : ", (";
            for (std::size_t i = 0; i < count; ++i) {
                insert_many.exchange(soci::use(many_values[row * count + i], many_indicators[row * count + i]));
                rows += ":m" + std::to_string(parameter++) + ", ";
            }
            insert_many.exchange(soci::use(many_parts[row], many_part_indicators[row]));
            insert_many.exchange(soci::use(many_sources[row]));
            insert_many.exchange(soci::use(many_ceased[row]));
            insert_many.exchange(soci::use(now));
            insert_many.exchange(soci::use(now));
            rows += ":m" + std::to_string(parameter) + ", 'publiee', :m" + std::to_string(parameter + 1) + ", :m"
                + std::to_string(parameter + 2) + ", :m" + std::to_string(parameter + 3) + ", :m"
                + std::to_string(parameter + 4) + ", '[]')";
            parameter += 5;
        }
        insert_many.exchange(soci::into(inserted_id));
        insert_many.alloc();
        insert_many.prepare("INSERT INTO organisations (" + profile_columns()
            + ", commune_part_code, status, source, ceased, created_at, updated_at, member_edited_fields) VALUES "
            + rows + " RETURNING id");
        insert_many.define_and_bind();

        for (std::size_t i = 0; i < count; ++i)
            update.exchange(soci::use(values[i], indicators[i]));
        update.exchange(soci::use(part, part_indicator));
        update.exchange(soci::use(ceased));
        update.exchange(soci::use(now));
        update.exchange(soci::use(id));
        update.alloc();
        update.prepare("UPDATE organisations SET " + assignments
            + "commune_part_code = :part, ceased = :ceased, updated_at = :updated WHERE id = :id");
        update.define_and_bind();
    }

    //! Steps a statement that returned its one row to its end: SQLite holds a statement that has
    //! not reached its end as in progress, and refuses to COMMIT while a writing one (INSERT …
    //! RETURNING) is. The bound variables keep the row.
    static void finish(soci::statement& statement)
    {
        while (statement.fetch()) {
        }
    }

    std::optional<StoredOrganisation> find(soci::statement& select, const std::string& value)
    {
        key = value;
        if (!select.execute(true))
            return std::nullopt;
        StoredOrganisation stored = current();
        finish(select);
        return stored;
    }

    //! The row the selects' variables hold.
    StoredOrganisation current() const
    {
        StoredOrganisation stored;
        stored.id = found_id;
        const auto& fields = profile_fields();
        for (std::size_t i = 0; i < fields.size(); ++i)
            stored.profile.*fields[i].member = found_indicators[i] == soci::i_null ? std::string() : found_values[i];
        stored.ceased = found_ceased != 0;
        stored.member_edited_fields = found_edited;
        stored.commune_part_code = found_part_indicator == soci::i_null ? std::string() : found_part;
        return stored;
    }

    //! The keys as a JSON array (SQLite's json_each) or an array literal (PostgreSQL's text[]).
    std::string key_list(const std::vector<std::string>& keys) const
    {
        std::string list(1, sqlite ? '[' : '{');
        for (const auto& value : keys) {
            if (list.size() > 1)
                list += ',';
            list += '"' + value + '"';
        }
        list += sqlite ? ']' : '}';
        return list;
    }

    void bind_many(std::size_t row, const OrganisationProfile& profile, const std::string& commune_part_code)
    {
        many_parts[row] = commune_part_code;
        many_part_indicators[row] = commune_part_code.empty() ? soci::i_null : soci::i_ok;
        const auto& fields = profile_fields();
        const std::size_t count = fields.size();
        for (std::size_t i = 0; i < count; ++i) {
            std::string& value = many_values[row * count + i];
            value = profile.*fields[i].member;
            many_indicators[row * count + i] = is_nullable(fields[i].name) && value.empty() ? soci::i_null : soci::i_ok;
        }
    }

    void bind_profile(const OrganisationProfile& profile, const std::string& commune_part_code)
    {
        part = commune_part_code;
        part_indicator = commune_part_code.empty() ? soci::i_null : soci::i_ok;
        const auto& fields = profile_fields();
        for (std::size_t i = 0; i < fields.size(); ++i) {
            values[i] = profile.*fields[i].member;
            indicators[i] = is_nullable(fields[i].name) && values[i].empty() ? soci::i_null : soci::i_ok;
        }
    }

    soci::statement by_siren;
    soci::statement by_rna;
    soci::statement by_keys;
    soci::statement insert;
    soci::statement insert_many;
    soci::statement update;
    bool sqlite;

    static constexpr std::size_t many_rows = 100;
    std::vector<std::string> many_values;
    std::vector<soci::indicator> many_indicators;
    std::vector<std::string> many_sources;
    std::vector<int> many_ceased;
    std::vector<std::string> many_parts;
    std::vector<soci::indicator> many_part_indicators;

    std::string key;
    std::string siren_list;
    std::string rna_list;
    long long found_id = 0;
    std::vector<std::string> found_values;
    std::vector<soci::indicator> found_indicators;
    int found_ceased = 0;
    std::string found_edited;
    std::string found_part;
    soci::indicator found_part_indicator = soci::i_null;

    std::vector<std::string> values;
    std::vector<soci::indicator> indicators;
    std::string part;
    soci::indicator part_indicator = soci::i_null;
    std::string source;
    int ceased = 0;
    long long now = 0;
    long long id = 0;
    long long inserted_id = 0;
};

CommuneCodes load_commune_codes(db::Session& session)
{
    CommuneCodes codes;
    std::string code, commune_code;
    soci::statement communes = (session.sql().prepare << "SELECT code FROM communes", soci::into(code));
    communes.execute();
    while (communes.fetch())
        codes.add_commune(code);
    soci::statement parts
        = (session.sql().prepare << "SELECT code, commune_code FROM commune_parts", soci::into(code), soci::into(commune_code));
    parts.execute();
    while (parts.fetch())
        codes.add_part(code, commune_code);
    return codes;
}

ImportWriter::ImportWriter(db::Session& session)
    : m_session(session), m_statements(std::make_unique<Statements>(session.sql()))
{
}

void ImportWriter::begin_batch()
{
    m_written.clear();
    pause_search_indexing(m_session);
}

void ImportWriter::end_batch()
{
    flush();
    index_organisations_and_resume(m_session, m_written);
    m_written.clear();
    prefetch({});
}

ImportWriter::~ImportWriter() = default;

namespace {

bool is_plain_key(const std::string& key)
{
    if (key.empty())
        return false;
    for (char c : key) {
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
            return false;
    }
    return true;
}

std::optional<StoredOrganisation> cached(const std::unordered_map<std::string, StoredOrganisation>& map,
    const std::string& key)
{
    auto found = map.find(key);
    if (found == map.end())
        return std::nullopt;
    return found->second;
}

} // namespace

void ImportWriter::prefetch(const RegisterKeys& keys)
{
    m_known_sirens.clear();
    m_known_rnas.clear();
    m_by_siren.clear();
    m_by_rna.clear();
    std::vector<std::string> sirens, rnas;
    for (const auto& siren : keys.sirens) {
        if (is_plain_key(siren) && m_known_sirens.insert(siren).second)
            sirens.push_back(siren);
    }
    for (const auto& rna : keys.rnas) {
        if (is_plain_key(rna) && m_known_rnas.insert(rna).second)
            rnas.push_back(rna);
    }
    if (sirens.empty() && rnas.empty())
        return;
    auto& s = *m_statements;
    s.siren_list = s.key_list(sirens);
    s.rna_list = s.key_list(rnas);
    s.by_keys.execute();
    while (s.by_keys.fetch()) {
        auto stored = s.current();
        // A row found by one identifier also answers a lookup by its other one (both are UNIQUE).
        if (!stored.profile.siren.empty()) {
            m_known_sirens.insert(stored.profile.siren);
            m_by_siren[stored.profile.siren] = stored;
        }
        if (!stored.profile.rna.empty()) {
            m_known_rnas.insert(stored.profile.rna);
            m_by_rna[stored.profile.rna] = std::move(stored);
        }
    }
}

void ImportWriter::forget(const std::string& siren, const std::string& rna, long long id)
{
    m_known_sirens.erase(siren);
    m_known_rnas.erase(rna);
    if (id == 0)
        return;
    // The row's former identifiers too: an update may have changed them.
    for (auto* map : {&m_by_siren, &m_by_rna}) {
        for (auto entry = map->begin(); entry != map->end();) {
            if (entry->second.id == id) {
                m_known_sirens.erase(entry->second.profile.siren);
                m_known_rnas.erase(entry->second.profile.rna);
                entry = map->erase(entry);
            } else {
                ++entry;
            }
        }
    }
}

std::optional<StoredOrganisation> ImportWriter::find_by_siren(const std::string& siren)
{
    if (m_pending_sirens.contains(siren))
        flush();
    if (m_known_sirens.contains(siren))
        return cached(m_by_siren, siren);
    return m_statements->find(m_statements->by_siren, siren);
}

std::optional<StoredOrganisation> ImportWriter::find_by_rna(const std::string& rna)
{
    if (m_pending_rnas.contains(rna))
        flush();
    if (m_known_rnas.contains(rna))
        return cached(m_by_rna, rna);
    return m_statements->find(m_statements->by_rna, rna);
}

void ImportWriter::insert(const OrganisationProfile& profile, const std::string& commune_part_code,
    OrganisationSource source, bool ceased, long long now)
{
    m_pending.push_back({profile, commune_part_code, std::string(source_code(source)), ceased, now});
    if (!profile.siren.empty())
        m_pending_sirens.insert(profile.siren);
    if (!profile.rna.empty())
        m_pending_rnas.insert(profile.rna);
    forget(profile.siren, profile.rna, 0);
    if (m_pending.size() >= Statements::many_rows)
        flush();
}

void ImportWriter::flush()
{
    auto& s = *m_statements;
    std::size_t next = 0;
    auto written = [&](soci::statement& statement) {
        if (!statement.execute(true))
            return;
        m_written.push_back(s.inserted_id);
        // Read to the end: SQLite refuses to commit while an INSERT … RETURNING is in progress.
        while (statement.fetch())
            m_written.push_back(s.inserted_id);
    };
    for (; m_pending.size() - next >= Statements::many_rows; next += Statements::many_rows) {
        s.now = m_pending[next].now;
        bool same_time = true;
        for (std::size_t row = 0; row < Statements::many_rows; ++row) {
            const auto& pending = m_pending[next + row];
            s.bind_many(row, pending.profile, pending.commune_part_code);
            s.many_sources[row] = pending.source;
            s.many_ceased[row] = pending.ceased ? 1 : 0;
            same_time = same_time && pending.now == s.now;
        }
        if (!same_time)
            break;  // rows of different times (not made by the importers) go one by one below
        written(s.insert_many);
    }
    for (; next < m_pending.size(); ++next) {
        const auto& pending = m_pending[next];
        s.bind_profile(pending.profile, pending.commune_part_code);
        s.source = pending.source;
        s.ceased = pending.ceased ? 1 : 0;
        s.now = pending.now;
        written(s.insert);
    }
    m_pending.clear();
    m_pending_sirens.clear();
    m_pending_rnas.clear();
}

void ImportWriter::update(
    long long id, const OrganisationProfile& profile, const std::string& commune_part_code, bool ceased, long long now)
{
    auto& s = *m_statements;
    s.bind_profile(profile, commune_part_code);
    s.ceased = ceased ? 1 : 0;
    s.now = now;
    s.id = id;
    s.update.execute(true);
    m_written.push_back(id);
    forget(profile.siren, profile.rna, id);
}

} // namespace essaim::directory
