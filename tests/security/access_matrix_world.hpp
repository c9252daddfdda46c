#pragma once
// The actors and records of the access-control matrix, shared with the security-headers test
// (which fetches every GET route of the matrix with them).

#include "labelling/dossier_test_support.hpp"

#include "app/platform.hpp"
#include "auth/identity.hpp"
#include "core/crypto.hpp"
#include "http/form.hpp"
#include "labelling/dossier_store.hpp"
#include "labelling/grant_label.hpp"
#include "web/context.hpp"
#include "web/registry.hpp"

#include <gtest/gtest.h>
#include <soci/soci.h>

#include <sstream>
#include <string>
#include <vector>

namespace essaim::test::access_matrix {

using auth::Role;

inline constexpr int actor_count = 12;
inline const char* const actor_names[actor_count] = {"visiteur", "membre sans fiche", "titulaire", "accompagnateur", "financeur",
    "instructeur de l'équipe", "instructeur hors équipe", "expert sollicité", "expert non sollicité", "hacker public",
    "agent public", "administrateur"};

struct MatrixActor {
    std::string name;
    std::vector<Role> roles;
    std::string email;
    long long user_id = 0;
    HttpClient client{TestPlatform::instance().port()};
    bool visitor = false;
};

//! The records a request's path parameters point at. The titulaire owns the organisation, its
//! project, its dossiers and its label; the team instructeur is on the call and the committee;
//! the expert was asked for `review`.
struct Records {
    long long organisation = 0;
    long long project = 0;
    long long call = 0;
    long long criterion = 0;
    long long dossier = 0;
    long long labelled_dossier = 0;
    long long review = 0;
    long long committee = 0;
    long long label = 0;
    long long claim = 0;
    long long identity_change = 0;  //!< a change of the organisation's name awaiting a decision
    long long user = 0;       //!< an account with no role, target of the administrators' user pages
    std::string session;      //!< public id of a second session of the titulaire
    long long piece = 0;
};

struct World {
    std::vector<MatrixActor> actors;
    Records shared;
    int serial = 0;

    MatrixActor& actor(int index) { return actors[static_cast<std::size_t>(index)]; }
    MatrixActor& owner() { return actor(2); }
    MatrixActor& instructor() { return actor(5); }
    MatrixActor& expert() { return actor(7); }
    MatrixActor& member() { return actor(1); }

    World()
    {
        const std::vector<std::vector<Role>> roles = {{}, {}, {}, {Role::Accompagnateur}, {Role::Financeur},
            {Role::Instructeur}, {Role::Instructeur}, {Role::Expert}, {Role::Expert}, {Role::HackerPublic},
            {Role::AgentPublic}, {Role::Administrateur}};
        actors.resize(actor_count);
        for (int i = 0; i < actor_count; ++i) {
            auto& a = actor(i);
            a.name = actor_names[i];
            a.roles = roles[static_cast<std::size_t>(i)];
            a.visitor = i == 0;
            if (a.visitor)
                continue;
            a.email = TestPlatform::instance().unique_email("matrice-" + std::to_string(i));
            a.user_id = auth_support::create_account(a.email, a.roles);
            sign_in(a);
        }
        shared = make_records(true);
    }

    static void sign_in(MatrixActor& a)
    {
        a.client.forget_cookies();
        auto response = auth_support::sign_in(a.client, a.email);
        EXPECT_EQ(response.status, 303) << a.name << " could not sign in: " << response.body.substr(0, 300);
    }

    Records make_records(bool with_piece)
    {
        auto quoted = [](const std::string& text) { return labelling_fixtures::quoted(text); };
        auto& platform = TestPlatform::instance();
        auto now = platform.clock().now();
        std::string n = std::to_string(++serial);
        Records r;
        {
            auto lease = platform.platform().services().pool.acquire();
            db::Transaction transaction(*lease);
            auto id_of = [&](const std::string& sql) {
                long long id = 0;
                lease->sql() << sql, soci::into(id);
                return id;
            };
            auto run = [&](const std::string& sql) { lease->execute(sql); };
            auto s = [](long long v) { return std::to_string(v); };

            r.organisation = id_of("INSERT INTO organisations (name, created_at, updated_at, commune_code, status, source) "
                                   "VALUES ('Ruche de la matrice "
                + n + "', 0, 0, '42218', 'publiee', 'membre') RETURNING id");
            run("INSERT INTO organisation_memberships (organisation_id, user_id, role) VALUES (" + s(r.organisation) + ", "
                + s(owner().user_id) + ", 'owner')");
            r.project = id_of("INSERT INTO projects (organisation_id, title, summary, stage, growth_mode, status, created_at, "
                              "updated_at) VALUES ("
                + s(r.organisation) + ", 'Projet de la matrice " + n
                + "', 'Un projet.', 'ideation', 'croissance_organique', 'publiee', 0, 0) RETURNING id");
            r.call = id_of("INSERT INTO calls (title, category, description, permanent, state, label_years, created_at, "
                           "updated_at) VALUES ('Appel de la matrice "
                + n + "', 'incubateur', 'Appel de test.', 1, 'publie', 3, 0, 0) RETURNING id");
            auto form = id_of("INSERT INTO call_forms (call_id, version, definition_json, frozen, created_at) VALUES ("
                + s(r.call) + ", 1, " + quoted(labelling_fixtures::fixture_form_json) + ", 1, 0) RETURNING id");
            r.criterion = id_of("INSERT INTO call_criteria (call_id, position, title, description, weight, scale_json) VALUES ("
                + s(r.call) + ", 1, 'Utilité sociale', 'Le besoin.', 2, '[\"Absent\",\"Faible\",\"Bon\"]') RETURNING id");
            run("INSERT INTO call_criteria (call_id, position, title, description, weight, scale_json) VALUES (" + s(r.call)
                + ", 2, 'Solidité', 'Le modèle.', 1, '[\"Absent\",\"Faible\",\"Bon\"]')");
            run("INSERT INTO call_instructors (call_id, user_id) VALUES (" + s(r.call) + ", " + s(instructor().user_id) + ")");
            auto dossier_sql = [&](const std::string& state) {
                return "INSERT INTO dossiers (call_id, form_id, organisation_id, region_code, state, answers_json, created_by, "
                       "created_at, updated_at, deposited_at) VALUES ("
                    + s(r.call) + ", " + s(form) + ", " + s(r.organisation) + ", '84', " + quoted(state)
                    + ", '{\"presentation\":\"Nous accompagnons.\"}', " + s(owner().user_id) + ", 0, 0, 0) RETURNING id";
            };
            r.dossier = id_of(dossier_sql("complements_demandes"));
            r.labelled_dossier = id_of(dossier_sql("labellise"));
            r.review = id_of("INSERT INTO reviews (dossier_id, expert_id, requested_at, due_on, state) VALUES (" + s(r.dossier)
                + ", " + s(expert().user_id) + ", 0, '2030-01-01', 'demande') RETURNING id");
            r.committee = id_of("INSERT INTO committees (title, meets_on, call_id, created_at) VALUES ('Comité de la matrice "
                + n + "', '2030-06-01', " + s(r.call) + ", 0) RETURNING id");
            run("INSERT INTO committee_members (committee_id, user_id) VALUES (" + s(r.committee) + ", "
                + s(instructor().user_id) + ")");
            run("INSERT INTO committee_agenda (committee_id, dossier_id, position) VALUES (" + s(r.committee) + ", "
                + s(r.dossier) + ", 1)");
            auto labelled = labelling::find_dossier(*lease, r.labelled_dossier);
            EXPECT_TRUE(labelled.has_value());
            if (labelled)
                r.label = labelling::grant_label(*lease, *labelled, now);
            r.claim = id_of("INSERT INTO organisation_claims (organisation_id, user_id, message, created_at) VALUES ("
                + s(r.organisation) + ", " + s(member().user_id) + ", 'Je fais partie de la ruche.', 0) RETURNING id");
            r.identity_change = id_of("INSERT INTO organisation_identity_changes (organisation_id, requested_by, "
                "requested_at, changes_json) VALUES (" + s(r.organisation) + ", " + s(owner().user_id)
                + ", 0, '{\"name\":[\"Ruche de la matrice\",\"Autre nom\"]}') RETURNING id");
            r.user = id_of("INSERT INTO users (email, display_name, password_hash, confirmed_at, created_at, updated_at, "
                           "password_changed_at) VALUES ("
                + quoted(platform.unique_email("matrice-cible")) + ", 'Compte cible', 'x', 0, 0, 0, 0) RETURNING id");
            // An instructeur, so that the page of its regions exists for the administrator.
            run("INSERT INTO user_roles (user_id, role, granted_at) VALUES (" + s(r.user) + ", 'instructeur', 0)");
            r.session = core::random_token(12);
            run("INSERT INTO sessions (key, public_id, user_id, created_at, last_seen_at) VALUES ("
                + quoted(core::sha256_hex(r.session + "-cle")) + ", " + quoted(r.session) + ", " + s(owner().user_id) + ", "
                + s(now) + ", " + s(now) + ")");
            transaction.commit();
        }
        if (with_piece) {
            auto response = dossier_support::post_multipart(owner().client,
                "/dossiers/" + std::to_string(r.dossier) + "/pieces", {}, {{"fichier", "statuts.pdf", dossier_support::pdf_bytes()}});
            EXPECT_EQ(response.status, 303) << response.body.substr(0, 300);
            r.piece = dossier_support::count("SELECT MAX(id) FROM dossier_attachments WHERE dossier_id = :id", r.dossier);
        }
        return r;
    }
};

//! A draft of the titulaire, with every relation that grants access to a deposited dossier (the
//! call's team, a review request, a committee's agenda) written by SQL, as an attacker would hope
//! to find them; its attachment is uploaded by its author.
struct DraftRecords {
    Records records; //!< the world's other records, with `dossier` and `piece` the draft's
};

inline DraftRecords make_draft(World& w)
{
    DraftRecords draft{w.make_records(false)};
    auto& r = draft.records;
    auto s = [](long long v) { return std::to_string(v); };
    r.dossier = dossier_support::count("SELECT MIN(id) FROM dossiers WHERE organisation_id = :id", r.organisation);
    auth_support::execute_sql("UPDATE dossiers SET state = 'brouillon', deposited_at = NULL WHERE id = " + s(r.dossier));
    auto response = dossier_support::post_multipart(w.owner().client, "/dossiers/" + s(r.dossier) + "/pieces", {},
        {{"fichier", "brouillon.pdf", dossier_support::pdf_bytes()}});
    EXPECT_EQ(response.status, 303) << response.body.substr(0, 300);
    r.piece = dossier_support::count("SELECT MAX(id) FROM dossier_attachments WHERE dossier_id = :id", r.dossier);
    return draft;
}

inline World& world()
{
    static World instance;
    return instance;
}

inline std::string strip(std::string_view text)
{
    std::string out;
    for (char c : text)
        if (c != ' ' && c != '|')
            out += c;
    return out;
}

inline std::string key_of(std::string_view method, std::string_view pattern)
{
    return std::string(method) + " " + std::string(pattern);
}

//! The routes the platform serves (the test-only fault routes left out).
inline std::vector<const http::Router<web::Route>::Entry*> platform_routes()
{
    std::vector<const http::Router<web::Route>::Entry*> routes;
    for (const auto& entry : TestPlatform::instance().platform().services().registry.router().entries())
        if (entry.route.module != "test-faults")
            routes.push_back(&entry);
    return routes;
}

//! The path of `pattern` with each parameter replaced by the record it names.
inline std::string path_for(const std::string& pattern, const Records& r)
{
    auto segments = http::split_path(pattern);
    std::string path;
    std::string first = segments.empty() ? "" : std::string(segments[0]);
    std::string second = segments.size() > 1 ? std::string(segments[1]) : "";
    std::string third = segments.size() > 2 ? std::string(segments[2]) : "";
    std::string context = first == "admin" || first == "instruction" || first == "api" ? (first == "api" ? third : second) : first;
    for (auto segment : segments) {
        std::string value(segment);
        if (value.size() > 2 && value.front() == '{') {
            auto name = value.substr(1, value.size() - 2);
            auto n = [](long long v) { return std::to_string(v); };
            if (name == "piece")
                value = n(r.piece);
            else if (name == "review")
                value = n(r.review);
            else if (name == "critere")
                value = n(r.criterion);
            else if (name == "section")
                value = "0";
            else if (name == "cle")
                value = "presentation";
            else if (name == "user")
                value = n(world().instructor().user_id);
            else if (name == "code")
                value = second == "regions" ? "84" : "42";
            else if (context == "organisations")
                value = n(r.organisation);
            else if (context == "projets" || context == "projects")
                value = n(r.project);
            else if (context == "dossiers")
                value = n(r.dossier);
            else if (context == "avis")
                value = n(r.review);
            else if (context == "comites")
                value = n(r.committee);
            else if (context == "labels")
                value = n(r.label);
            else if (context == "appels")
                value = n(r.call);
            else if (context == "revendications")
                value = n(r.claim);
            else if (context == "identites")
                value = n(r.identity_change);
            else if (context == "utilisateurs" || context == "instructeurs")
                value = n(r.user);
            else if (context == "compte")
                value = r.session;
            else
                value = "RECORD-UNKNOWN-" + name;
        }
        path += "/" + value;
    }
    return path.empty() ? "/" : path;
}

inline char classify(const HttpResponse& response)
{
    int status = response.status;
    if (status == 401)
        return 'C';
    if (status == 303 || status == 302) {
        auto location = response.header("location").value_or("");
        return location.rfind("/connexion?retour=", 0) == 0 ? 'C' : 'A';
    }
    if (status == 403)
        return 'F';
    if (status == 404)
        return 'N';
    if ((status >= 200 && status < 300) || status == 304 || status == 400 || status == 409 || status == 422)
        return 'A';
    return '?';
}

//! The form a rightful user would send to the POST routes that read a field before they check who
//! asks (the target state, the dossier of a decision, the regions, the file): with an empty form
//! they would answer 422 or 404 to everyone and the check itself would go untested. The other
//! routes get an empty form, which their check meets first.
inline HttpResponse post_minimal_form(MatrixActor& actor, const std::string& pattern, const std::string& path, const Records& r)
{
    if (pattern == "/dossiers/{id}/pieces")
        return dossier_support::post_multipart(actor.client, path, {}, {{"fichier", "budget.pdf", dossier_support::pdf_bytes()}});
    Fields fields;
    if (pattern == "/dossiers/{id}/transition")
        fields = {{"to", "depose"}};
    else if (pattern == "/comites/{id}/decisions")
        fields = {{"dossier", std::to_string(r.dossier)}, {"decision", "labellise"}, {"motivation", "Décision de la matrice."}};
    else if (pattern == "/admin/instructeurs/{id}")
        fields = {{"regions", "84"}};
    return actor.client.post_form(path, fields);
}

inline HttpResponse send(MatrixActor& actor, const std::string& method, const std::string& pattern, const std::string& path,
    const Records& r)
{
    if (method == "GET")
        return actor.client.get(path);
    if (method == "POST")
        return post_minimal_form(actor, pattern, path, r);
    return actor.client.request(method, path, "{}",
        {{"Content-Type", "application/json"}, {"Accept", "application/json"}, {"X-CSRF-Token", actor.client.csrf_token()}});
}

//! What a forbidden request must not have changed: the records' states, texts and counts.
inline std::string fingerprint(const Records& r)
{
    using dossier_support::count;
    using dossier_support::query_text;
    std::ostringstream out;
    out << query_text("SELECT name FROM organisations WHERE id = :id", r.organisation) << '|'
        << count("SELECT updated_at FROM organisations WHERE id = :id", r.organisation) << '|'
        << query_text("SELECT status FROM organisations WHERE id = :id", r.organisation) << '|'
        << count("SELECT COUNT(*) FROM organisation_memberships WHERE organisation_id = :id", r.organisation) << '|'
        << query_text("SELECT title FROM projects WHERE id = :id", r.project) << '|'
        << query_text("SELECT status FROM projects WHERE id = :id", r.project) << '|'
        << count("SELECT updated_at FROM projects WHERE id = :id", r.project) << '|'
        << count("SELECT COUNT(*) FROM projects WHERE organisation_id = :id", r.organisation) << '|'
        << count("SELECT COUNT(*) FROM project_qualifications WHERE project_id = :id", r.project) << '|'
        << query_text("SELECT state FROM calls WHERE id = :id", r.call) << '|'
        << count("SELECT updated_at FROM calls WHERE id = :id", r.call) << '|'
        << count("SELECT COUNT(*) FROM call_forms WHERE call_id = :id", r.call) << '|'
        << query_text("SELECT definition_json FROM call_forms WHERE call_id = :id ORDER BY version DESC LIMIT 1", r.call) << '|'
        << count("SELECT COUNT(*) FROM call_criteria WHERE call_id = :id", r.call) << '|'
        << count("SELECT COUNT(*) FROM call_instructors WHERE call_id = :id", r.call) << '|'
        << query_text("SELECT state FROM dossiers WHERE id = :id", r.dossier) << '|'
        << count("SELECT updated_at FROM dossiers WHERE id = :id", r.dossier) << '|'
        << query_text("SELECT answers_json FROM dossiers WHERE id = :id", r.dossier) << '|'
        << count("SELECT COALESCE(instructor_id, 0) FROM dossiers WHERE id = :id", r.dossier) << '|'
        << count("SELECT COUNT(*) FROM dossiers WHERE organisation_id = :id", r.organisation) << '|'
        << count("SELECT COUNT(*) FROM dossier_messages WHERE dossier_id = :id", r.dossier) << '|'
        << count("SELECT COUNT(*) FROM dossier_attachments WHERE dossier_id = :id", r.dossier) << '|'
        << count("SELECT COUNT(*) FROM reviews WHERE dossier_id = :id", r.dossier) << '|'
        << query_text("SELECT state FROM reviews WHERE id = :id", r.review) << '|'
        << count("SELECT COUNT(*) FROM review_scores WHERE review_id = :id", r.review) << '|'
        << query_text("SELECT state FROM committees WHERE id = :id", r.committee) << '|'
        << query_text("SELECT title FROM committees WHERE id = :id", r.committee) << '|'
        << count("SELECT COUNT(*) FROM committee_agenda WHERE committee_id = :id", r.committee) << '|'
        << count("SELECT COUNT(*) FROM committee_agenda WHERE committee_id = :id AND decision IS NOT NULL", r.committee) << '|'
        << query_text("SELECT state FROM labels WHERE id = :id", r.label) << '|'
        << count("SELECT COUNT(*) FROM dossiers WHERE renewal_of_label_id = :id", r.label) << '|'
        << query_text("SELECT status FROM organisation_claims WHERE id = :id", r.claim) << '|'
        << query_text("SELECT status FROM organisation_identity_changes WHERE id = :id", r.identity_change) << '|'
        << count("SELECT COUNT(*) FROM user_roles WHERE user_id = :id", r.user) << '|'
        << count("SELECT COUNT(*) FROM instructor_regions WHERE user_id = :id", r.user) << '|'
        << count("SELECT COUNT(*) FROM sessions WHERE user_id = :id", world().owner().user_id);
    return out.str();
}

} // namespace essaim::test::access_matrix
