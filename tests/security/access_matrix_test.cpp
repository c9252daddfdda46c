// The access-control matrix (issue 5): every route of the router × every actor × own and other
// records, against the table of access_matrix_expectations.hpp. The routes come from the router
// itself, so a new route cannot be forgotten: it fails here until it has a row.
//
// GET requests share one set of records. Each POST or PATCH gets fresh records (the same owner,
// team and expert), so an action that succeeds for one actor (a deletion, a publication) does not
// change what the next actor meets, and a forbidden one can be checked to have changed nothing.
// Set ESSAIM_ACCESS_MATRIX_PRINT=1 to print the observed table (to review a new route's row).

#include "security/access_matrix_expectations.hpp"

#include "security/access_matrix_world.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <map>
#include <set>

namespace essaim::test {
namespace {

using namespace access_matrix;
using auth::Role;

TEST(AccessMatrix, EveryRoleHasAnActor)
{
    auto& w = world();
    std::set<Role> covered{Role::Membre};
    for (const auto& a : w.actors)
        covered.insert(a.roles.begin(), a.roles.end());
    for (auto role : auth::all_roles)
        EXPECT_TRUE(covered.count(role)) << "role without an actor in the access matrix: " << auth::role_code(role);
}

TEST(AccessMatrix, EveryRouteOfTheRouterHasARowAndEveryRowARoute)
{
    std::set<std::string> table;
    for (const auto& row : expectations) {
        EXPECT_TRUE(table.insert(key_of(row.method, row.pattern)).second)
            << "row twice in the access matrix: " << key_of(row.method, row.pattern);
        EXPECT_EQ(strip(row.expected).size(), std::size_t(actor_count)) << key_of(row.method, row.pattern);
    }
    std::set<std::string> routes;
    for (const auto* entry : platform_routes()) {
        auto key = key_of(http::method_name(entry->method), entry->pattern);
        routes.insert(key);
        EXPECT_TRUE(table.count(key)) << "route missing from the access matrix: " << key;
    }
    for (const auto& key : table)
        EXPECT_TRUE(routes.count(key)) << "access matrix row for a route that no longer exists: " << key;
}

TEST(AccessMatrix, EachActorOnEachRouteGetsTheExpectedAnswer)
{
    auto& w = world();
    bool print = std::getenv("ESSAIM_ACCESS_MATRIX_PRINT") != nullptr;
    std::map<std::string, std::string> expected;
    for (const auto& row : expectations)
        expected[key_of(row.method, row.pattern)] = strip(row.expected);

    int checks = 0;
    auto started = std::chrono::steady_clock::now();
    for (const auto* entry : platform_routes()) {
        std::string method(http::method_name(entry->method));
        auto key = key_of(method, entry->pattern);
        auto found = expected.find(key);
        if (found == expected.end() && !print)
            continue;  // reported by the test above
        bool changes_state = method != "GET";
        std::string observed;
        std::string statuses;
        for (int i = 0; i < actor_count; ++i) {
            auto& a = w.actor(i);
            Records records = changes_state ? w.make_records(entry->pattern.find("{piece}") != std::string::npos) : w.shared;
            auto path = path_for(entry->pattern, records);
            auto before = changes_state ? fingerprint(records) : std::string();
            auto response = send(a, method, entry->pattern, path, records);
            char answer = classify(response);
            observed += answer;
            statuses += " " + std::to_string(response.status);
            ++checks;
            if (found != expected.end()) {
                char want = found->second[static_cast<std::size_t>(i)];
                EXPECT_EQ(answer, want) << key << " as " << a.name << " (" << method << " " << path << ") answered "
                                        << response.status << " " << response.header("location").value_or("") << "\n"
                                        << response.body.substr(0, 300);
                // Deny means nothing done: a refused POST leaves every record as it was.
                if (changes_state && want != 'A') {
                    EXPECT_EQ(fingerprint(records), before) << key << " as " << a.name << " changed records although refused";
                }
            }
            // Some actions end the actor's sessions (sign-out); sign back in for the next rows.
            if (changes_state && !a.visitor && a.client.get("/compte").status != 200)
                World::sign_in(a);
        }
        if (print) {
            std::string grouped = observed.substr(0, 3) + "  " + observed.substr(3, 2) + "  " + observed.substr(5, 2) + "  "
                + observed.substr(7, 2) + "  " + observed.substr(9, 2) + "  " + observed.substr(11, 1);
            std::cout << "    {\"" << method << "\", \"" << entry->pattern << "\", \"" << grouped << "\"}, //" << statuses
                      << "\n";
        }
    }
    auto seconds = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count() / 1000.0;
    std::cout << "[access matrix] " << platform_routes().size() << " routes, " << checks << " route × actor checks in "
              << seconds << " s\n";
}

// The matrix posts empty or minimal forms; here the forbidden actor sends the complete form a
// rightful user would, and the records must not move.
TEST(AccessMatrix, ForbiddenCompleteFormsChangeNothing)
{
    auto& w = world();
    struct Attempt {
        int actor;
        std::string target;
        Fields fields;
        int status;
    };
    auto r = w.make_records(false);
    auto n = [](long long id) { return std::to_string(id); };
    auto dossier = dossier_support::count(
        "SELECT id FROM dossiers WHERE id = :id", r.dossier);
    const std::vector<Attempt> attempts = {
        {1, "/organisations/" + n(r.organisation) + "/modifier", {{"name", "Fiche détournée"}, {"commune", "42218"}}, 403},
        {8, "/dossiers/" + n(dossier) + "/transition", {{"to", "en_instruction"}, {"motivation", "détourné"}}, 404},
        {1, "/dossiers/" + n(dossier) + "/messages", {{"message", "Message détourné"}}, 404},
        {7, "/dossiers/" + n(dossier) + "/notes", {{"message", "Note détournée"}}, 403},
        {6, "/dossiers/" + n(dossier) + "/instructeur", {{"instructor", n(w.actor(6).user_id)}}, 404},
        {2, "/labels/" + n(r.label) + "/retirer", {{"motivation", "Retrait détourné"}}, 403},
        {4, "/admin/utilisateurs/" + n(r.user) + "/roles", {{"role", "administrateur"}, {"action", "accorder"}}, 403},
        {5, "/comites/" + n(r.committee) + "/decisions", {{"dossier", n(dossier)}, {"decision", "labellise"}, {"motivation", "x"}}, 403},
        {1, "/comites/" + n(r.committee) + "/tenu", {}, 404},
        {9, "/admin/appels/" + n(r.call) + "/clore", {}, 403},
        {10, "/projets/" + n(r.project) + "/modifier", {{"title", "Projet détourné"}}, 403},
        {3, "/compte/sessions/" + r.session + "/fin", {}, 404},
    };
    for (const auto& attempt : attempts) {
        auto before = fingerprint(r);
        auto response = w.actor(attempt.actor).client.post_form(attempt.target, attempt.fields);
        EXPECT_EQ(response.status, attempt.status) << attempt.target << " as " << w.actor(attempt.actor).name << "\n"
                                                   << response.body.substr(0, 300);
        EXPECT_EQ(fingerprint(r), before) << attempt.target << " as " << w.actor(attempt.actor).name;
    }
}

// A draft belongs to its authors until it is deposited (issue 12): its page, its attachment, its
// messages and every action on it are hidden (404) from the call's team, the committee, an expert
// with a review request, administrators and strangers, though each of those relations exists.
TEST(AccessMatrix, ADraftBelongsToItsAuthorsUntilItIsDeposited)
{
    auto& w = world();
    auto draft = make_draft(w);
    const auto& r = draft.records;
    auto d = "/dossiers/" + std::to_string(r.dossier);
    struct DraftRow {
        std::string method;
        std::string target;
        Fields fields;
        //! V M T  Ac Fi  In Ih  Ex Eh  Hp Ap  Ad
        std::string_view expected;
    };
    const std::vector<DraftRow> rows = {
        {"GET", d, {}, "CNA  NN  NN  NN  NN  N"},
        {"GET", d + "/pieces/" + std::to_string(r.piece), {}, "CNA  NN  NN  NN  NN  N"},
        {"GET", d + "/modifier", {}, "CNA  NN  NN  NN  NN  N"},
        {"GET", d + "/supprimer", {}, "CNA  NN  NN  NN  NN  N"},
        {"GET", d + "/transition?to=retire", {}, "CNA  NN  NN  NN  NN  N"},
        {"GET", d + "/avis", {}, "CNN  NN  NN  NN  NN  N"},
        {"POST", d + "/messages", {{"message", "Un message sur le brouillon."}}, "CNA  NN  NN  NN  NN  N"},
        {"POST", d + "/notes", {{"message", "Une note sur le brouillon."}}, "CNF  NN  NN  NN  NN  N"},
        {"POST", d + "/transition", {{"to", "en_instruction"}}, "CNA  NN  NN  NN  NN  N"},
        {"POST", d + "/avis", {{"experts", std::to_string(w.expert().user_id)}, {"due_on", "2030-01-01"}}, "CFF  FF  NN  FF  FF  N"},
        {"POST", d + "/instructeur", {{"instructor", std::to_string(w.instructor().user_id)}}, "CFF  FF  NN  FF  FF  N"},
    };
    for (const auto& row : rows) {
        auto expected = strip(row.expected);
        ASSERT_EQ(expected.size(), std::size_t(actor_count)) << row.target;
        for (int i = 0; i < actor_count; ++i) {
            auto& a = w.actor(i);
            // Each actor meets the draft as it was: the author's own messages count as their change.
            auto before = fingerprint(r);
            auto response = row.method == "GET" ? a.client.get(row.target) : a.client.post_form(row.target, row.fields);
            auto answer = classify(response);
            EXPECT_EQ(answer, expected[static_cast<std::size_t>(i)])
                << row.method << " " << row.target << " as " << a.name << " answered " << response.status << "\n"
                << response.body.substr(0, 300);
            if (row.method != "GET" && answer != 'A') {
                EXPECT_EQ(fingerprint(r), before) << row.target << " as " << a.name << " changed the draft although refused";
            }
        }
    }
    // Nor do the lists and exports of the call's team name it.
    auto instruction = w.instructor().client.get("/instruction?appel=" + std::to_string(r.call));
    EXPECT_EQ(instruction.status, 200);
    EXPECT_EQ(instruction.body.find(d + "\""), std::string::npos);
    auto exported = w.actor(11).client.get("/instruction/appels/" + std::to_string(r.call) + "/export.csv");
    EXPECT_EQ(exported.status, 200);
    // The call's labelled dossier is exported; the draft, whose id starts no line, is not.
    EXPECT_NE(exported.body.find("\n" + std::to_string(r.labelled_dossier) + ";"), std::string::npos) << exported.body;
    EXPECT_EQ(exported.body.find("\n" + std::to_string(r.dossier) + ";"), std::string::npos) << exported.body;
    auto expert_list = w.expert().client.get("/avis");
    EXPECT_EQ(expert_list.body.find(d), std::string::npos);
}

} // namespace
} // namespace essaim::test
