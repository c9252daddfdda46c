#include "labelling/call_store.hpp"

#include "db/session.hpp"

#include <boost/json.hpp>
#include <soci/soci.h>

namespace essaim::labelling {

namespace {

constexpr const char* call_columns = "id, title, category, description, permanent, opens_on, closes_on, state, "
                                     "label_years, created_at, updated_at";

//! Reads calls with the columns above; `where` holds its own placeholders bound by `bind`.
template<typename Bind>
std::vector<Call> select_calls(db::Session& session, const std::string& tail, Bind bind)
{
    std::vector<Call> calls;
    Call row;
    std::string category, state, opens_on, closes_on;
    soci::indicator opens_ind = soci::i_ok, closes_ind = soci::i_ok;
    int permanent = 1;
    soci::statement statement(session.sql());
    statement.exchange(soci::into(row.id));
    statement.exchange(soci::into(row.title));
    statement.exchange(soci::into(category));
    statement.exchange(soci::into(row.description));
    statement.exchange(soci::into(permanent));
    statement.exchange(soci::into(opens_on, opens_ind));
    statement.exchange(soci::into(closes_on, closes_ind));
    statement.exchange(soci::into(state));
    statement.exchange(soci::into(row.label_years));
    statement.exchange(soci::into(row.created_at));
    statement.exchange(soci::into(row.updated_at));
    bind(statement);
    statement.alloc();
    statement.prepare(std::string("SELECT ") + call_columns + " FROM calls " + tail);
    statement.define_and_bind();
    statement.execute();
    while (statement.fetch()) {
        Call call = row;
        category_from_code(category, call.category);
        call_state_from_code(state, call.state);
        call.permanent = permanent != 0;
        call.opens_on = opens_ind == soci::i_null ? std::string() : opens_on;
        call.closes_on = closes_ind == soci::i_null ? std::string() : closes_on;
        calls.push_back(std::move(call));
    }
    return calls;
}

std::string scale_to_json(const std::array<std::string, 6>& scale)
{
    boost::json::array array;
    for (const auto& level : scale)
        array.emplace_back(level);
    return boost::json::serialize(array);
}

std::array<std::string, 6> scale_from_json(const std::string& json)
{
    std::array<std::string, 6> scale;
    boost::system::error_code error;
    auto value = boost::json::parse(json, error);
    if (error || !value.is_array())
        return scale;
    std::size_t index = 0;
    for (const auto& level : value.as_array()) {
        if (index == scale.size())
            break;
        if (level.is_string())
            scale[index] = std::string(level.as_string().data(), level.as_string().size());
        ++index;
    }
    return scale;
}

std::optional<CallForm> select_form(db::Session& session, const std::string& where, long long key)
{
    CallForm form;
    std::string json;
    int frozen = 0;
    soci::indicator found_ind = soci::i_null;
    soci::statement statement(session.sql());
    statement.exchange(soci::into(form.id, found_ind));
    statement.exchange(soci::into(form.call_id));
    statement.exchange(soci::into(form.version));
    statement.exchange(soci::into(json));
    statement.exchange(soci::into(frozen));
    statement.exchange(soci::use(key, "key"));
    statement.alloc();
    statement.prepare("SELECT id, call_id, version, definition_json, frozen FROM call_forms " + where);
    statement.define_and_bind();
    if (!statement.execute(true) || found_ind == soci::i_null)
        return std::nullopt;
    form.definition = form_from_json(json).value_or(FormDefinition{});
    form.frozen = frozen != 0;
    return form;
}

} // namespace

std::optional<Call> find_call(db::Session& session, long long id)
{
    auto calls = select_calls(session, "WHERE id = :id", [&](soci::statement& st) { st.exchange(soci::use(id, "id")); });
    if (calls.empty())
        return std::nullopt;
    return calls.front();
}

std::vector<Call> list_calls(db::Session& session)
{
    return select_calls(session, "ORDER BY id DESC", [](soci::statement&) {});
}

std::vector<Call> list_public_calls(db::Session& session)
{
    return select_calls(session, "WHERE state IN ('publie', 'clos') ORDER BY id DESC", [](soci::statement&) {});
}

long long insert_call(db::Session& session, const Call& call, long long created_by)
{
    Call row = call;
    std::string category(category_code(row.category)), state(call_state_code(row.state));
    int permanent = row.permanent ? 1 : 0;
    soci::indicator opens_ind = row.opens_on.empty() ? soci::i_null : soci::i_ok;
    soci::indicator closes_ind = row.closes_on.empty() ? soci::i_null : soci::i_ok;
    soci::indicator by_ind = created_by == 0 ? soci::i_null : soci::i_ok;
    long long id = 0;
    session.sql() << "INSERT INTO calls (title, category, description, permanent, opens_on, closes_on, state, "
                     "label_years, created_at, updated_at, created_by) VALUES (:title, :category, :description, "
                     ":permanent, :opens_on, :closes_on, :state, :label_years, :created_at, :updated_at, :created_by) "
                     "RETURNING id",
        soci::use(row.title), soci::use(category), soci::use(row.description), soci::use(permanent),
        soci::use(row.opens_on, opens_ind), soci::use(row.closes_on, closes_ind), soci::use(state),
        soci::use(row.label_years), soci::use(row.created_at), soci::use(row.updated_at),
        soci::use(created_by, by_ind), soci::into(id);
    return id;
}

void update_call(db::Session& session, const Call& call)
{
    Call row = call;
    std::string category(category_code(row.category));
    int permanent = row.permanent ? 1 : 0;
    soci::indicator opens_ind = row.opens_on.empty() ? soci::i_null : soci::i_ok;
    soci::indicator closes_ind = row.closes_on.empty() ? soci::i_null : soci::i_ok;
    session.sql() << "UPDATE calls SET title = :title, category = :category, description = :description, "
                     "permanent = :permanent, opens_on = :opens_on, closes_on = :closes_on, label_years = :label_years, "
                     "updated_at = :updated_at WHERE id = :id",
        soci::use(row.title, "title"), soci::use(category, "category"), soci::use(row.description, "description"),
        soci::use(permanent, "permanent"), soci::use(row.opens_on, opens_ind, "opens_on"),
        soci::use(row.closes_on, closes_ind, "closes_on"), soci::use(row.label_years, "label_years"),
        soci::use(row.updated_at, "updated_at"), soci::use(row.id, "id");
}

void set_call_state(db::Session& session, long long id, CallState state, long long now)
{
    std::string code(call_state_code(state));
    session.sql() << "UPDATE calls SET state = :state, updated_at = :now WHERE id = :id", soci::use(code, "state"),
        soci::use(now, "now"), soci::use(id, "id");
}

std::optional<CallForm> current_form(db::Session& session, long long call_id)
{
    return select_form(session, "WHERE call_id = :key ORDER BY version DESC LIMIT 1", call_id);
}

std::optional<CallForm> find_form(db::Session& session, long long form_id)
{
    return select_form(session, "WHERE id = :key", form_id);
}

void freeze_form(db::Session& session, long long form_id)
{
    session.sql() << "UPDATE call_forms SET frozen = 1 WHERE id = :id", soci::use(form_id);
}

long long insert_form(db::Session& session, long long call_id, int version, const FormDefinition& definition,
    long long created_at, long long created_by)
{
    std::string json = form_to_json(definition);
    soci::indicator by_ind = created_by == 0 ? soci::i_null : soci::i_ok;
    long long id = 0;
    session.sql() << "INSERT INTO call_forms (call_id, version, definition_json, frozen, created_at, created_by) "
                     "VALUES (:call, :version, :json, 0, :at, :by) RETURNING id",
        soci::use(call_id), soci::use(version), soci::use(json), soci::use(created_at), soci::use(created_by, by_ind),
        soci::into(id);
    return id;
}

void update_form_definition(db::Session& session, long long form_id, const FormDefinition& definition)
{
    std::string json = form_to_json(definition);
    session.sql() << "UPDATE call_forms SET definition_json = :json WHERE id = :id AND frozen = 0",
        soci::use(json, "json"), soci::use(form_id, "id");
}

long long count_dossiers_on_form(db::Session& session, long long form_id)
{
    long long count = 0;
    session.sql() << "SELECT COUNT(*) FROM dossiers WHERE form_id = :id", soci::use(form_id), soci::into(count);
    return count;
}

std::vector<Criterion> list_criteria(db::Session& session, long long call_id)
{
    std::vector<Criterion> criteria;
    Criterion row;
    std::string scale;
    soci::statement statement = (session.sql().prepare
            << "SELECT id, call_id, position, title, description, weight, scale_json FROM call_criteria "
               "WHERE call_id = :call ORDER BY position, id",
        soci::use(call_id), soci::into(row.id), soci::into(row.call_id), soci::into(row.position),
        soci::into(row.title), soci::into(row.description), soci::into(row.weight), soci::into(scale));
    statement.execute();
    while (statement.fetch()) {
        Criterion criterion = row;
        criterion.scale = scale_from_json(scale);
        criteria.push_back(std::move(criterion));
    }
    return criteria;
}

std::optional<Criterion> find_criterion(db::Session& session, long long id)
{
    Criterion criterion;
    std::string scale;
    soci::indicator found_ind = soci::i_null;
    session.sql() << "SELECT id, call_id, position, title, description, weight, scale_json FROM call_criteria "
                     "WHERE id = :id",
        soci::use(id), soci::into(criterion.id, found_ind), soci::into(criterion.call_id), soci::into(criterion.position),
        soci::into(criterion.title), soci::into(criterion.description), soci::into(criterion.weight), soci::into(scale);
    if (!session.sql().got_data() || found_ind == soci::i_null)
        return std::nullopt;
    criterion.scale = scale_from_json(scale);
    return criterion;
}

long long insert_criterion(db::Session& session, const Criterion& criterion)
{
    Criterion row = criterion;
    std::string scale = scale_to_json(row.scale);
    long long id = 0;
    session.sql() << "INSERT INTO call_criteria (call_id, position, title, description, weight, scale_json) "
                     "VALUES (:call, :position, :title, :description, :weight, :scale) RETURNING id",
        soci::use(row.call_id), soci::use(row.position), soci::use(row.title), soci::use(row.description),
        soci::use(row.weight), soci::use(scale), soci::into(id);
    return id;
}

void update_criterion(db::Session& session, const Criterion& criterion)
{
    Criterion row = criterion;
    std::string scale = scale_to_json(row.scale);
    session.sql() << "UPDATE call_criteria SET position = :position, title = :title, description = :description, "
                     "weight = :weight, scale_json = :scale WHERE id = :id",
        soci::use(row.position, "position"), soci::use(row.title, "title"), soci::use(row.description, "description"),
        soci::use(row.weight, "weight"), soci::use(scale, "scale"), soci::use(row.id, "id");
}

void delete_criterion(db::Session& session, long long id)
{
    session.sql() << "DELETE FROM call_criteria WHERE id = :id", soci::use(id);
}

long long count_scores_on_criterion(db::Session& session, long long criterion_id)
{
    long long count = 0;
    session.sql() << "SELECT COUNT(*) FROM review_scores WHERE criterion_id = :id", soci::use(criterion_id),
        soci::into(count);
    return count;
}

std::vector<long long> call_team(db::Session& session, long long call_id)
{
    std::vector<long long> ids;
    for (const auto& member : list_team(session, call_id))
        ids.push_back(member.user_id);
    return ids;
}

std::vector<TeamMember> list_team(db::Session& session, long long call_id)
{
    std::vector<TeamMember> team;
    TeamMember row;
    soci::statement statement = (session.sql().prepare
            << "SELECT u.id, u.email, u.display_name FROM call_instructors ci JOIN users u ON u.id = ci.user_id "
               "WHERE ci.call_id = :call ORDER BY u.display_name, u.id",
        soci::use(call_id), soci::into(row.user_id), soci::into(row.email), soci::into(row.display_name));
    statement.execute();
    while (statement.fetch())
        team.push_back(row);
    return team;
}

void add_team_member(db::Session& session, long long call_id, long long user_id)
{
    long long present = 0;
    session.sql() << "SELECT COUNT(*) FROM call_instructors WHERE call_id = :call AND user_id = :user",
        soci::use(call_id, "call"), soci::use(user_id, "user"), soci::into(present);
    if (present == 0)
        session.sql() << "INSERT INTO call_instructors (call_id, user_id) VALUES (:call, :user)",
            soci::use(call_id, "call"), soci::use(user_id, "user");
}

void remove_team_member(db::Session& session, long long call_id, long long user_id)
{
    session.sql() << "DELETE FROM call_instructors WHERE call_id = :call AND user_id = :user",
        soci::use(call_id, "call"), soci::use(user_id, "user");
}

long long find_user_with_role(db::Session& session, const std::string& email, const std::string& role)
{
    long long id = 0;
    soci::indicator id_ind = soci::i_null;
    std::string lowered = email;
    for (auto& c : lowered)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    session.sql() << "SELECT u.id FROM users u JOIN user_roles r ON r.user_id = u.id "
                     "WHERE u.email = :email AND r.role = :role",
        soci::use(lowered, "email"), soci::use(role, "role"), soci::into(id, id_ind);
    return session.sql().got_data() && id_ind == soci::i_ok ? id : 0;
}

bool commune_exists(db::Session& session, const std::string& code)
{
    long long count = 0;
    session.sql() << "SELECT COUNT(*) FROM communes WHERE code = :code", soci::use(code), soci::into(count);
    return count > 0;
}

std::string commune_name(db::Session& session, const std::string& code)
{
    std::string name;
    soci::indicator name_ind = soci::i_null;
    session.sql() << "SELECT name FROM communes WHERE code = :code", soci::use(code), soci::into(name, name_ind);
    return session.sql().got_data() && name_ind == soci::i_ok ? name : std::string();
}

} // namespace essaim::labelling
