// Who reaches what on a dossier: each role against each dossier route, as a table. The call, the
// dossiers and the expert's review are written by SQL (labelling_fixtures); the attachments go
// through the upload route. Nothing of a dossier is reachable by guessing its id.

#include "dossier_test_support.hpp"

#include <gtest/gtest.h>

#include <map>

namespace essaim::test {
namespace {

using namespace labelling_fixtures;
using namespace dossier_support;

enum Role { Visiteur, Membre, AutreMembre, Instructeur, Expert, AutreExpert, Administrateur };
const char* role_names[] = {"visiteur", "membre", "autre membre", "instructeur", "expert", "autre expert", "administrateur"};

struct World {
    Actor owner = auth_support::signed_in_actor("matrice-membre");
    Actor other_owner = auth_support::signed_in_actor("matrice-autre-membre");
    Actor instructor = auth_support::signed_in_actor("matrice-instructeur", {auth::Role::Instructeur});
    Actor expert = auth_support::signed_in_actor("matrice-expert", {auth::Role::Expert});
    Actor other_expert = auth_support::signed_in_actor("matrice-autre-expert", {auth::Role::Expert});
    Actor admin = auth_support::signed_in_actor("matrice-admin", {auth::Role::Administrateur});
    HttpClient visitor{TestPlatform::instance().port()};
    long long organisation = published_organisation(owner, "Incubateur de la matrice d’accès");
    long long other_organisation = published_organisation(other_owner, "Accélérateur voisin de la matrice");
    long long call = call_with_form("Appel de la matrice d’accès");
    long long dossier = 0;
    long long other_dossier = 0;
    long long piece = 0;
    long long other_piece = 0;

    World()
    {
        add_to_team(call, instructor.user_id);
        dossier = dossier_in_state(call, organisation, owner.user_id, "complements_demandes");
        other_dossier = dossier_in_state(call, other_organisation, other_owner.user_id, "complements_demandes");
        review_request(dossier, expert.user_id);
        piece = upload(owner, dossier, "statuts-matrice.pdf");
        other_piece = upload(other_owner, other_dossier, "statuts-voisin.pdf");
    }

    static long long upload(Actor& actor, long long dossier_id, const std::string& name)
    {
        auto response = post_multipart(actor.client, "/dossiers/" + std::to_string(dossier_id) + "/pieces", {},
            {{"fichier", name, pdf_bytes(dossier_id)}});
        EXPECT_EQ(response.status, 303) << response.body;
        return count("SELECT MAX(id) FROM dossier_attachments WHERE dossier_id = :id", dossier_id);
    }

    HttpClient& client(Role role)
    {
        switch (role) {
        case Visiteur: return visitor;
        case Membre: return owner.client;
        case AutreMembre: return other_owner.client;
        case Instructeur: return instructor.client;
        case Expert: return expert.client;
        case AutreExpert: return other_expert.client;
        case Administrateur: return admin.client;
        }
        return visitor;
    }
};

World& world()
{
    static World instance;
    return instance;
}

std::string d(long long id) { return "/dossiers/" + std::to_string(id); }

void expect_status(Role role, const std::string& what, const HttpResponse& response, int expected)
{
    EXPECT_EQ(response.status, expected) << role_names[role] << " — " << what << "\n" << response.body.substr(0, 400);
    // Visitors are sent to sign in (the platform's redirects are 303 See Other).
    if (role == Visiteur && response.status == 303) {
        EXPECT_EQ(response.header("location").value_or("").rfind("/connexion", 0), 0u) << role_names[role] << " — " << what;
    }
}

TEST(DossierAccessMatrix, EachRoleOnEachRoute)
{
    auto& w = world();
    // 303 for the visitor = redirected to /connexion; for the others = done (a POST's redirect).
    //                                  visiteur membre autre  instr. expert autre-exp admin
    const std::map<std::string, std::vector<int>> gets = {
        {d(w.dossier), {303, 200, 404, 200, 200, 404, 200}},
        {d(w.dossier) + "/modifier", {303, 200, 404, 403, 403, 404, 403}},
        {d(w.dossier) + "/pieces/" + std::to_string(w.piece), {303, 200, 404, 200, 200, 404, 200}},
        {d(w.dossier) + "/avis", {303, 404, 404, 200, 200, 404, 200}},
        {"/instruction/appels/" + std::to_string(w.call) + "/export.csv", {303, 403, 403, 200, 403, 403, 200}},
        {"/instruction/appels/" + std::to_string(w.call) + "/export.xlsx", {303, 403, 403, 200, 403, 403, 200}},
        {"/instruction", {303, 403, 403, 200, 403, 403, 200}},
        {"/mes-dossiers", {303, 200, 200, 200, 200, 200, 200}},
    };
    for (const auto& [target, expected] : gets)
        for (int role = Visiteur; role <= Administrateur; ++role)
            expect_status(Role(role), "GET " + target, w.client(Role(role)).get(target), expected[role]);

    const std::vector<std::pair<std::string, std::vector<int>>> posts = {
        {d(w.dossier) + "/messages", {303, 303, 404, 303, 403, 404, 303}},
        {d(w.dossier) + "/notes", {303, 403, 404, 303, 403, 404, 303}},
    };
    for (const auto& [target, expected] : posts)
        for (int role = Visiteur; role <= Administrateur; ++role)
            expect_status(Role(role), "POST " + target,
                w.client(Role(role)).post_form(target, {{"message", std::string("Écrit par ") + role_names[role]}}),
                expected[role]);

    // Uploads: only the applicant, while the dossier may be completed.
    const std::vector<int> uploads = {303, 303, 404, 403, 403, 404, 403};
    for (int role = Visiteur; role <= Administrateur; ++role)
        expect_status(Role(role), "POST pieces",
            post_multipart(w.client(Role(role)), d(w.dossier) + "/pieces", {}, {{"fichier", "note.txt", "Une note en texte.\n"}}),
            uploads[role]);

    // Transitions: a staff move (en instruction → compléments demandés), on a fresh dossier per role.
    const std::vector<int> transitions = {303, 403, 404, 303, 403, 404, 303};
    for (int role = Visiteur; role <= Administrateur; ++role) {
        auto fresh = dossier_in_state(w.call, w.organisation, w.owner.user_id, "en_instruction");
        review_request(fresh, w.expert.user_id);
        expect_status(Role(role), "POST transition",
            w.client(Role(role)).post_form(d(fresh) + "/transition", {{"to", "complements_demandes"}, {"motivation", "Le budget."}}),
            transitions[role]);
        EXPECT_EQ(dossier_state(fresh), role == Instructeur || role == Administrateur ? "complements_demandes" : "en_instruction")
            << role_names[role];
    }
}

TEST(DossierAccessMatrix, GuessedIdsAnswer404AndNeverAnotherDossiersData)
{
    auto& w = world();
    for (auto role : {Membre, Instructeur, Expert, Administrateur}) {
        auto& client = w.client(role);
        EXPECT_EQ(client.get("/dossiers/999999999").status, 404) << role_names[role];
        EXPECT_EQ(client.get("/dossiers/abc").status, 404) << role_names[role];
        EXPECT_EQ(client.get("/dossiers/0").status, 404) << role_names[role];
        EXPECT_EQ(client.get(d(w.dossier) + "/pieces/999999999").status, 404) << role_names[role];
        // The other dossier's piece under this dossier's id: 404, never the file.
        auto crossed = client.get(d(w.dossier) + "/pieces/" + std::to_string(w.other_piece));
        EXPECT_EQ(crossed.status, 404) << role_names[role];
        EXPECT_EQ(crossed.body.find("%PDF"), std::string::npos);
    }
    auto foreign = w.owner.client.get(d(w.other_dossier) + "/pieces/" + std::to_string(w.other_piece));
    EXPECT_EQ(foreign.status, 404);
    EXPECT_EQ(foreign.body.find("statuts-voisin"), std::string::npos);
    auto page = w.owner.client.get(d(w.other_dossier));
    EXPECT_EQ(page.status, 404);
    EXPECT_EQ(page.body.find("Accélérateur voisin"), std::string::npos);
    // The instructeur of the call sees both; an expert only the one they were asked about.
    EXPECT_EQ(w.expert.client.get(d(w.other_dossier)).status, 404);
}

TEST(DossierAccessMatrix, NotesOnlyForStaffAndMessagesNotForExperts)
{
    auto& w = world();
    auto note = w.instructor.client.post_form(d(w.dossier) + "/notes", {{"message", "Note confidentielle 4417"}});
    ASSERT_EQ(note.status, 303);
    auto message = w.owner.client.post_form(d(w.dossier) + "/messages", {{"message", "Question du candidat 5521"}});
    ASSERT_EQ(message.status, 303);

    auto applicant_page = w.owner.client.get(d(w.dossier)).body;
    EXPECT_EQ(applicant_page.find("Note confidentielle 4417"), std::string::npos);
    EXPECT_EQ(applicant_page.find("Notes internes"), std::string::npos);
    EXPECT_NE(applicant_page.find("Question du candidat 5521"), std::string::npos);

    auto expert_page = w.expert.client.get(d(w.dossier)).body;
    EXPECT_EQ(expert_page.find("Note confidentielle 4417"), std::string::npos);
    EXPECT_EQ(expert_page.find("Question du candidat 5521"), std::string::npos);
    EXPECT_NE(expert_page.find("statuts-matrice.pdf"), std::string::npos);

    for (auto* staff : {&w.instructor, &w.admin}) {
        auto body = staff->client.get(d(w.dossier)).body;
        EXPECT_NE(body.find("Note confidentielle 4417"), std::string::npos);
        EXPECT_NE(body.find("Question du candidat 5521"), std::string::npos);
    }
    // The staff hear about the applicant's message.
    auto mail = auth_support::wait_for_mail_with(w.instructor.email, "dossier n° " + std::to_string(w.dossier));
    EXPECT_NE(mail.find(d(w.dossier)), std::string::npos);
}

} // namespace
} // namespace essaim::test
