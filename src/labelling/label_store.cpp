#include "labelling/label_store.hpp"

#include "db/collation.hpp"
#include "db/session.hpp"
#include "db/statement_parameters.hpp"

#include <soci/soci.h>

#include <algorithm>

namespace essaim::labelling {

namespace {

soci::indicator null_if_empty(const std::string& value) { return value.empty() ? soci::i_null : soci::i_ok; }
soci::indicator null_if_zero(long long value) { return value == 0 ? soci::i_null : soci::i_ok; }

// Every label with its holder's name and SIREN, its territory's name and its region, as the
// columns read by read_label(); a derived table `x` the callers filter.
std::string labels_table(db::Session& session)
{
    auto territory = db::in_reference_collation(session, "l.territory_code");
    return "(SELECT l.id AS id, l.code AS code, l.category AS category, l.organisation_id AS organisation_id, "
           "o.name AS holder, COALESCE(o.siren, '') AS siren, COALESCE(l.territory_kind, '') AS territory_kind, "
           "COALESCE(l.territory_code, '') AS territory_code, "
           "COALESCE(tr.name, td.name, tc.name, '') AS territory_name, "
           "COALESCE(CASE WHEN l.territory_kind = 'region' THEN "
        + territory
        + " WHEN l.territory_kind = 'departement' THEN td.region_code "
          "WHEN l.territory_kind = 'commune' THEN tc.region_code END, oc.region_code, '') AS region, "
          "COALESCE(l.call_id, 0) AS call_id, COALESCE(l.dossier_id, 0) AS dossier_id, l.granted_on AS granted_on, "
          "l.expires_on AS expires_on, l.state AS state, COALESCE(l.withdrawn_at, 0) AS withdrawn_at, "
          "COALESCE(l.withdrawn_by, 0) AS withdrawn_by, l.withdrawal_motivation AS withdrawal_motivation, "
          "COALESCE(l.reminded_90_at, 0) AS reminded_90_at, COALESCE(l.reminded_30_at, 0) AS reminded_30_at, "
          "l.created_at AS created_at, COALESCE(oc.department_code, '') AS organisation_department, "
          "COALESCE(td.code, tc.department_code, '') AS territory_department "
          "FROM labels l JOIN organisations o ON o.id = l.organisation_id "
          "LEFT JOIN regions tr ON l.territory_kind = 'region' AND tr.code = "
        + territory + " LEFT JOIN departments td ON l.territory_kind = 'departement' AND td.code = " + territory
        + " LEFT JOIN communes tc ON l.territory_kind = 'commune' AND tc.code = " + territory
        + " LEFT JOIN communes oc ON oc.code = " + db::in_reference_collation(session, "o.commune_code") + ") x";
}

const char* label_columns = "x.id, x.code, x.category, x.organisation_id, x.holder, x.siren, x.territory_kind, "
                            "x.territory_code, x.territory_name, x.region, x.call_id, x.dossier_id, x.granted_on, "
                            "x.expires_on, x.state, x.withdrawn_at, x.withdrawn_by, x.withdrawal_motivation, "
                            "x.reminded_90_at, x.reminded_30_at, x.created_at";

using Parameters = db::StatementParameters;

//! A label row and the variables it is read into.
struct Row {
    Label label;
    std::string category;
    std::string state;

    void bind(soci::statement& statement)
    {
        statement.exchange(soci::into(label.id));
        statement.exchange(soci::into(label.code));
        statement.exchange(soci::into(category));
        statement.exchange(soci::into(label.organisation_id));
        statement.exchange(soci::into(label.organisation_name));
        statement.exchange(soci::into(label.siren));
        statement.exchange(soci::into(label.territory_kind));
        statement.exchange(soci::into(label.territory_code));
        statement.exchange(soci::into(label.territory_name));
        statement.exchange(soci::into(label.region_code));
        statement.exchange(soci::into(label.call_id));
        statement.exchange(soci::into(label.dossier_id));
        statement.exchange(soci::into(label.granted_on));
        statement.exchange(soci::into(label.expires_on));
        statement.exchange(soci::into(state));
        statement.exchange(soci::into(label.withdrawn_at));
        statement.exchange(soci::into(label.withdrawn_by));
        statement.exchange(soci::into(label.withdrawal_motivation));
        statement.exchange(soci::into(label.reminded_90_at));
        statement.exchange(soci::into(label.reminded_30_at));
        statement.exchange(soci::into(label.created_at));
    }
    Label take() const
    {
        Label copy = label;
        category_from_code(category, copy.category);
        copy.withdrawn = state == "retire";
        return copy;
    }
};

//! Runs `sql` (selecting label_columns) and answers its labels.
std::vector<Label> read_labels(db::Session& session, const std::string& sql, Parameters& parameters)
{
    std::vector<Label> labels;
    Row row;
    soci::statement statement(session.sql());
    row.bind(statement);
    parameters.bind(statement);
    statement.alloc();
    statement.prepare(sql);
    statement.define_and_bind();
    statement.execute(false);
    while (statement.fetch())
        labels.push_back(row.take());
    return labels;
}

// The WHERE clause of a filter (on `x`), with `skip_region` for the map's counts.
std::string where(const LabelFilter& filter, Parameters& parameters, bool skip_region)
{
    std::string sql = " WHERE 1 = 1";
    if (!filter.category.empty())
        sql += " AND x.category = " + parameters.add(filter.category);
    if (!skip_region && !filter.region.empty())
        sql += " AND x.region = " + parameters.add(filter.region);
    LabelStatus status;
    if (!filter.status.empty() && label_status_from_code(filter.status, status)) {
        switch (status) {
        case LabelStatus::Current:
            sql += " AND x.state = 'actif' AND x.expires_on >= " + parameters.add(filter.today);
            break;
        case LabelStatus::Expired:
            sql += " AND x.state = 'actif' AND x.expires_on < " + parameters.add(filter.today);
            break;
        case LabelStatus::Withdrawn: sql += " AND x.state = 'retire'"; break;
        }
    }
    return sql;
}

} // namespace

int call_label_years(db::Session& session, long long call_id)
{
    int years = 3;
    soci::indicator indicator = soci::i_null;
    session.sql() << "SELECT label_years FROM calls WHERE id = :id", soci::use(call_id), soci::into(years, indicator);
    return session.sql().got_data() && indicator == soci::i_ok && years > 0 ? years : 3;
}

LabelCategory call_category(db::Session& session, long long call_id)
{
    std::string code;
    session.sql() << "SELECT category FROM calls WHERE id = :id", soci::use(call_id), soci::into(code);
    LabelCategory category = LabelCategory::Incubateur;
    category_from_code(code, category);
    return category;
}

bool label_code_exists(db::Session& session, const std::string& code)
{
    int count = 0;
    session.sql() << "SELECT COUNT(*) FROM labels WHERE code = :code", soci::use(code), soci::into(count);
    return count > 0;
}

long long insert_label(db::Session& session, const Label& label)
{
    // SOCI binds indicators by reference: they and the values they describe are locals.
    Label row = label;
    std::string category(category_code(row.category));
    std::string state = row.withdrawn ? "retire" : "actif";
    soci::indicator kind_ind = null_if_empty(row.territory_kind), code_ind = null_if_empty(row.territory_code),
                    call_ind = null_if_zero(row.call_id), dossier_ind = null_if_zero(row.dossier_id);
    long long id = 0;
    session.sql() << "INSERT INTO labels (code, category, organisation_id, territory_kind, territory_code, call_id, "
                     "dossier_id, granted_on, expires_on, state, created_at) VALUES (:code, :category, :organisation, "
                     ":kind, :territory, :call, :dossier, :granted, :expires, :state, :created) RETURNING id",
        soci::use(row.code), soci::use(category), soci::use(row.organisation_id), soci::use(row.territory_kind, kind_ind),
        soci::use(row.territory_code, code_ind), soci::use(row.call_id, call_ind), soci::use(row.dossier_id, dossier_ind),
        soci::use(row.granted_on), soci::use(row.expires_on), soci::use(state), soci::use(row.created_at),
        soci::into(id);
    return id;
}

std::optional<Label> find_label(db::Session& session, long long id)
{
    Parameters parameters;
    auto sql = std::string("SELECT ") + label_columns + " FROM " + labels_table(session)
        + " WHERE x.id = " + parameters.add(id);
    auto labels = read_labels(session, sql, parameters);
    if (labels.empty())
        return std::nullopt;
    return labels.front();
}

long long find_label_id_by_code(db::Session& session, const std::string& code)
{
    long long id = 0;
    session.sql() << "SELECT id FROM labels WHERE code = :code", soci::use(code), soci::into(id);
    return session.sql().got_data() ? id : 0;
}

long long count_labels(db::Session& session, const LabelFilter& filter)
{
    Parameters parameters;
    auto sql = "SELECT COUNT(*) FROM " + labels_table(session) + where(filter, parameters, false);
    long long count = 0;
    soci::statement statement(session.sql());
    statement.exchange(soci::into(count));
    parameters.bind(statement);
    statement.alloc();
    statement.prepare(sql);
    statement.define_and_bind();
    statement.execute(true);
    return count;
}

std::vector<Label> list_labels(db::Session& session, const LabelFilter& filter, int limit, int offset)
{
    Parameters parameters;
    auto sql = std::string("SELECT ") + label_columns + " FROM " + labels_table(session) + where(filter, parameters, false)
        + " ORDER BY x.granted_on DESC, x.id DESC LIMIT " + parameters.add(static_cast<long long>(std::max(limit, 0)))
        + " OFFSET " + parameters.add(static_cast<long long>(std::max(offset, 0)));
    return read_labels(session, sql, parameters);
}

std::vector<std::pair<std::string, long long>> count_labels_by_region(db::Session& session, const LabelFilter& filter)
{
    Parameters parameters;
    auto sql = "SELECT x.region, COUNT(*) FROM " + labels_table(session) + where(filter, parameters, true)
        + " AND x.region <> '' GROUP BY x.region ORDER BY x.region";
    std::vector<std::pair<std::string, long long>> counts;
    std::string region;
    long long count = 0;
    soci::statement statement(session.sql());
    statement.exchange(soci::into(region));
    statement.exchange(soci::into(count));
    parameters.bind(statement);
    statement.alloc();
    statement.prepare(sql);
    statement.define_and_bind();
    statement.execute(false);
    while (statement.fetch())
        counts.emplace_back(region, count);
    return counts;
}

std::vector<Label> all_labels(db::Session& session)
{
    Parameters parameters;
    auto sql = std::string("SELECT ") + label_columns + " FROM " + labels_table(session) + " ORDER BY x.id";
    return read_labels(session, sql, parameters);
}

void mark_label_withdrawn(db::Session& session, long long id, long long at, long long by, const std::string& motivation)
{
    soci::indicator by_ind = null_if_zero(by);
    session.sql() << "UPDATE labels SET state = 'retire', withdrawn_at = :at, withdrawn_by = :by, "
                     "withdrawal_motivation = :motivation WHERE id = :id",
        soci::use(at, "at"), soci::use(by, by_ind, "by"), soci::use(motivation, "motivation"), soci::use(id, "id");
}

std::vector<std::string> organisation_owner_emails(db::Session& session, long long organisation_id)
{
    std::vector<std::string> emails;
    std::string email;
    soci::statement owners = (session.sql().prepare
            << "SELECT u.email FROM organisation_memberships m JOIN users u ON u.id = m.user_id "
               "WHERE m.organisation_id = :organisation AND m.role = 'owner' ORDER BY u.email",
        soci::use(organisation_id), soci::into(email));
    owners.execute();
    while (owners.fetch())
        emails.push_back(email);
    return emails;
}

std::vector<Label> labels_to_remind(db::Session& session, const std::string& today, const std::string& last_day, int days)
{
    Parameters parameters;
    std::string column = days == 30 ? "x.reminded_30_at" : "x.reminded_90_at";
    auto sql = std::string("SELECT ") + label_columns + " FROM " + labels_table(session)
        + " WHERE x.state = 'actif' AND x.expires_on >= " + parameters.add(today) + " AND x.expires_on <= "
        + parameters.add(last_day) + " AND " + column + " = 0 ORDER BY x.id";
    return read_labels(session, sql, parameters);
}

void mark_label_reminded(db::Session& session, long long id, int days, long long at)
{
    if (days == 30)
        session.sql() << "UPDATE labels SET reminded_30_at = :at WHERE id = :id", soci::use(at, "at"), soci::use(id, "id");
    else
        session.sql() << "UPDATE labels SET reminded_90_at = :at WHERE id = :id", soci::use(at, "at"), soci::use(id, "id");
}

long long open_renewal_dossier(db::Session& session, long long label_id)
{
    long long id = 0;
    session.sql() << "SELECT id FROM dossiers WHERE renewal_of_label_id = :label AND state IN ('brouillon', 'depose', "
                     "'en_instruction', 'complements_demandes', 'en_comite') ORDER BY id DESC LIMIT 1",
        soci::use(label_id), soci::into(id);
    return session.sql().got_data() ? id : 0;
}

bool has_open_renewal(db::Session& session, long long label_id) { return open_renewal_dossier(session, label_id) != 0; }

std::string dossier_answers_json(db::Session& session, long long dossier_id)
{
    std::string answers = "{}";
    session.sql() << "SELECT answers_json FROM dossiers WHERE id = :id", soci::use(dossier_id), soci::into(answers);
    return session.sql().got_data() ? answers : std::string("{}");
}

std::vector<Label> current_labels_in_territory(
    db::Session& session, LabelTerritoryLevel level, const std::string& code, const std::string& today, int limit)
{
    Parameters parameters;
    std::string sql = std::string("SELECT ") + label_columns + " FROM " + labels_table(session)
        + " WHERE x.state = 'actif' AND x.expires_on >= " + parameters.add(today);
    if (level == LabelTerritoryLevel::Region) {
        sql += " AND x.region = " + parameters.add(code);
    } else {
        // A territory label counts for the department when it is the department or one of its
        // communes; a structure when its commune is in the department.
        sql += " AND ((x.territory_kind <> '' AND x.territory_department = " + parameters.add(code)
            + ") OR (x.territory_kind = '' AND x.organisation_department = " + parameters.add(code) + "))";
    }
    sql += " ORDER BY CASE WHEN x.category = 'territoire' THEN 0 ELSE 1 END, x.holder, x.id LIMIT "
        + parameters.add(static_cast<long long>(limit));
    return read_labels(session, sql, parameters);
}

} // namespace essaim::labelling
