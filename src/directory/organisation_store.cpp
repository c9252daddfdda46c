#include "directory/organisation_store.hpp"

#include "db/session.hpp"
#include "directory/changes.hpp"

#include <array>
#include <soci/soci.h>

namespace essaim::directory {

namespace {

// The profile's text columns are named after its fields. Identifiers and codes are NULL when
// empty (SIREN and RNA are UNIQUE, and NULLs never collide); free text is stored as ''.
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

//! Values and NULL indicators of one profile, for statements that bind every profile column.
struct ProfileBinding {
    explicit ProfileBinding(const OrganisationProfile& profile)
    {
        const auto& fields = profile_fields();
        values.resize(fields.size());
        indicators.resize(fields.size());
        for (std::size_t i = 0; i < fields.size(); ++i) {
            values[i] = profile.*fields[i].member;
            indicators[i] = is_nullable(fields[i].name) && values[i].empty() ? soci::i_null : soci::i_ok;
        }
    }
    void bind(soci::statement& statement)
    {
        for (std::size_t i = 0; i < values.size(); ++i)
            statement.exchange(soci::use(values[i], indicators[i]));
    }
    std::vector<std::string> values;
    std::vector<soci::indicator> indicators;
};

void insert_actor_types(db::Session& session, long long id, const std::vector<std::string>& types)
{
    for (const auto& type : types) {
        session.sql() << "INSERT INTO organisation_actor_types (organisation_id, actor_type) VALUES (:id, :type)",
            soci::use(id), soci::use(type);
    }
}

std::vector<std::string> load_actor_types(db::Session& session, long long id)
{
    std::vector<std::string> found;
    std::string type;
    soci::statement statement = (session.sql().prepare
            << "SELECT actor_type FROM organisation_actor_types WHERE organisation_id = :id",
        soci::use(id), soci::into(type));
    statement.execute();
    while (statement.fetch())
        found.push_back(type);
    // In the list's order, as the form keeps them.
    std::vector<std::string> ordered;
    for (const auto& known : actor_types()) {
        for (const auto& code : found) {
            if (code == known.code)
                ordered.push_back(code);
        }
    }
    return ordered;
}

std::optional<long long> find_id(db::Session& session, const std::string& column, const std::string& value,
    long long except_id)
{
    long long id = 0;
    // `column` is one of two literals chosen by the callers below, never input.
    session.sql() << "SELECT id FROM organisations WHERE " + column + " = :value AND id <> :except",
        soci::use(value), soci::use(except_id), soci::into(id);
    if (!session.sql().got_data())
        return std::nullopt;
    return id;
}

} // namespace

std::optional<Organisation> find_organisation(db::Session& session, long long id)
{
    const auto& fields = profile_fields();
    std::vector<std::string> values(fields.size());
    std::vector<soci::indicator> indicators(fields.size(), soci::i_ok);
    std::string status, source, edited;
    int ceased = 0;
    Organisation organisation;
    soci::indicator reason_indicator = soci::i_ok, created_by_indicator = soci::i_ok;

    soci::statement statement(session.sql());
    for (std::size_t i = 0; i < fields.size(); ++i)
        statement.exchange(soci::into(values[i], indicators[i]));
    statement.exchange(soci::into(status));
    statement.exchange(soci::into(organisation.refusal_reason, reason_indicator));
    statement.exchange(soci::into(source));
    statement.exchange(soci::into(ceased));
    statement.exchange(soci::into(organisation.created_at));
    statement.exchange(soci::into(organisation.updated_at));
    statement.exchange(soci::into(organisation.created_by, created_by_indicator));
    statement.exchange(soci::into(edited));
    statement.exchange(soci::use(id));
    statement.alloc();
    statement.prepare("SELECT " + profile_columns()
        + ", status, refusal_reason, source, ceased, created_at, updated_at, created_by, member_edited_fields "
          "FROM organisations WHERE id = :id");
    statement.define_and_bind();
    if (!statement.execute(true))
        return std::nullopt;

    organisation.id = id;
    for (std::size_t i = 0; i < fields.size(); ++i)
        organisation.profile.*fields[i].member = indicators[i] == soci::i_null ? std::string() : values[i];
    status_from_code(status, organisation.status);
    source_from_code(source, organisation.source);
    organisation.ceased = ceased != 0;
    if (reason_indicator == soci::i_null)
        organisation.refusal_reason.clear();
    if (created_by_indicator == soci::i_null)
        organisation.created_by = 0;
    organisation.member_edited_fields = parse_edited_fields(edited);
    organisation.profile.actor_types = load_actor_types(session, id);
    return organisation;
}

void lock_organisation(db::Session& session, long long id)
{
    if (session.is_sqlite())
        return;
    long long found = 0;
    session.sql() << "SELECT id FROM organisations WHERE id = :id FOR UPDATE", soci::use(id), soci::into(found);
}

std::optional<long long> insert_organisation(db::Session& session, const Organisation& organisation)
{
    ProfileBinding profile(organisation.profile);
    std::string status(status_code(organisation.status));
    std::string source(source_code(organisation.source));
    int ceased = organisation.ceased ? 1 : 0;
    long long created_by = organisation.created_by;
    soci::indicator created_by_indicator = created_by != 0 ? soci::i_ok : soci::i_null;
    std::string edited = edited_fields_json(organisation.member_edited_fields);
    long long id = 0;

    std::string placeholders;
    for (std::size_t i = 0; i < profile.values.size(); ++i)
        placeholders += ":p" + std::to_string(i) + ", ";
    soci::statement statement(session.sql());
    profile.bind(statement);
    statement.exchange(soci::use(status));
    statement.exchange(soci::use(organisation.refusal_reason));
    statement.exchange(soci::use(source));
    statement.exchange(soci::use(ceased));
    statement.exchange(soci::use(organisation.created_at));
    statement.exchange(soci::use(organisation.updated_at));
    statement.exchange(soci::use(created_by, created_by_indicator));
    statement.exchange(soci::use(edited));
    statement.exchange(soci::into(id));
    statement.alloc();
    // ON CONFLICT without a target covers both unique identifiers: a taken SIREN or RNA inserts nothing.
    statement.prepare("INSERT INTO organisations (" + profile_columns()
        + ", status, refusal_reason, source, ceased, created_at, updated_at, created_by, member_edited_fields) VALUES ("
        + placeholders + ":status, :reason, :source, :ceased, :created, :updated, :by, :edited) "
          "ON CONFLICT DO NOTHING RETURNING id");
    statement.define_and_bind();
    if (!statement.execute(true))
        return std::nullopt;
    insert_actor_types(session, id, organisation.profile.actor_types);
    return id;
}

void update_organisation(db::Session& session, const Organisation& organisation)
{
    ProfileBinding profile(organisation.profile);
    std::string status(status_code(organisation.status));
    std::string edited = edited_fields_json(organisation.member_edited_fields);
    long long id = organisation.id;

    std::string assignments;
    const auto& fields = profile_fields();
    for (std::size_t i = 0; i < fields.size(); ++i)
        assignments += std::string(fields[i].name) + " = :p" + std::to_string(i) + ", ";
    soci::statement statement(session.sql());
    profile.bind(statement);
    // The part of a commune a register named (an arrondissement, a commune déléguée) goes with
    // that commune: another commune has none. SET reads the row's former values.
    const std::string& commune_code = organisation.profile.commune_code;
    statement.exchange(soci::use(commune_code));
    statement.exchange(soci::use(status));
    statement.exchange(soci::use(organisation.refusal_reason));
    statement.exchange(soci::use(organisation.updated_at));
    statement.exchange(soci::use(edited));
    statement.exchange(soci::use(id));
    statement.alloc();
    statement.prepare("UPDATE organisations SET " + assignments
        + "commune_part_code = CASE WHEN commune_code = :commune THEN commune_part_code ELSE NULL END, "
          "status = :status, refusal_reason = :reason, updated_at = :updated, member_edited_fields = :edited "
          "WHERE id = :id");
    statement.define_and_bind();
    statement.execute(true);

    session.sql() << "DELETE FROM organisation_actor_types WHERE organisation_id = :id", soci::use(id);
    insert_actor_types(session, id, organisation.profile.actor_types);
}

void record_moderation(db::Session& session, long long id, OrganisationStatus status, const std::string& refusal_reason,
    long long at, long long moderator_user_id)
{
    std::string code(status_code(status));
    session.sql() << "UPDATE organisations SET status = :status, refusal_reason = :reason, moderated_at = :at, "
                     "moderated_by = :by, updated_at = :updated WHERE id = :id",
        soci::use(code), soci::use(refusal_reason), soci::use(at), soci::use(moderator_user_id), soci::use(at),
        soci::use(id);
}

std::optional<long long> organisation_with_siren(db::Session& session, const std::string& siren, long long except_id)
{
    return find_id(session, "siren", siren, except_id);
}

std::optional<long long> organisation_with_rna(db::Session& session, const std::string& rna, long long except_id)
{
    return find_id(session, "rna", rna, except_id);
}

void add_owner(db::Session& session, long long organisation_id, long long user_id)
{
    session.sql() << "INSERT INTO organisation_memberships (organisation_id, user_id, role) VALUES (:organisation, "
                     ":user, 'owner') ON CONFLICT (organisation_id, user_id) DO UPDATE SET role = 'owner'",
        soci::use(organisation_id), soci::use(user_id);
}

std::vector<std::string> owner_emails(db::Session& session, long long organisation_id)
{
    std::vector<std::string> emails;
    std::string email;
    soci::statement statement = (session.sql().prepare
            << "SELECT u.email FROM organisation_memberships m JOIN users u ON u.id = m.user_id "
               "WHERE m.organisation_id = :id AND m.role = 'owner' ORDER BY u.email",
        soci::use(organisation_id), soci::into(email));
    statement.execute();
    while (statement.fetch())
        emails.push_back(email);
    return emails;
}

std::optional<CommunePlace> find_commune(db::Session& session, const std::string& code)
{
    CommunePlace place;
    session.sql() << "SELECT c.code, c.name, d.code, d.name FROM communes c JOIN departments d ON d.code = c.department_code "
                     "WHERE c.code = :code",
        soci::use(code), soci::into(place.code), soci::into(place.name), soci::into(place.department_code),
        soci::into(place.department_name);
    if (!session.sql().got_data())
        return std::nullopt;
    return place;
}

void insert_revision(db::Session& session, long long organisation_id, long long at, long long actor_user_id,
    const std::string& changes_json)
{
    soci::indicator actor_indicator = actor_user_id != 0 ? soci::i_ok : soci::i_null;
    session.sql() << "INSERT INTO organisation_revisions (organisation_id, at, actor_user_id, changes_json) "
                     "VALUES (:organisation, :at, :actor, :changes)",
        soci::use(organisation_id), soci::use(at), soci::use(actor_user_id, actor_indicator), soci::use(changes_json);
}

std::vector<RevisionRow> list_revisions(db::Session& session, long long organisation_id, int limit)
{
    std::vector<RevisionRow> rows;
    RevisionRow row;
    soci::indicator actor_indicator = soci::i_ok, name_indicator = soci::i_ok;
    soci::statement statement = (session.sql().prepare
            << "SELECT r.id, r.at, r.actor_user_id, u.display_name, r.changes_json FROM organisation_revisions r "
               "LEFT JOIN users u ON u.id = r.actor_user_id WHERE r.organisation_id = :id ORDER BY r.id DESC LIMIT :limit",
        soci::use(organisation_id), soci::use(limit), soci::into(row.id), soci::into(row.at),
        soci::into(row.actor_user_id, actor_indicator), soci::into(row.actor_name, name_indicator),
        soci::into(row.changes_json));
    statement.execute();
    while (statement.fetch()) {
        RevisionRow copy = row;
        if (actor_indicator == soci::i_null)
            copy.actor_user_id = 0;
        if (name_indicator == soci::i_null)
            copy.actor_name.clear();
        rows.push_back(std::move(copy));
    }
    return rows;
}

std::vector<PendingOrganisation> list_pending(db::Session& session, int limit)
{
    std::vector<PendingOrganisation> rows;
    PendingOrganisation row;
    soci::indicator siren_indicator = soci::i_ok, code_indicator = soci::i_ok, commune_indicator = soci::i_ok,
                    email_indicator = soci::i_ok;
    soci::statement statement = (session.sql().prepare
            << "SELECT o.id, o.name, o.siren, o.commune_code, c.name, o.created_at, u.email FROM organisations o "
               "LEFT JOIN communes c ON c.code = o.commune_code LEFT JOIN users u ON u.id = o.created_by "
               "WHERE o.status = 'en_attente' ORDER BY o.created_at, o.id LIMIT :limit",
        soci::use(limit), soci::into(row.id), soci::into(row.name), soci::into(row.siren, siren_indicator),
        soci::into(row.commune_code, code_indicator), soci::into(row.commune_name, commune_indicator),
        soci::into(row.created_at), soci::into(row.creator_email, email_indicator));
    statement.execute();
    while (statement.fetch()) {
        PendingOrganisation copy = row;
        if (siren_indicator == soci::i_null)
            copy.siren.clear();
        if (code_indicator == soci::i_null)
            copy.commune_code.clear();
        if (commune_indicator == soci::i_null)
            copy.commune_name.clear();
        if (email_indicator == soci::i_null)
            copy.creator_email.clear();
        rows.push_back(std::move(copy));
    }
    return rows;
}

long long count_pending(db::Session& session)
{
    long long count = 0;
    session.sql() << "SELECT COUNT(*) FROM organisations WHERE status = 'en_attente'", soci::into(count);
    return count;
}

long long count_organisations(db::Session& session)
{
    long long count = 0;
    session.sql() << "SELECT COUNT(*) FROM organisations", soci::into(count);
    return count;
}

} // namespace essaim::directory
