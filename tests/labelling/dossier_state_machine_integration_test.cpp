// The dossier's state machine through POST /dossiers/{id}/transition, over every (from, to) pair
// of states: each legal move by its actor works (state, history row, audit entry, mail to the
// applicant); the other actor gets 403; every move that does not exist answers 409 and changes
// nothing. Dossiers, calls and the team are prepared by SQL (labelling_fixtures): the pages that
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

TEST(DossierStateMachine, EveryPairOfStatesIsLegalForItsActorOrAConflict)
{
    int legal = 0, illegal = 0;
    for (auto from : labelling::dossier_states())
        for (auto to : labelling::dossier_states()) {
            SCOPED_TRACE(std::string(labelling::state_code(from)) + " -> " + std::string(labelling::state_code(to)));
            auto actor = labelling::transition_actor(from, to);
            auto dossier = fresh_dossier(from);
            Fields fields{{"to", std::string(labelling::state_code(to))}, {"motivation", "Motif du test des états."}};
            if (!actor) {
                ++illegal;
                // Both sides see the dossier; neither may make a move that does not exist.
                for (auto* who : {&cast().applicant, &cast().instructor}) {
                    auto response = post_json(who->client, "/dossiers/" + std::to_string(dossier) + "/transition", fields);
                    EXPECT_EQ(response.status, 409) << response.body;
                    EXPECT_EQ(response.header("content-type").value_or(""), "application/problem+json");
                }
                EXPECT_EQ(dossier_state(dossier), labelling::state_code(from));
                EXPECT_EQ(transitions_of(dossier), 0);
                EXPECT_EQ(audits_of(dossier), 0);
                continue;
            }
            ++legal;
            auto& right = *actor == DossierActor::Applicant ? cast().applicant : cast().instructor;
            auto& wrong = *actor == DossierActor::Applicant ? cast().instructor : cast().applicant;
            auto refused = post_json(wrong.client, "/dossiers/" + std::to_string(dossier) + "/transition", fields);
            EXPECT_EQ(refused.status, 403) << refused.body;
            EXPECT_EQ(dossier_state(dossier), labelling::state_code(from));
            EXPECT_EQ(transitions_of(dossier), 0);

            auto done = post_json(right.client, "/dossiers/" + std::to_string(dossier) + "/transition", fields);
            EXPECT_EQ(done.status, 200) << done.body;
            EXPECT_EQ(dossier_state(dossier), labelling::state_code(to));
            EXPECT_EQ(transitions_of(dossier), 1);
            EXPECT_EQ(audits_of(dossier), 1);
            EXPECT_GE(mails_for(dossier), 1);
            EXPECT_EQ(query_text("SELECT motivation FROM dossier_transitions WHERE dossier_id = :id", dossier),
                "Motif du test des états.");
        }
    EXPECT_EQ(legal, 13);
    EXPECT_EQ(illegal, 81 - 13);
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
    EXPECT_NE(page.body.find("motivation-complements_demandes-erreur"), std::string::npos);
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
