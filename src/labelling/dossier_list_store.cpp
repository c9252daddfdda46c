#include "labelling/dossier_list_store.hpp"

#include "db/session.hpp"

#include <soci/soci.h>

namespace essaim::labelling {

namespace {

constexpr const char* select_rows
    = "SELECT d.id, d.call_id, c.title, d.organisation_id, o.name, o.siren, d.state, d.instructor_id, u.display_name, "
      "d.created_at, d.updated_at, d.deposited_at, d.decided_at, "
      "(SELECT COUNT(*) FROM reviews r WHERE r.dossier_id = d.id AND r.state = 'rendu'), "
      "(SELECT COUNT(*) FROM reviews r WHERE r.dossier_id = d.id AND r.state IN ('demande', 'rendu')), "
      "d.form_id, d.answers_json, d.territory_kind, d.territory_code "
      "FROM dossiers d JOIN calls c ON c.id = d.call_id JOIN organisations o ON o.id = d.organisation_id "
      "LEFT JOIN users u ON u.id = d.instructor_id ";

struct RowBuffer {
    DossierRow row;
    std::string state, siren, instructor_name, territory_kind, territory_code;
    long long instructor = 0, deposited = 0, decided = 0;
    soci::indicator siren_ind = soci::i_ok, instructor_ind = soci::i_ok, name_ind = soci::i_ok,
                    deposited_ind = soci::i_ok, decided_ind = soci::i_ok, kind_ind = soci::i_ok, code_ind = soci::i_ok;

    void bind(soci::statement& statement)
    {
        statement.exchange(soci::into(row.id));
        statement.exchange(soci::into(row.call_id));
        statement.exchange(soci::into(row.call_title));
        statement.exchange(soci::into(row.organisation_id));
        statement.exchange(soci::into(row.organisation_name));
        statement.exchange(soci::into(siren, siren_ind));
        statement.exchange(soci::into(state));
        statement.exchange(soci::into(instructor, instructor_ind));
        statement.exchange(soci::into(instructor_name, name_ind));
        statement.exchange(soci::into(row.created_at));
        statement.exchange(soci::into(row.updated_at));
        statement.exchange(soci::into(deposited, deposited_ind));
        statement.exchange(soci::into(decided, decided_ind));
        statement.exchange(soci::into(row.opinions_given));
        statement.exchange(soci::into(row.opinions_expected));
        statement.exchange(soci::into(row.form_id));
        statement.exchange(soci::into(row.answers_json));
        statement.exchange(soci::into(territory_kind, kind_ind));
        statement.exchange(soci::into(territory_code, code_ind));
    }

    DossierRow value() const
    {
        auto copy = row;
        copy.siren = siren_ind == soci::i_null ? std::string() : siren;
        state_from_code(state, copy.state);
        copy.instructor_id = instructor_ind == soci::i_null ? 0 : instructor;
        copy.instructor_name = name_ind == soci::i_null ? std::string() : instructor_name;
        copy.deposited_at = deposited_ind == soci::i_null ? 0 : deposited;
        copy.decided_at = decided_ind == soci::i_null ? 0 : decided;
        copy.territory_kind = kind_ind == soci::i_null ? std::string() : territory_kind;
        copy.territory_code = code_ind == soci::i_null ? std::string() : territory_code;
        return copy;
    }
};

} // namespace

std::vector<DossierRow> member_dossiers(db::Session& session, long long user_id)
{
    std::vector<DossierRow> rows;
    RowBuffer buffer;
    soci::statement statement(session.sql());
    buffer.bind(statement);
    statement.exchange(soci::use(user_id));
    statement.alloc();
    statement.prepare(std::string(select_rows)
        + "WHERE d.organisation_id IN (SELECT organisation_id FROM organisation_memberships WHERE user_id = :user) "
          "ORDER BY d.id DESC");
    statement.define_and_bind();
    statement.execute();
    while (statement.fetch())
        rows.push_back(buffer.value());
    return rows;
}

std::vector<DossierRow> staff_dossiers(db::Session& session, long long user_id, bool all_calls, const StaffFilter& filter)
{
    std::vector<DossierRow> rows;
    RowBuffer buffer;
    int all = all_calls ? 1 : 0;
    long long call = filter.call_id;
    std::string state = filter.state;
    soci::statement statement(session.sql());
    buffer.bind(statement);
    statement.exchange(soci::use(all, "all_calls"));
    statement.exchange(soci::use(user_id, "user"));
    statement.exchange(soci::use(call, "call"));
    statement.exchange(soci::use(state, "state"));
    statement.alloc();
    statement.prepare(std::string(select_rows)
        + "WHERE d.state <> 'brouillon' "
          "AND (:all_calls = 1 OR d.instructor_id = :user "
          "OR EXISTS (SELECT 1 FROM call_instructors ci WHERE ci.call_id = d.call_id AND ci.user_id = :user)) "
          "AND (:call = 0 OR d.call_id = :call) AND (:state = '' OR d.state = :state) "
          "ORDER BY d.deposited_at, d.id");
    statement.define_and_bind();
    statement.execute();
    while (statement.fetch())
        rows.push_back(buffer.value());
    return rows;
}

std::vector<DossierRow> call_export_rows(db::Session& session, long long call_id)
{
    std::vector<DossierRow> rows;
    RowBuffer buffer;
    soci::statement statement(session.sql());
    buffer.bind(statement);
    statement.exchange(soci::use(call_id));
    statement.alloc();
    statement.prepare(std::string(select_rows) + "WHERE d.call_id = :call AND d.state <> 'brouillon' ORDER BY d.id");
    statement.define_and_bind();
    statement.execute();
    while (statement.fetch())
        rows.push_back(buffer.value());
    return rows;
}

std::vector<CallOption> staff_calls(db::Session& session, long long user_id, bool all_calls)
{
    std::vector<CallOption> calls;
    int all = all_calls ? 1 : 0;
    long long id = 0;
    std::string title;
    soci::statement statement = (session.sql().prepare
            << "SELECT c.id, c.title FROM calls c WHERE :all_calls = 1 OR EXISTS "
               "(SELECT 1 FROM call_instructors ci WHERE ci.call_id = c.id AND ci.user_id = :user) ORDER BY c.title, c.id",
        soci::use(all, "all_calls"), soci::use(user_id, "user"), soci::into(id), soci::into(title));
    statement.execute();
    while (statement.fetch())
        calls.push_back(CallOption{id, title});
    return calls;
}

} // namespace essaim::labelling
