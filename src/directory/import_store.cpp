#include "directory/import_store.hpp"

#include "db/session.hpp"

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
        : by_siren(sql), by_rna(sql), insert(sql), update(sql)
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
            select->exchange(soci::use(key));
            select->alloc();
        }
        const std::string select_columns = "SELECT id, " + profile_columns() + ", ceased, member_edited_fields FROM organisations ";
        by_siren.prepare(select_columns + "WHERE siren = :key");
        by_siren.define_and_bind();
        by_rna.prepare(select_columns + "WHERE rna = :key");
        by_rna.define_and_bind();

        std::string placeholders, assignments;
        for (std::size_t i = 0; i < count; ++i) {
            placeholders += ":p" + std::to_string(i) + ", ";
            assignments += std::string(fields[i].name) + " = :p" + std::to_string(i) + ", ";
        }
        for (std::size_t i = 0; i < count; ++i)
            insert.exchange(soci::use(values[i], indicators[i]));
        insert.exchange(soci::use(source));
        insert.exchange(soci::use(ceased));
        insert.exchange(soci::use(now));
        insert.exchange(soci::use(now));
        insert.exchange(soci::into(inserted_id));
        insert.alloc();
        insert.prepare("INSERT INTO organisations (" + profile_columns()
            + ", status, source, ceased, created_at, updated_at, member_edited_fields) VALUES (" + placeholders
            + "'publiee', :source, :ceased, :created, :updated, '[]') RETURNING id");
        insert.define_and_bind();

        for (std::size_t i = 0; i < count; ++i)
            update.exchange(soci::use(values[i], indicators[i]));
        update.exchange(soci::use(ceased));
        update.exchange(soci::use(now));
        update.exchange(soci::use(id));
        update.alloc();
        update.prepare("UPDATE organisations SET " + assignments + "ceased = :ceased, updated_at = :updated WHERE id = :id");
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
        StoredOrganisation stored;
        stored.id = found_id;
        const auto& fields = profile_fields();
        for (std::size_t i = 0; i < fields.size(); ++i)
            stored.profile.*fields[i].member = found_indicators[i] == soci::i_null ? std::string() : found_values[i];
        stored.ceased = found_ceased != 0;
        stored.member_edited_fields = found_edited;
        finish(select);
        return stored;
    }

    void bind_profile(const OrganisationProfile& profile)
    {
        const auto& fields = profile_fields();
        for (std::size_t i = 0; i < fields.size(); ++i) {
            values[i] = profile.*fields[i].member;
            indicators[i] = is_nullable(fields[i].name) && values[i].empty() ? soci::i_null : soci::i_ok;
        }
    }

    soci::statement by_siren;
    soci::statement by_rna;
    soci::statement insert;
    soci::statement update;

    std::string key;
    long long found_id = 0;
    std::vector<std::string> found_values;
    std::vector<soci::indicator> found_indicators;
    int found_ceased = 0;
    std::string found_edited;

    std::vector<std::string> values;
    std::vector<soci::indicator> indicators;
    std::string source;
    int ceased = 0;
    long long now = 0;
    long long id = 0;
    long long inserted_id = 0;
};

std::unordered_set<std::string> load_commune_codes(db::Session& session)
{
    std::unordered_set<std::string> codes;
    std::string code;
    soci::statement statement = (session.sql().prepare << "SELECT code FROM communes", soci::into(code));
    statement.execute();
    while (statement.fetch())
        codes.insert(code);
    return codes;
}

ImportWriter::ImportWriter(db::Session& session) : m_statements(std::make_unique<Statements>(session.sql())) {}

ImportWriter::~ImportWriter() = default;

std::optional<StoredOrganisation> ImportWriter::find_by_siren(const std::string& siren)
{
    return m_statements->find(m_statements->by_siren, siren);
}

std::optional<StoredOrganisation> ImportWriter::find_by_rna(const std::string& rna)
{
    return m_statements->find(m_statements->by_rna, rna);
}

long long ImportWriter::insert(const OrganisationProfile& profile, OrganisationSource source, bool ceased, long long now)
{
    auto& s = *m_statements;
    s.bind_profile(profile);
    s.source = std::string(source_code(source));
    s.ceased = ceased ? 1 : 0;
    s.now = now;
    s.insert.execute(true);
    const long long id = s.inserted_id;
    Statements::finish(s.insert);
    return id;
}

void ImportWriter::update(long long id, const OrganisationProfile& profile, bool ceased, long long now)
{
    auto& s = *m_statements;
    s.bind_profile(profile);
    s.ceased = ceased ? 1 : 0;
    s.now = now;
    s.id = id;
    s.update.execute(true);
}

} // namespace essaim::directory
