// The dossier's state machine through POST /dossiers/{id}/transition, over every (state, action,
// actor): each legal move by its actor works (state, history row, audit entry, and an e-mail to
// the applicant only for a meaningful step); the other actor gets 403, the committee's moves are
// refused here (but placing on the next session's agenda), a draft is hidden from the staff (404),
// and every move that does not exist answers 409 and changes nothing. Dossiers, calls and the team are prepared by SQL (labelling_fixtures): the pages that
// create them are not the subject here.

#include "dossier_test_support.hpp"

#include "labelling/dossier.hpp"

#include <gtest/gtest.h>

namespace essaim::test {
namespace {

using namespace labelling_fixtures;
using namespace dossier_support;
using labelling::DossierActor;
using labelling::DossierState;

struct Cast {
    Actor applicant = auth_support::signed_in_actor("machine-candidat");
    Actor instructor = auth_support::signed_in_actor("machine-instructeur", {auth::Role::Instructeur});
    long long organisation = published_organisation(applicant, "Ruche des états du dossier");
    long long call = call_with_form("Appel du test des états");

    Cast() { add_to_team(call, instructor.user_id); }
};

Cast& cast()
{
    static Cast instance;
    return instance;
}

long long fresh_dossier(DossierState state)
{
    auto id = dossier_in_state(cast().call, cast().organisation, cast().applicant.user_id,
        std::string(labelling::state_code(state)));
    attachment_row(id, "statuts");  // so a deposit finds the required file
    return id;
}

long long transitions_of(long long dossier) { return count("SELECT COUNT(*) FROM dossier_transitions WHERE dossier_id = :id", dossier); }
long long audits_of(long long dossier)
{
    return count("SELECT COUNT(*) FROM audit_log WHERE action = 'labelling.dossier_transition' AND target_id = "
                 "CAST(:id AS TEXT)",
        dossier);
}
long long mails_for(long long dossier)
{
    return count("SELECT COUNT(*) FROM outbox WHERE subject LIKE '%n° ' || CAST(:id AS TEXT) || ' :%'", dossier);
}

// What each actor gets from POST /dossiers/{id}/transition for the move from → to.
int expected_status(DossierState from, DossierState to, bool applicant)
{
    auto actor = labelling::transition_actor(from, to);
    // A draft belongs to its authors: the staff does not learn it exists.
    if (from == DossierState::Brouillon && !applicant)
        return 404;
    if (!actor)
        return 409;
    switch (*actor) {
    case DossierActor::Applicant: return applicant ? 200 : 403;
    case DossierActor::Staff: return applicant ? 403 : 200;
    // The committee's moves are not the dossier's: only placing it on the next session's agenda
    // goes through this route, for the staff.
    case DossierActor::Committee: return !applicant && to == DossierState::EnComite ? 200 : 403;
    }
    return 0;
}

TEST(DossierStateMachine, EveryStateActionAndActorOverHttp)
{
    committee_session(cast().call, "2099-01-15");
    int rows = 0, done = 0;
    for (auto from : labelling::dossier_states())
        for (auto to : labelling::dossier_states())
            for (bool applicant : {false, true}) {
                SCOPED_TRACE(std::string(labelling::state_code(from)) + " -> " + std::string(labelling::state_code(to))
                    + (applicant ? " par le candidat" : " par l’instructeur"));
                ++rows;
                auto dossier = fresh_dossier(from);
                auto& who = applicant ? cast().applicant : cast().instructor;
                Fields fields{{"to", std::string(labelling::state_code(to))}, {"motivation", "Motif du test des états."}};
                auto response = post_json(who.client, "/dossiers/" + std::to_string(dossier) + "/transition", fields);
                auto want = expected_status(from, to, applicant);
                EXPECT_EQ(response.status, want) << response.body;
                if (want != 200) {
                    EXPECT_EQ(response.header("content-type").value_or(""), "application/problem+json");
                    EXPECT_EQ(dossier_state(dossier), labelling::state_code(from));
                    EXPECT_EQ(transitions_of(dossier), 0);
                    EXPECT_EQ(audits_of(dossier), 0);
                    EXPECT_EQ(mails_for(dossier), 0);
                    continue;
                }
                ++done;
                EXPECT_EQ(dossier_state(dossier), labelling::state_code(to));
                EXPECT_EQ(transitions_of(dossier), 1);
                EXPECT_EQ(audits_of(dossier), 1);
                // One e-mail per meaningful step, none for the staff's internal moves.
                EXPECT_EQ(mails_for(dossier), labelling::notifies_applicant(from, to) ? 1 : 0);
                if (to != DossierState::EnComite) {
                    EXPECT_EQ(query_text("SELECT motivation FROM dossier_transitions WHERE dossier_id = :id", dossier),
                        "Motif du test des états.");
                }
            }
    EXPECT_EQ(rows, 9 * 9 * 2);
    // 8 moves of the applicant or the staff, and the staff's placing on the agenda.
    EXPECT_EQ(done, 9);
}

TEST(DossierStateMachine, HtmlFormsRedirectAndMissingMotivationIs422)
{
    auto dossier = fresh_dossier(DossierState::EnInstruction);
    auto target = "/dossiers/" + std::to_string(dossier) + "/transition";
    auto missing = post_json(cast().instructor.client, target, {{"to", "complements_demandes"}, {"motivation", "  "}});
    EXPECT_EQ(missing.status, 422) << missing.body;
    EXPECT_NE(missing.body.find("motivation"), std::string::npos);
    auto page = cast().instructor.client.post_form(target, {{"to", "complements_demandes"}});
    EXPECT_EQ(page.status, 422);
    EXPECT_NE(page.body.find("decision-complements_demandes-motif-erreur"), std::string::npos);
    EXPECT_EQ(dossier_state(dossier), "en_instruction");

    auto done = cast().instructor.client.post_form(target, {{"to", "complements_demandes"}, {"motivation", "Joignez le bilan."}});
    EXPECT_EQ(done.status, 303);
    EXPECT_EQ(done.header("location").value_or(""), "/dossiers/" + std::to_string(dossier));
    EXPECT_EQ(dossier_state(dossier), "complements_demandes");
    auto mail = auth_support::wait_for_mail_with(cast().applicant.email, "Joignez le bilan.");
    EXPECT_NE(mail.find("/dossiers/" + std::to_string(dossier)), std::string::npos);

    // An unknown state, an unknown dossier, a dossier the user does not see.
    EXPECT_EQ(post_json(cast().instructor.client, target, {{"to", "envole"}}).status, 422);
    EXPECT_EQ(post_json(cast().instructor.client, "/dossiers/999999999/transition", {{"to", "depose"}}).status, 404);
    auto stranger = auth_support::signed_in_actor("machine-inconnu", {auth::Role::Instructeur});
    EXPECT_EQ(post_json(stranger.client, target, {{"to", "depose"}}).status, 404);
}

TEST(DossierStateMachine, DepositRefusesAnIncompleteDossier)
{
    auto dossier = dossier_in_state(cast().call, cast().organisation, cast().applicant.user_id, "brouillon");
    auto response = post_json(cast().applicant.client, "/dossiers/" + std::to_string(dossier) + "/transition", {{"to", "depose"}});
    EXPECT_EQ(response.status, 422) << response.body;
    EXPECT_EQ(dossier_state(dossier), "brouillon");
}

} // namespace
} // namespace essaim::test
