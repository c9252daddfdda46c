// The committee path over HTTP (issue 12): an instructeur's « Inscrire au comité » puts the dossier
// on the agenda of the next session for its call; only a committee decision labels it; each
// decision is a button opening a DSFR modal, with a confirmation page for browsers without
// JavaScript; the applicant receives one e-mail per meaningful step and none for the internal
// back and forth; the label's e-mail gives its page, code and certificate.

#include "dossier_test_support.hpp"

#include "core/calendar.hpp"

#include <gtest/gtest.h>

namespace essaim::test {
namespace {

using namespace labelling_fixtures;
using namespace dossier_support;
using auth::Role;
using auth_support::contains;

struct Cast {
    Actor applicant = auth_support::signed_in_actor("parcours-candidat");
    Actor instructor = auth_support::signed_in_actor("parcours-instructeur", {Role::Instructeur});
    Actor admin = auth_support::signed_in_actor("parcours-admin", {Role::Administrateur});
};

Cast& cast()
{
    static Cast instance;
    return instance;
}

std::string in_days(int days)
{
    return core::add_days(core::iso_day(TestPlatform::instance().clock().now()), days);
}

// A call of its own with the instructeur on its team, and one organisation of the applicant.
struct Call {
    long long id = 0;
    long long organisation = 0;
};

Call a_call(const std::string& tag)
{
    Call call{call_with_form("Appel du parcours " + tag)};
    add_to_team(call.id, cast().instructor.user_id);
    call.organisation = published_organisation(cast().applicant, "Ruche du parcours " + tag);
    return call;
}

long long dossier(const Call& call, const std::string& state)
{
    auto id = dossier_in_state(call.id, call.organisation, cast().applicant.user_id, state);
    attachment_row(id, "statuts");
    return id;
}

std::string path_of(long long dossier_id) { return "/dossiers/" + std::to_string(dossier_id); }

HttpResponse move(Actor& actor, long long dossier_id, const std::string& to, const std::string& motivation = {})
{
    return actor.client.post_form(path_of(dossier_id) + "/transition", {{"to", to}, {"motivation", motivation}});
}

HttpResponse decide(long long committee, long long dossier_id, const std::string& decision, const std::string& motivation = {})
{
    return cast().admin.client.post_form("/comites/" + std::to_string(committee) + "/decisions",
        {{"dossier", std::to_string(dossier_id)}, {"decision", decision}, {"motivation", motivation}});
}

long long agenda_lines(long long committee, long long dossier_id)
{
    return count("SELECT COUNT(*) FROM committee_agenda WHERE committee_id = " + std::to_string(committee)
            + " AND dossier_id = :id",
        dossier_id);
}

long long applicant_mails(long long dossier_id)
{
    return count_mails(cast().applicant.email, "Dossier n° " + std::to_string(dossier_id) + " :");
}

TEST(CommitteePath, ADossierReadyForTheCommitteeGoesOnTheAgendaOfTheNextSessionOfItsCall)
{
    auto call = a_call("prochaine séance");
    auto other = a_call("autre appel");
    auto ready = dossier(call, "en_instruction");
    // Sessions it must not go to: past, already held, of another call or of every call, later
    // than the next one.
    committee_session(call.id, in_days(-3));
    committee_session(0, in_days(1));
    committee_session(call.id, in_days(2), {}, "tenu");
    committee_session(other.id, in_days(1));
    auto later = committee_session(call.id, in_days(40));
    auto next = committee_session(call.id, in_days(9), {cast().admin.user_id});

    auto page = cast().instructor.client.get(path_of(ready));
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "Inscrire au comité du " + core::french_date(in_days(9)))) << page.body;
    EXPECT_FALSE(contains(page.body, "Passer à « En comité »"));
    EXPECT_FALSE(contains(page.body, "Passer à « Labellisé »"));

    auto placed = move(cast().instructor, ready, "en_comite");
    ASSERT_EQ(placed.status, 303) << placed.body;
    EXPECT_EQ(dossier_state(ready), "en_comite");
    EXPECT_EQ(agenda_lines(next, ready), 1);
    EXPECT_EQ(agenda_lines(later, ready), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM committee_agenda WHERE dossier_id = :id", ready), 1);

    // It shows on the session's agenda, with its decision buttons, and the dossier says where it is.
    auto agenda = cast().admin.client.get("/comites/" + std::to_string(next));
    ASSERT_EQ(agenda.status, 200);
    EXPECT_TRUE(contains(agenda.body, "Dossier n° " + std::to_string(ready)));
    EXPECT_TRUE(contains(agenda.body, "aria-controls=\"decision-" + std::to_string(ready) + "-labellise\""));
    auto seen = cast().instructor.client.get(path_of(ready));
    EXPECT_TRUE(contains(seen.body, "à l’ordre du jour du comité « Séance du " + in_days(9) + " »")) << seen.body;

    // An internal step: the applicant is not e-mailed.
    EXPECT_EQ(applicant_mails(ready), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'labelling.committee_agenda_added' AND after_json "
                    "LIKE '%\"' || CAST(:id AS TEXT) || '\"%'",
                  ready),
        1);
}

TEST(CommitteePath, WithoutASessionPlannedTheDossierStaysInInstruction)
{
    auto call = a_call("sans séance");
    auto ready = dossier(call, "en_instruction");
    committee_session(call.id, in_days(-1)); // already past
    auto page = cast().instructor.client.get(path_of(ready));
    EXPECT_TRUE(contains(page.body, "Aucune séance du comité n’est prévue pour cet appel")) << page.body;
    EXPECT_FALSE(contains(page.body, "Inscrire au comité"));
    auto refused = post_json(cast().instructor.client, path_of(ready) + "/transition", {{"to", "en_comite"}});
    EXPECT_EQ(refused.status, 409) << refused.body;
    EXPECT_EQ(dossier_state(ready), "en_instruction");
    // Nor may the applicant place it, whatever they post.
    EXPECT_EQ(move(cast().applicant, ready, "en_comite").status, 403);
    EXPECT_EQ(dossier_state(ready), "en_instruction");
}

TEST(CommitteePath, OnlyACommitteeDecisionLabelsADossier)
{
    auto call = a_call("seul le comité");
    auto on_agenda = dossier(call, "en_instruction");
    auto committee = committee_session(call.id, in_days(5), {cast().instructor.user_id});
    ASSERT_EQ(move(cast().instructor, on_agenda, "en_comite").status, 303);

    // Neither the staff nor an administrator labels, refuses or closes it from the dossier.
    for (auto* actor : {&cast().instructor, &cast().admin, &cast().applicant})
        for (const std::string to : {"labellise", "refuse", "sans_suite", "en_instruction"}) {
            auto response = post_json(actor->client, path_of(on_agenda) + "/transition", {{"to", to}, {"motivation", "Contournement."}});
            EXPECT_EQ(response.status, 403) << to << " " << response.body;
        }
    EXPECT_EQ(dossier_state(on_agenda), "en_comite");
    EXPECT_EQ(count("SELECT COUNT(*) FROM labels WHERE dossier_id = :id", on_agenda), 0);
    auto page = cast().admin.client.get(path_of(on_agenda));
    EXPECT_FALSE(contains(page.body, "name=\"to\" value=\"labellise\""));

    // The committee labels it without a motivation (none is owed), and the label exists.
    ASSERT_EQ(decide(committee, on_agenda, "labellise").status, 303);
    EXPECT_EQ(dossier_state(on_agenda), "labellise");
    EXPECT_EQ(count("SELECT COUNT(*) FROM labels WHERE dossier_id = :id", on_agenda), 1);
}

TEST(CommitteePath, TheApplicantGetsOneMailPerMeaningfulStepAndTheLabelsLinks)
{
    auto call = a_call("courriels");
    auto path = dossier(call, "brouillon");
    auto committee = committee_session(call.id, in_days(12));
    auto& instructor = cast().instructor;
    auto& applicant = cast().applicant;

    ASSERT_EQ(move(applicant, path, "depose").status, 303);                          // e-mail 1
    ASSERT_EQ(move(instructor, path, "en_instruction").status, 303);                 // internal
    ASSERT_EQ(move(instructor, path, "complements_demandes", "Joignez le budget.").status, 303); // e-mail 2
    ASSERT_EQ(move(applicant, path, "depose").status, 303);                          // e-mail 3
    ASSERT_EQ(move(instructor, path, "en_instruction").status, 303);                 // internal
    ASSERT_EQ(move(instructor, path, "en_comite").status, 303);                      // internal
    ASSERT_EQ(decide(committee, path, "renvoye", "Un avis d’expert manque.").status, 303); // internal
    EXPECT_EQ(dossier_state(path), "en_instruction");
    EXPECT_EQ(agenda_lines(committee, path), 0);
    ASSERT_EQ(move(instructor, path, "en_comite").status, 303);                      // internal
    EXPECT_EQ(agenda_lines(committee, path), 1);
    EXPECT_EQ(applicant_mails(path), 3);

    ASSERT_EQ(decide(committee, path, "labellise").status, 303);                     // e-mail 4
    EXPECT_EQ(applicant_mails(path), 4);
    EXPECT_EQ(count_mails(applicant.email, "n° " + std::to_string(path) + " : En comité"), 0);
    EXPECT_EQ(count_mails(applicant.email, "n° " + std::to_string(path) + " : En instruction"), 0);

    auto label = count("SELECT id FROM labels WHERE dossier_id = :id", path);
    auto code = query_text("SELECT code FROM labels WHERE dossier_id = :id", path);
    auto mail = auth_support::wait_for_mail_with(applicant.email, code);
    // The label's page alone on its line (the outbox writes CRLF line ends).
    EXPECT_TRUE(contains(mail, "/labels/" + std::to_string(label) + "\r\n")) << mail;
    EXPECT_TRUE(contains(mail, "/labels/" + std::to_string(label) + "/certificat")) << mail;
    EXPECT_TRUE(contains(mail, "/labels/verifier?code=" + code)) << mail;
    EXPECT_TRUE(contains(mail, "Son code de vérification : " + code)) << mail;
}

TEST(CommitteePath, EachDecisionIsAButtonOpeningAModalWithAPageWithoutJavaScript)
{
    auto call = a_call("modales");
    auto first = dossier(call, "en_instruction");
    auto committee = committee_session(call.id, in_days(6));
    ASSERT_EQ(move(cast().instructor, first, "en_comite").status, 303);
    auto id = std::to_string(first);
    auto session = "/comites/" + std::to_string(committee);

    auto page = cast().admin.client.get(session);
    ASSERT_EQ(page.status, 200);
    for (const std::string code : {"labellise", "refuse", "sans_suite", "renvoye"}) {
        auto modal = "decision-" + id + "-" + code;
        // The button opens the modal, and without JavaScript its GET form leads to the same form.
        EXPECT_TRUE(contains(page.body, "data-fr-opened=\"false\" aria-controls=\"" + modal + "\"")) << code;
        EXPECT_TRUE(contains(page.body, "<dialog class=\"fr-modal\" id=\"" + modal + "\" aria-labelledby=\"" + modal + "-titre\">"))
            << code;
        auto confirmation = cast().admin.client.get(session + "/decision?dossier=" + id + "&decision=" + code);
        EXPECT_EQ(confirmation.status, 200) << code;
        EXPECT_TRUE(contains(confirmation.body, "action=\"" + session + "/decisions\"")) << code;
        // A reason is asked where one is owed: not to label.
        EXPECT_EQ(contains(confirmation.body, "name=\"motivation\""), code != "labellise") << code;
    }
    EXPECT_TRUE(contains(page.body, "class=\"fr-btn essaim-btn--danger\" type=\"submit\" data-fr-opened=\"false\" aria-controls=\"decision-" + id + "-refuse\""));
    EXPECT_TRUE(contains(page.body, "/static/js/confirmation-modal.js"));

    // A refusal without its reason comes back on the confirmation page, the input kept.
    auto missing = decide(committee, first, "sans_suite", "  \n ");
    EXPECT_EQ(missing.status, 422);
    EXPECT_TRUE(contains(missing.body, "Indiquez le motif de la décision"));
    EXPECT_TRUE(contains(missing.body, "aria-invalid=\"true\""));
    EXPECT_EQ(dossier_state(first), "en_comite");
    // Confirmation pages for what is not (or no longer) to decide.
    EXPECT_EQ(cast().admin.client.get(session + "/decision?dossier=" + id + "&decision=accepte").status, 404);
    EXPECT_EQ(cast().admin.client.get(session + "/decision?dossier=999999999&decision=refuse").status, 404);
    EXPECT_EQ(cast().instructor.client.get(session + "/decision?dossier=" + id + "&decision=refuse").status, 404);
    ASSERT_EQ(decide(committee, first, "refuse", "Hors du champ de l’appel.").status, 303);
    EXPECT_EQ(cast().admin.client.get(session + "/decision?dossier=" + id + "&decision=refuse").status, 409);

    // On the dossier: asking for completions opens a modal with the reason; its page keeps the input.
    auto asked = dossier(call, "en_instruction");
    auto dossier_page = cast().instructor.client.get(path_of(asked));
    EXPECT_TRUE(contains(dossier_page.body, "aria-controls=\"decision-complements_demandes\""));
    auto fallback = cast().instructor.client.get(path_of(asked) + "/transition?to=complements_demandes");
    EXPECT_EQ(fallback.status, 200);
    EXPECT_TRUE(contains(fallback.body, "name=\"motivation\""));
    auto too_long = cast().instructor.client.post_form(path_of(asked) + "/transition", {{"to", "complements_demandes"}, {"motivation", " "}});
    EXPECT_EQ(too_long.status, 422);
    EXPECT_TRUE(contains(too_long.body, "id=\"decision-complements_demandes-motif-erreur\""));
    EXPECT_EQ(dossier_state(asked), "en_instruction");
}

TEST(CommitteePath, IrreversibleActionsAskForConfirmation)
{
    auto call = a_call("irréversible");
    auto draft = dossier(call, "brouillon");
    // Deleting a draft: a danger button opening its modal, and a confirmation page.
    auto page = cast().applicant.client.get(path_of(draft));
    EXPECT_TRUE(contains(page.body, "essaim-btn--danger\" type=\"submit\" data-fr-opened=\"false\" aria-controls=\"suppression-brouillon\""))
        << page.body;
    auto confirmation = cast().applicant.client.get(path_of(draft) + "/supprimer");
    EXPECT_EQ(confirmation.status, 200);
    EXPECT_TRUE(contains(confirmation.body, "Supprimer définitivement"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM dossiers WHERE id = :id", draft), 1);
    EXPECT_EQ(cast().applicant.client.get(path_of(dossier(call, "depose")) + "/supprimer").status, 409);

    // Publishing a call.
    auto unpublished = call_with_form("Appel à publier du parcours", "incubateur", "brouillon");
    auto admin_path = "/admin/appels/" + std::to_string(unpublished);
    auto call_page = cast().admin.client.get(admin_path);
    EXPECT_TRUE(contains(call_page.body, "aria-controls=\"publication-appel\"")) << call_page.body;
    auto publish = cast().admin.client.get(admin_path + "/publier");
    EXPECT_EQ(publish.status, 200);
    EXPECT_TRUE(contains(publish.body, "Confirmer la publication"));
    EXPECT_EQ(query_text("SELECT state FROM calls WHERE id = :id", unpublished), "brouillon");
}

TEST(CommitteePath, TheCertificatePointsToTheVerificationPageAndItsPrintButtonHasALabel)
{
    auto call = a_call("certificat");
    auto labelled = dossier(call, "labellise");
    auto label = grant_label_of(labelled);
    auto code = query_text("SELECT code FROM labels WHERE id = :id", label);
    HttpClient visitor(TestPlatform::instance().port());
    auto certificate = visitor.get("/labels/" + std::to_string(label) + "/certificat");
    ASSERT_EQ(certificate.status, 200);
    EXPECT_TRUE(contains(certificate.body, "/labels/verifier?code=" + code + "\">")) << certificate.body;
    EXPECT_TRUE(contains(certificate.body, ">Imprimer le certificat</button>"));
    auto verified = visitor.get("/labels/verifier?code=" + code);
    EXPECT_EQ(verified.status, 303);
    EXPECT_EQ(verified.header("location").value_or(""), "/labels/" + std::to_string(label));
}

TEST(CommitteePath, AnExpertWhoDeclaresAConflictNoLongerSeesTheDossierInTheirList)
{
    auto call = a_call("conflit");
    auto expert = auth_support::signed_in_actor("parcours-expert", {Role::Expert});
    auto reviewed = dossier(call, "en_instruction");
    auto review = review_request(reviewed, expert.user_id);
    auto before = expert.client.get("/avis");
    EXPECT_TRUE(contains(before.body, "/avis/" + std::to_string(review) + "\"")) << before.body;
    auto declared = expert.client.post_form("/avis/" + std::to_string(review) + "/conflit",
        {{"motif", "J’ai conseillé cette ruche."}});
    ASSERT_EQ(declared.status, 303) << declared.body;
    EXPECT_EQ(query_text("SELECT state FROM reviews WHERE id = :id", review), "conflit");
    auto after = expert.client.get("/avis");
    EXPECT_EQ(after.status, 200);
    EXPECT_FALSE(contains(after.body, "/avis/" + std::to_string(review) + "\"")) << after.body;
    EXPECT_FALSE(contains(after.body, "Ruche du parcours conflit"));
}

} // namespace
} // namespace essaim::test
