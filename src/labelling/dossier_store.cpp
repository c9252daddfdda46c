#include "labelling/dossier_store.hpp"

#include "db/session.hpp"

#include <soci/soci.h>

namespace essaim::labelling {

namespace {

// NULL columns read as "" or 0.
std::string text_or_empty(const std::string& value, soci::indicator indicator)
{
    return indicator == soci::i_null ? std::string() : value;
}
long long number_or_zero(long long value, soci::indicator indicator) { return indicator == soci::i_null ? 0 : value; }

soci::indicator null_if_empty(const std::string& value) { return value.empty() ? soci::i_null : soci::i_ok; }
soci::indicator null_if_zero(long long value) { return value == 0 ? soci::i_null : soci::i_ok; }

} // namespace

std::optional<Dossier> find_dossier(db::Session& session, long long id)
{
    Dossier dossier;
    std::string state, territory_kind, territory_code, region_code;
    long long instructor = 0, created_by = 0, deposited = 0, decided = 0, renewal = 0;
    soci::indicator kind_ind, code_ind, region_ind, instructor_ind, created_by_ind, deposited_ind, decided_ind, renewal_ind;
    soci::statement statement(session.sql());
    statement.exchange(soci::into(dossier.call_id));
    statement.exchange(soci::into(dossier.form_id));
    statement.exchange(soci::into(dossier.organisation_id));
    statement.exchange(soci::into(territory_kind, kind_ind));
    statement.exchange(soci::into(territory_code, code_ind));
    statement.exchange(soci::into(region_code, region_ind));
    statement.exchange(soci::into(state));
    statement.exchange(soci::into(dossier.answers_json));
    statement.exchange(soci::into(instructor, instructor_ind));
    statement.exchange(soci::into(created_by, created_by_ind));
    statement.exchange(soci::into(dossier.created_at));
    statement.exchange(soci::into(dossier.updated_at));
    statement.exchange(soci::into(deposited, deposited_ind));
    statement.exchange(soci::into(decided, decided_ind));
    statement.exchange(soci::into(renewal, renewal_ind));
    statement.exchange(soci::use(id));
    statement.alloc();
    statement.prepare("SELECT call_id, form_id, organisation_id, territory_kind, territory_code, region_code, state, "
                      "answers_json, instructor_id, created_by, created_at, updated_at, deposited_at, decided_at, "
                      "renewal_of_label_id FROM dossiers WHERE id = :id");
    statement.define_and_bind();
    if (!statement.execute(true))
        return std::nullopt;
    dossier.id = id;
    dossier.territory_kind = text_or_empty(territory_kind, kind_ind);
    dossier.territory_code = text_or_empty(territory_code, code_ind);
    dossier.region_code = text_or_empty(region_code, region_ind);
    state_from_code(state, dossier.state);
    dossier.instructor_id = number_or_zero(instructor, instructor_ind);
    dossier.created_by = number_or_zero(created_by, created_by_ind);
    dossier.deposited_at = number_or_zero(deposited, deposited_ind);
    dossier.decided_at = number_or_zero(decided, decided_ind);
    dossier.renewal_of_label_id = number_or_zero(renewal, renewal_ind);
    return dossier;
}

void lock_dossier(db::Session& session, long long id)
{
    if (session.is_sqlite())
        return;
    long long found = 0;
    session.sql() << "SELECT id FROM dossiers WHERE id = :id FOR UPDATE", soci::use(id), soci::into(found);
}

long long insert_dossier(db::Session& session, const Dossier& dossier)
{
    // SOCI binds indicators by reference: they and the values they describe are locals.
    Dossier row = dossier;
    std::string state(state_code(row.state));
    soci::indicator kind_ind = null_if_empty(row.territory_kind), code_ind = null_if_empty(row.territory_code),
                    region_ind = null_if_empty(row.region_code), instructor_ind = null_if_zero(row.instructor_id),
                    created_by_ind = null_if_zero(row.created_by), renewal_ind = null_if_zero(row.renewal_of_label_id);
    long long id = 0;
    session.sql() << "INSERT INTO dossiers (call_id, form_id, organisation_id, territory_kind, territory_code, "
                     "region_code, state, answers_json, instructor_id, created_by, created_at, updated_at, "
                     "renewal_of_label_id) VALUES (:call, :form, :organisation, :kind, :code, :region, :state, "
                     ":answers, :instructor, :created_by, :created_at, :updated_at, :renewal) RETURNING id",
        soci::use(row.call_id), soci::use(row.form_id), soci::use(row.organisation_id), soci::use(row.territory_kind, kind_ind),
        soci::use(row.territory_code, code_ind), soci::use(row.region_code, region_ind), soci::use(state),
        soci::use(row.answers_json), soci::use(row.instructor_id, instructor_ind), soci::use(row.created_by, created_by_ind),
        soci::use(row.created_at), soci::use(row.updated_at), soci::use(row.renewal_of_label_id, renewal_ind),
        soci::into(id);
    return id;
}

void update_dossier_state(db::Session& session, long long id, DossierState state, long long now)
{
    std::string code(state_code(state));
    if (state == DossierState::Depose)
        session.sql() << "UPDATE dossiers SET state = :state, updated_at = :now, deposited_at = :now WHERE id = :id",
            soci::use(code, "state"), soci::use(now, "now"), soci::use(id, "id");
    else if (is_final(state))
        session.sql() << "UPDATE dossiers SET state = :state, updated_at = :now, decided_at = :now WHERE id = :id",
            soci::use(code, "state"), soci::use(now, "now"), soci::use(id, "id");
    else
        session.sql() << "UPDATE dossiers SET state = :state, updated_at = :now WHERE id = :id", soci::use(code, "state"),
            soci::use(now, "now"), soci::use(id, "id");
}

void insert_transition(db::Session& session, long long dossier_id, DossierState from, DossierState to,
    long long actor_user_id, long long at, const std::string& motivation)
{
    std::string from_code(state_code(from)), to_code(state_code(to));
    soci::indicator actor_ind = null_if_zero(actor_user_id);
    session.sql() << "INSERT INTO dossier_transitions (dossier_id, from_state, to_state, actor_user_id, at, motivation) "
                     "VALUES (:dossier, :from_state, :to_state, :actor, :at, :motivation)",
        soci::use(dossier_id), soci::use(from_code), soci::use(to_code),
        soci::use(actor_user_id, actor_ind), soci::use(at), soci::use(motivation);
}

std::vector<DossierTransition> list_transitions(db::Session& session, long long dossier_id)
{
    std::vector<DossierTransition> transitions;
    std::string from, to, name, motivation;
    long long actor = 0, at = 0;
    soci::indicator actor_ind, name_ind;
    soci::statement statement = (session.sql().prepare
            << "SELECT t.from_state, t.to_state, t.actor_user_id, u.display_name, t.at, t.motivation "
               "FROM dossier_transitions t LEFT JOIN users u ON u.id = t.actor_user_id "
               "WHERE t.dossier_id = :dossier ORDER BY t.id",
        soci::use(dossier_id), soci::into(from), soci::into(to), soci::into(actor, actor_ind), soci::into(name, name_ind),
        soci::into(at), soci::into(motivation));
    statement.execute();
    while (statement.fetch()) {
        DossierTransition transition;
        state_from_code(from, transition.from);
        state_from_code(to, transition.to);
        transition.actor_user_id = number_or_zero(actor, actor_ind);
        transition.actor_name = text_or_empty(name, name_ind);
        transition.at = at;
        transition.motivation = motivation;
        transitions.push_back(std::move(transition));
    }
    return transitions;
}

std::string call_title(db::Session& session, long long call_id)
{
    std::string title;
    session.sql() << "SELECT title FROM calls WHERE id = :id", soci::use(call_id), soci::into(title);
    return title;
}

std::vector<std::string> applicant_emails(db::Session& session, const Dossier& dossier)
{
    std::vector<std::string> emails;
    std::string email;
    soci::statement author = (session.sql().prepare
            << "SELECT u.email FROM users u JOIN organisation_memberships m ON m.user_id = u.id "
               "WHERE u.id = :author AND m.organisation_id = :organisation",
        soci::use(dossier.created_by), soci::use(dossier.organisation_id), soci::into(email));
    author.execute();
    while (author.fetch())
        emails.push_back(email);
    if (!emails.empty())
        return emails;
    soci::statement owners = (session.sql().prepare
            << "SELECT u.email FROM organisation_memberships m JOIN users u ON u.id = m.user_id "
               "WHERE m.organisation_id = :organisation AND m.role = 'owner' ORDER BY u.email",
        soci::use(dossier.organisation_id), soci::into(email));
    owners.execute();
    while (owners.fetch())
        emails.push_back(email);
    return emails;
}

} // namespace essaim::labelling

namespace essaim::labelling {

namespace {

bool exists(db::Session& session, const std::string& query, long long first, long long second)
{
    int count = 0;
    session.sql() << query, soci::use(first), soci::use(second), soci::into(count);
    return count > 0;
}

} // namespace

bool is_call_instructor(db::Session& session, long long call_id, long long user_id)
{
    return exists(session, "SELECT COUNT(*) FROM call_instructors WHERE call_id = :call AND user_id = :user", call_id,
        user_id);
}

bool is_organisation_member(db::Session& session, long long organisation_id, long long user_id)
{
    return exists(session,
        "SELECT COUNT(*) FROM organisation_memberships WHERE organisation_id = :organisation AND user_id = :user",
        organisation_id, user_id);
}

bool has_review_request(db::Session& session, long long dossier_id, long long user_id)
{
    return exists(session,
        "SELECT COUNT(*) FROM reviews WHERE dossier_id = :dossier AND expert_id = :user AND state IN ('demande', 'rendu')",
        dossier_id, user_id);
}

bool sits_on_committee_for(db::Session& session, long long dossier_id, long long user_id)
{
    return exists(session,
        "SELECT COUNT(*) FROM committee_agenda a JOIN committee_members m ON m.committee_id = a.committee_id "
        "WHERE a.dossier_id = :dossier AND m.user_id = :user",
        dossier_id, user_id);
}

} // namespace essaim::labelling

namespace essaim::labelling {

std::vector<MemberOrganisation> member_organisations(db::Session& session, long long user_id)
{
    std::vector<MemberOrganisation> organisations;
    long long id = 0;
    std::string name, region;
    soci::indicator region_ind;
    soci::statement statement = (session.sql().prepare
            << "SELECT o.id, o.name, c.region_code FROM organisation_memberships m "
               "JOIN organisations o ON o.id = m.organisation_id LEFT JOIN communes c ON c.code = o.commune_code "
               "WHERE m.user_id = :user ORDER BY o.name, o.id",
        soci::use(user_id), soci::into(id), soci::into(name), soci::into(region, region_ind));
    statement.execute();
    while (statement.fetch())
        organisations.push_back(MemberOrganisation{id, name, text_or_empty(region, region_ind)});
    return organisations;
}

void lock_organisation(db::Session& session, long long organisation_id)
{
    if (session.is_sqlite())
        return;
    long long found = 0;
    session.sql() << "SELECT id FROM organisations WHERE id = :id FOR UPDATE", soci::use(organisation_id),
        soci::into(found);
}

long long open_dossier_of(db::Session& session, long long call_id, long long organisation_id)
{
    long long id = 0;
    soci::indicator id_ind = soci::i_null;
    session.sql() << "SELECT MIN(id) FROM dossiers WHERE call_id = :call AND organisation_id = :organisation "
                     "AND state IN ('brouillon', 'depose', 'en_instruction', 'complements_demandes', 'en_comite')",
        soci::use(call_id), soci::use(organisation_id), soci::into(id, id_ind);
    return id_ind == soci::i_null ? 0 : id;
}

std::string territory_region(db::Session& session, const std::string& kind, const std::string& code)
{
    std::string region;
    soci::indicator region_ind = soci::i_null;
    if (kind == "region")
        session.sql() << "SELECT code FROM regions WHERE code = :code", soci::use(code), soci::into(region, region_ind);
    else if (kind == "departement")
        session.sql() << "SELECT region_code FROM departments WHERE code = :code", soci::use(code),
            soci::into(region, region_ind);
    else if (kind == "commune")
        session.sql() << "SELECT region_code FROM communes WHERE code = :code", soci::use(code),
            soci::into(region, region_ind);
    return session.sql().got_data() && region_ind != soci::i_null ? region : std::string();
}

std::string territory_name(db::Session& session, const std::string& kind, const std::string& code)
{
    std::string name;
    soci::indicator name_ind = soci::i_null;
    if (kind == "region")
        session.sql() << "SELECT name FROM regions WHERE code = :code", soci::use(code), soci::into(name, name_ind);
    else if (kind == "departement")
        session.sql() << "SELECT name FROM departments WHERE code = :code", soci::use(code), soci::into(name, name_ind);
    else if (kind == "commune")
        session.sql() << "SELECT name FROM communes WHERE code = :code", soci::use(code), soci::into(name, name_ind);
    else
        return {};
    return session.sql().got_data() && name_ind != soci::i_null ? name : std::string();
}

void update_answers(db::Session& session, long long id, const std::string& answers_json, long long now)
{
    session.sql() << "UPDATE dossiers SET answers_json = :answers, updated_at = :now WHERE id = :id",
        soci::use(answers_json, "answers"), soci::use(now, "now"), soci::use(id, "id");
}

void delete_dossier_row(db::Session& session, long long id)
{
    // Explicit deletes rather than relying on ON DELETE CASCADE, which SQLite only honours with
    // its foreign_keys pragma on.
    session.sql() << "DELETE FROM review_scores WHERE review_id IN (SELECT id FROM reviews WHERE dossier_id = :id)",
        soci::use(id);
    session.sql() << "DELETE FROM reviews WHERE dossier_id = :id", soci::use(id);
    session.sql() << "DELETE FROM dossier_attachments WHERE dossier_id = :id", soci::use(id);
    session.sql() << "DELETE FROM dossier_messages WHERE dossier_id = :id", soci::use(id);
    session.sql() << "DELETE FROM dossier_transitions WHERE dossier_id = :id", soci::use(id);
    session.sql() << "DELETE FROM committee_agenda WHERE dossier_id = :id", soci::use(id);
    session.sql() << "DELETE FROM dossiers WHERE id = :id", soci::use(id);
}

std::string organisation_name(db::Session& session, long long organisation_id)
{
    std::string name;
    session.sql() << "SELECT name FROM organisations WHERE id = :id", soci::use(organisation_id), soci::into(name);
    return session.sql().got_data() ? name : std::string();
}

std::string user_display_name(db::Session& session, long long user_id)
{
    if (user_id == 0)
        return {};
    std::string name;
    session.sql() << "SELECT display_name FROM users WHERE id = :id", soci::use(user_id), soci::into(name);
    return session.sql().got_data() ? name : std::string();
}

} // namespace essaim::labelling

namespace essaim::labelling {

long long label_of_dossier(db::Session& session, long long dossier_id)
{
    long long id = 0;
    soci::indicator id_ind = soci::i_null;
    session.sql() << "SELECT MAX(id) FROM labels WHERE dossier_id = :dossier", soci::use(dossier_id), soci::into(id, id_ind);
    return id_ind == soci::i_null ? 0 : id;
}

std::string latest_motivation(db::Session& session, long long dossier_id, DossierState state)
{
    std::string code(state_code(state)), motivation;
    long long id = 0;
    soci::statement statement = (session.sql().prepare
            << "SELECT id, motivation FROM dossier_transitions WHERE dossier_id = :dossier AND to_state = :state "
               "ORDER BY id DESC",
        soci::use(dossier_id), soci::use(code), soci::into(id), soci::into(motivation));
    statement.execute();
    return statement.fetch() ? motivation : std::string();
}

} // namespace essaim::labelling
