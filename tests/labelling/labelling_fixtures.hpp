#pragma once
// Records the labelling tests need but are not about: organisations, calls with a form and a grid,
// dossiers in a given state, teams and opinion requests, all written with SQL. Each test file
// drives through the pages only the part it tests.

#include "../auth/auth_test_support.hpp"
#include "labelling/dossier_store.hpp"
#include "labelling/grant_label.hpp"

#include <soci/soci.h>

#include <string>
#include <utility>
#include <vector>

namespace essaim::test::labelling_fixtures {

using auth_support::Actor;

//! The form every fixture call asks: a required long text, an amount, and a required file.
inline const std::string fixture_form_json
    = R"({"sections":[{"title":"Présentation","fields":[)"
      R"({"key":"presentation","kind":"long_text","label":"Présentez votre structure","help":"","required":true},)"
      R"({"key":"budget","kind":"amount","label":"Budget annuel","help":"En euros","required":false},)"
      R"({"key":"statuts","kind":"file","label":"Statuts","help":"Au format PDF","required":true}]}]})";

inline long long query_number(const std::string& sql, long long parameter)
{
    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    long long value = 0;
    lease->sql() << sql, soci::use(parameter), soci::into(value);
    return value;
}

//! Runs an INSERT … RETURNING id.
inline long long insert_returning_id(const std::string& sql)
{
    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    long long id = 0;
    lease->sql() << sql, soci::into(id);
    return id;
}

inline std::string quoted(const std::string& text)
{
    std::string out = "'";
    for (char c : text) {
        out += c;
        if (c == '\'')
            out += '\'';
    }
    return out + "'";
}

//! A published organisation in Saint-Étienne (commune 42218, region 84) owned by `owner`.
inline long long published_organisation(const Actor& owner, const std::string& name)
{
    auto id = insert_returning_id("INSERT INTO organisations (name, created_at, updated_at, commune_code, status, source) "
                                  "VALUES ("
        + quoted(name) + ", 0, 0, '42218', 'publiee', 'membre') RETURNING id");
    auth_support::execute_sql("INSERT INTO organisation_memberships (organisation_id, user_id, role) VALUES ("
        + std::to_string(id) + ", " + std::to_string(owner.user_id) + ", 'owner')");
    return id;
}

//! A permanent call with version 1 of fixture_form_json (frozen unless a draft) and a grid of
//! "Utilité sociale" (weight 2) and "Solidité" (weight 1).
inline long long call_with_form(
    const std::string& title, const std::string& category = "incubateur", const std::string& state = "publie")
{
    auto call = insert_returning_id(
        "INSERT INTO calls (title, category, description, permanent, state, label_years, created_at, updated_at) VALUES ("
        + quoted(title) + ", " + quoted(category) + ", 'Appel de test.', 1, " + quoted(state) + ", 3, 0, 0) RETURNING id");
    auto frozen = state == "brouillon" ? "0" : "1";
    auth_support::execute_sql("INSERT INTO call_forms (call_id, version, definition_json, frozen, created_at) VALUES ("
        + std::to_string(call) + ", 1, " + quoted(fixture_form_json) + ", " + frozen + ", 0)");
    const std::string scale = R"(["Absent","Très faible","Faible","Moyen","Bon","Excellent"])";
    auth_support::execute_sql("INSERT INTO call_criteria (call_id, position, title, description, weight, scale_json) VALUES ("
        + std::to_string(call) + ", 1, 'Utilité sociale', 'La réponse à un besoin social.', 2, " + quoted(scale) + ")");
    auth_support::execute_sql("INSERT INTO call_criteria (call_id, position, title, description, weight, scale_json) VALUES ("
        + std::to_string(call) + ", 2, 'Solidité', 'Le modèle économique et l’équipe.', 1, " + quoted(scale) + ")");
    return call;
}

inline long long current_form_id(long long call_id)
{
    return query_number("SELECT id FROM call_forms WHERE call_id = :call ORDER BY version DESC LIMIT 1", call_id);
}

//! The call's criteria ids, by position.
inline std::vector<long long> criteria_ids(long long call_id)
{
    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    std::vector<long long> ids;
    long long id = 0;
    soci::statement statement = (lease->sql().prepare << "SELECT id FROM call_criteria WHERE call_id = :call ORDER BY position",
        soci::use(call_id), soci::into(id));
    statement.execute();
    while (statement.fetch())
        ids.push_back(id);
    return ids;
}

//! A dossier of the organisation on the call's current form, already in `state`, instructed in region 84.
inline long long dossier_in_state(long long call_id, long long organisation_id, long long created_by, const std::string& state,
    long long instructor_id = 0)
{
    auto instructor = instructor_id == 0 ? std::string("NULL") : std::to_string(instructor_id);
    auto deposited = state == "brouillon" ? std::string("NULL") : std::string("0");
    return insert_returning_id("INSERT INTO dossiers (call_id, form_id, organisation_id, region_code, state, answers_json, "
                               "instructor_id, created_by, created_at, updated_at, deposited_at) VALUES ("
        + std::to_string(call_id) + ", " + std::to_string(current_form_id(call_id)) + ", " + std::to_string(organisation_id)
        + ", '84', " + quoted(state) + ", " + quoted(R"({"presentation":"Nous accompagnons des projets."})") + ", "
        + instructor + ", " + std::to_string(created_by) + ", 0, 0, " + deposited + ") RETURNING id");
}

inline void add_to_team(long long call_id, long long user_id)
{
    auth_support::execute_sql("INSERT INTO call_instructors (call_id, user_id) VALUES (" + std::to_string(call_id) + ", "
        + std::to_string(user_id) + ")");
}

inline long long review_request(long long dossier_id, long long expert_id, const std::string& state = "demande",
    const std::string& due_on = "2030-01-01")
{
    return insert_returning_id("INSERT INTO reviews (dossier_id, expert_id, requested_at, due_on, state) VALUES ("
        + std::to_string(dossier_id) + ", " + std::to_string(expert_id) + ", 0, " + quoted(due_on) + ", " + quoted(state)
        + ") RETURNING id");
}

//! A committee session meeting on `meets_on` for the call (any call when 0), `state` prevu or
//! tenu, with `member_ids` sitting on it.
inline long long committee_session(long long call_id, const std::string& meets_on,
    const std::vector<long long>& member_ids = {}, const std::string& state = "prevu")
{
    auto call = call_id == 0 ? std::string("NULL") : std::to_string(call_id);
    auto id = insert_returning_id("INSERT INTO committees (title, meets_on, call_id, state, created_at) VALUES ("
        + quoted("Séance du " + meets_on) + ", " + quoted(meets_on) + ", " + call + ", " + quoted(state)
        + ", 0) RETURNING id");
    for (auto member : member_ids)
        auth_support::execute_sql("INSERT INTO committee_members (committee_id, user_id) VALUES (" + std::to_string(id)
            + ", " + std::to_string(member) + ")");
    return id;
}

//! Gives the opinion: scores per criterion, the recommendation (favorable, reserve, defavorable), state 'rendu'.
inline void give_scores(
    long long review_id, const std::vector<std::pair<long long, int>>& criterion_scores, const std::string& recommendation)
{
    for (const auto& [criterion, score] : criterion_scores)
        auth_support::execute_sql("INSERT INTO review_scores (review_id, criterion_id, score, comment) VALUES ("
            + std::to_string(review_id) + ", " + std::to_string(criterion) + ", " + std::to_string(score) + ", '')");
    auth_support::execute_sql("UPDATE reviews SET state = 'rendu', submitted_at = 0, recommendation = "
        + quoted(recommendation) + " WHERE id = " + std::to_string(review_id));
}

//! Grants the dossier's label as a committee's decision would, at `now` (default: the test clock's).
inline long long grant_label_of(long long dossier_id, long long now = 0)
{
    auto& platform = TestPlatform::instance();
    auto lease = platform.platform().services().pool.acquire();
    db::Transaction transaction(*lease);
    auto dossier = labelling::find_dossier(*lease, dossier_id);
    EXPECT_TRUE(dossier.has_value());
    if (!dossier)
        return 0;
    auto id = labelling::grant_label(*lease, *dossier, now != 0 ? now : platform.clock().now());
    transaction.commit();
    return id;
}

//! How many e-mails to `recipient` the outbox holds whose subject contains `subject_part`.
inline long long count_mails(const std::string& recipient, const std::string& subject_part)
{
    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    long long count = 0;
    std::string to = recipient, pattern = "%" + subject_part + "%";
    lease->sql() << "SELECT COUNT(*) FROM outbox WHERE recipient = :to AND subject LIKE :pattern", soci::use(to),
        soci::use(pattern), soci::into(count);
    return count;
}

//! How many audit entries record `action` on the record (`target_type`, `target_id`).
inline long long count_audit(const std::string& action, const std::string& target_type, long long target_id)
{
    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    long long count = 0;
    std::string name = action, type = target_type, target = std::to_string(target_id);
    lease->sql() << "SELECT COUNT(*) FROM audit_log WHERE action = :action AND target_type = :type AND target_id = :target",
        soci::use(name), soci::use(type), soci::use(target), soci::into(count);
    return count;
}

} // namespace essaim::test::labelling_fixtures
