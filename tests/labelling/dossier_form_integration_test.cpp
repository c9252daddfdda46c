// The dossier form keeps every answer (issue 12): answers saved as they are typed
// (/dossiers/{id}/reponses, JSON, CSRF header), the attach and remove buttons of the one form
// that save the answers first, the recap before the deposit with what is missing, and the error
// summary that names each field. The call and the dossiers are written by SQL (labelling_fixtures).

#include "dossier_test_support.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <thread>

namespace essaim::test {
namespace {

using namespace labelling_fixtures;
using namespace dossier_support;
using auth_support::contains;

//! A form with two required text answers, to see that the summary never says the same thing twice.
const std::string two_required_json
    = R"({"sections":[{"title":"Le projet","fields":[)"
      R"({"key":"titre","kind":"short_text","label":"Titre du projet","help":"","required":true},)"
      R"({"key":"budget_previsionnel","kind":"amount","label":"Budget prévisionnel","help":"","required":true},)"
      R"({"key":"annexe","kind":"file","label":"Annexe financière","help":"Un tableur ou un PDF","required":false}]}]})";

struct Cast {
    Actor applicant = auth_support::signed_in_actor("formulaire-candidat");
    Actor stranger = auth_support::signed_in_actor("formulaire-autre");
    long long organisation = published_organisation(applicant, "Ruche du formulaire sans perte");
    long long stranger_organisation = published_organisation(stranger, "Ruche d’à côté");
    long long call = call_with_form("Appel du test du formulaire");
    long long two_required_call = [] {
        auto call = call_with_form("Appel à deux questions obligatoires");
        auth_support::execute_sql("UPDATE call_forms SET definition_json = " + quoted(two_required_json)
            + " WHERE call_id = " + std::to_string(call));
        return call;
    }();
};

Cast& cast()
{
    static Cast instance;
    return instance;
}

std::string d(long long id) { return "/dossiers/" + std::to_string(id); }

long long draft() { return dossier_in_state(cast().call, cast().organisation, cast().applicant.user_id, "brouillon"); }

std::string answers(long long dossier) { return query_text("SELECT answers_json FROM dossiers WHERE id = :id", dossier); }

//! The text between the element with `id` and the end of its block, to look inside one region.
std::string region(const std::string& html, const std::string& id, std::size_t length = 1500)
{
    auto at = html.find("id=\"" + id + "\"");
    return at == std::string::npos ? std::string() : html.substr(at, length);
}

TEST(DossierForm, AnAnswerSavedAsTypedKeepsTheOthersAndSaysWhen)
{
    auto dossier = draft();
    auto saved = post_json(cast().applicant.client, d(dossier) + "/reponses", {{"champ", "budget"}, {"champ_budget", "12 500"}});
    ASSERT_EQ(saved.status, 200) << saved.body;
    EXPECT_EQ(saved.header("content-type").value_or("").rfind("application/json", 0), 0u);
    EXPECT_TRUE(std::regex_search(saved.body, std::regex(R"("enregistre_a":"[0-2][0-9]:[0-5][0-9]")"))) << saved.body;
    EXPECT_TRUE(contains(saved.body, R"("erreurs":{})")) << saved.body;
    auto stored = answers(dossier);
    EXPECT_TRUE(contains(stored, R"("budget":"12500")")) << stored;
    EXPECT_TRUE(contains(stored, "Nous accompagnons des projets.")) << "the other answer stays: " << stored;

    // A wrong format is kept, as a draft keeps it, and named in the answer.
    auto wrong = post_json(cast().applicant.client, d(dossier) + "/reponses", {{"champ", "budget"}, {"champ_budget", "beaucoup"}});
    ASSERT_EQ(wrong.status, 200);
    EXPECT_TRUE(contains(wrong.body, R"("champ_budget":)")) << wrong.body;
    EXPECT_TRUE(contains(answers(dossier), "beaucoup"));

    // Emptied, the answer goes.
    ASSERT_EQ(post_json(cast().applicant.client, d(dossier) + "/reponses", {{"champ", "presentation"}, {"champ_presentation", ""}}).status, 200);
    EXPECT_FALSE(contains(answers(dossier), "presentation"));
}

TEST(DossierForm, SavingAsTypedNeedsTheCsrfToken)
{
    auto dossier = draft();
    auto before = answers(dossier);
    auto& client = cast().applicant.client;
    client.csrf_token();
    auto refused = client.request("POST", d(dossier) + "/reponses", "champ=budget&champ_budget=99",
        {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", "application/json"}});
    EXPECT_EQ(refused.status, 403);
    auto forged = client.request("POST", d(dossier) + "/reponses", "champ=budget&champ_budget=99",
        {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", "application/json"}, {"X-CSRF-Token", "AAAAAAAAAAAAAAAAAAAAAAAA"}});
    EXPECT_EQ(forged.status, 403);
    EXPECT_EQ(answers(dossier), before);
}

TEST(DossierForm, SomeoneElsesDossierIsNotSavedNorShown)
{
    auto dossier = draft();
    auto before = answers(dossier);
    auto& stranger = cast().stranger.client;
    auto saved = post_json(stranger, d(dossier) + "/reponses", {{"champ", "budget"}, {"champ_budget", "1"}});
    EXPECT_EQ(saved.status, 404);
    EXPECT_EQ(saved.header("content-type").value_or(""), "application/problem+json");
    EXPECT_EQ(stranger.get(d(dossier) + "/recapitulatif").status, 404);
    EXPECT_EQ(stranger.post_form(d(dossier) + "/deposer", {}).status, 404);
    EXPECT_EQ(post_multipart(stranger, d(dossier) + "/modifier", {{"champ_presentation", "Volé"}, {"joindre", "statuts"}},
                  {{"fichier_statuts", "statuts.pdf", pdf_bytes()}}).status, 404);
    EXPECT_EQ(answers(dossier), before);
    EXPECT_EQ(count("SELECT COUNT(*) FROM dossier_attachments WHERE dossier_id = :id", dossier), 0);
    EXPECT_EQ(dossier_state(dossier), "brouillon");

    // A deposited dossier's answers are final, and an unknown question saves nothing.
    auto deposited = dossier_in_state(cast().call, cast().organisation, cast().applicant.user_id, "depose");
    EXPECT_EQ(post_json(cast().applicant.client, d(deposited) + "/reponses", {{"champ", "budget"}, {"champ_budget", "1"}}).status, 403);
    EXPECT_EQ(post_json(cast().applicant.client, d(dossier) + "/reponses", {{"champ", "inconnu"}, {"champ_inconnu", "1"}}).status, 422);
    EXPECT_EQ(post_json(cast().applicant.client, d(dossier) + "/reponses", {{"champ", "statuts"}}).status, 422);
    EXPECT_EQ(answers(dossier), before);
}

TEST(DossierForm, AnswersSavedAtTheSameTimeAllStay)
{
    auto dossier = draft();
    // Two browser tabs save two questions at the very same moment, twenty times: neither
    // read-modify-write may overwrite the other.
    for (int round = 0; round < 20; ++round) {
        auto presentation = "Présentation " + std::to_string(round);
        auto budget = std::to_string(1000 + round);
        HttpResponse first, second;
        // A second client with the same session: one client's cookie jar is not shared between threads.
        auto other = HttpClient(TestPlatform::instance().port());
        for (const auto& name : {"__Host-session", "__Host-csrf"})
            other.set_cookie(name, cast().applicant.client.cookie(name).value_or(""));
        std::thread a([&] {
            first = post_json(cast().applicant.client, d(dossier) + "/reponses", {{"champ", "presentation"}, {"champ_presentation", presentation}});
        });
        std::thread b([&] { second = post_json(other, d(dossier) + "/reponses", {{"champ", "budget"}, {"champ_budget", budget}}); });
        a.join();
        b.join();
        ASSERT_EQ(first.status, 200) << first.body;
        ASSERT_EQ(second.status, 200) << second.body;
        auto stored = answers(dossier);
        ASSERT_TRUE(contains(stored, presentation) && contains(stored, "\"" + budget + "\"")) << "round " << round << ": " << stored;
    }
}

TEST(DossierForm, TheAttachButtonWithoutJavaScriptKeepsTheAnswersTypedWithTheFile)
{
    auto dossier = draft();
    auto attached = post_multipart(cast().applicant.client, d(dossier) + "/modifier",
        {{"champ_presentation", "Tapé juste avant de joindre les statuts"}, {"champ_budget", "4 200"}, {"joindre", "statuts"}},
        {{"fichier_statuts", "statuts signés.pdf", pdf_bytes(32)}});
    ASSERT_EQ(attached.status, 303) << attached.body.substr(0, 600);
    EXPECT_EQ(attached.header("location").value_or(""), d(dossier) + "/modifier#fichier_statuts");
    EXPECT_TRUE(contains(answers(dossier), "Tapé juste avant de joindre les statuts"));
    EXPECT_TRUE(contains(answers(dossier), R"("budget":"4200")"));
    EXPECT_EQ(query_text("SELECT field_key FROM dossier_attachments WHERE dossier_id = :id", dossier), "statuts");

    // The form comes back with both.
    auto form = cast().applicant.client.get(d(dossier) + "/modifier");
    ASSERT_EQ(form.status, 200);
    EXPECT_TRUE(contains(form.body, "Tapé juste avant de joindre les statuts"));
    EXPECT_TRUE(contains(form.body, "value=\"4200,00\"") || contains(form.body, "value=\"4200\"")) << region(form.body, "champ_budget");
    EXPECT_TRUE(contains(region(form.body, "fichier_statuts-pieces"), "statuts signés.pdf"));
    // Every button that changes the dossier is inside the one form, so none loses what was typed.
    auto form_end = form.body.find("</form>", form.body.find("action=\"" + d(dossier) + "/modifier\""));
    EXPECT_LT(form.body.find("name=\"retirer_piece\""), form_end);
    EXPECT_LT(form.body.find("name=\"joindre\" value=\"autres\""), form_end);
    EXPECT_FALSE(contains(form.body, "action=\"" + d(dossier) + "/pieces\""));

    // Another piece, answering no question, goes with new answers too.
    auto other = post_multipart(cast().applicant.client, d(dossier) + "/modifier",
        {{"champ_presentation", "Deuxième version du texte"}, {"joindre", "autres"}}, {{"fichier", "annexe.txt", "Annexe\n"}});
    ASSERT_EQ(other.status, 303);
    EXPECT_TRUE(contains(answers(dossier), "Deuxième version du texte"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM dossier_attachments WHERE dossier_id = :id AND field_key = ''", dossier), 1);

    // Removing a file from the form saves what was typed as well.
    auto piece = count("SELECT MIN(id) FROM dossier_attachments WHERE dossier_id = :id", dossier);
    auto removed = post_multipart(cast().applicant.client, d(dossier) + "/modifier",
        {{"champ_presentation", "Troisième version, tapée avant de retirer"}, {"retirer_piece", std::to_string(piece)}}, {});
    ASSERT_EQ(removed.status, 303);
    EXPECT_TRUE(contains(answers(dossier), "Troisième version, tapée avant de retirer"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM dossier_attachments WHERE id = :id", piece), 0);
}

TEST(DossierForm, AttachWithoutAFileOrWithARefusedOneKeepsTheAnswersAndSaysWhy)
{
    auto dossier = draft();
    auto empty = post_multipart(cast().applicant.client, d(dossier) + "/modifier",
        {{"champ_presentation", "Texte gardé sans fichier"}, {"joindre", "statuts"}}, {});
    EXPECT_EQ(empty.status, 422);
    EXPECT_TRUE(contains(empty.body, "Texte gardé sans fichier"));
    EXPECT_TRUE(contains(region(empty.body, "erreurs"), "Statuts : choisissez un fichier")) << region(empty.body, "erreurs");
    EXPECT_TRUE(contains(answers(dossier), "Texte gardé sans fichier"));

    auto refused = post_multipart(cast().applicant.client, d(dossier) + "/modifier",
        {{"champ_presentation", "Texte gardé malgré le fichier refusé"}, {"joindre", "autres"}},
        {{"fichier", "page.html", "<!DOCTYPE html><html><script>alert(1)</script></html>"}});
    EXPECT_EQ(refused.status, 422);
    EXPECT_TRUE(contains(refused.body, "Texte gardé malgré le fichier refusé"));
    EXPECT_TRUE(contains(region(refused.body, "fichier-erreur", 300), "type")) << region(refused.body, "fichier", 800);
    EXPECT_TRUE(contains(answers(dossier), "Texte gardé malgré le fichier refusé"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM dossier_attachments WHERE dossier_id = :id", dossier), 0);
}

TEST(DossierForm, TheRecapListsWhatIsMissingWithALinkToEachField)
{
    auto dossier = draft();
    ASSERT_EQ(post_json(cast().applicant.client, d(dossier) + "/reponses", {{"champ", "presentation"}, {"champ_presentation", ""}}).status, 200);
    // The form's deposit button saves and leads to the recap.
    auto to_recap = post_multipart(cast().applicant.client, d(dossier) + "/modifier", {{"champ_budget", "300"}, {"action", "verifier"}}, {});
    ASSERT_EQ(to_recap.status, 303);
    EXPECT_EQ(to_recap.header("location").value_or(""), d(dossier) + "/recapitulatif");
    EXPECT_EQ(dossier_state(dossier), "brouillon");

    auto recap = cast().applicant.client.get(d(dossier) + "/recapitulatif");
    ASSERT_EQ(recap.status, 200);
    auto missing = region(recap.body, "manquants");
    EXPECT_TRUE(contains(missing, "Il manque 2 éléments")) << missing;
    EXPECT_TRUE(contains(missing, "href=\"" + d(dossier) + "/modifier#champ_presentation\">Présentez votre structure : ce champ est obligatoire<"))
        << missing;
    EXPECT_TRUE(contains(missing, "href=\"" + d(dossier) + "/modifier#fichier_statuts\">Statuts : ce document est obligatoire<")) << missing;
    // Amounts are written by core::format_euros, a no-break space before the euro sign.
    EXPECT_TRUE(contains(recap.body, "300\u00A0€")) << "the answers are listed";
    EXPECT_FALSE(contains(recap.body, "action=\"" + d(dossier) + "/deposer\"")) << "no deposit while something is missing";
}

TEST(DossierForm, ARequiredAttachmentQuestionBlocksTheDepositUntilAttached)
{
    auto dossier = draft();
    auto refused = cast().applicant.client.post_form(d(dossier) + "/deposer", {});
    EXPECT_EQ(refused.status, 422);
    EXPECT_TRUE(contains(region(refused.body, "erreurs"), "href=\"" + d(dossier) + "/modifier#fichier_statuts\">Statuts : ce document est obligatoire<"))
        << region(refused.body, "erreurs");
    EXPECT_EQ(dossier_state(dossier), "brouillon");

    ASSERT_EQ(post_multipart(cast().applicant.client, d(dossier) + "/modifier", {{"champ_presentation", "Nous accompagnons des projets."},
                                                                                   {"joindre", "statuts"}},
                  {{"fichier_statuts", "statuts.pdf", pdf_bytes()}}).status, 303);
    auto recap = cast().applicant.client.get(d(dossier) + "/recapitulatif");
    EXPECT_FALSE(contains(recap.body, "id=\"manquants\""));
    EXPECT_TRUE(contains(recap.body, "action=\"" + d(dossier) + "/deposer\""));
    EXPECT_TRUE(contains(recap.body, "essaim-btn--danger"));
    EXPECT_TRUE(contains(recap.body, "statuts.pdf"));

    auto deposited = cast().applicant.client.post_form(d(dossier) + "/deposer", {});
    EXPECT_EQ(deposited.status, 303);
    EXPECT_EQ(deposited.header("location").value_or(""), d(dossier));
    EXPECT_EQ(dossier_state(dossier), "depose");
    EXPECT_TRUE(contains(answers(dossier), "Nous accompagnons des projets.")) << "the deposit keeps the stored answers";
    // Once deposited, nothing more is deposited nor saved.
    EXPECT_EQ(cast().applicant.client.post_form(d(dossier) + "/deposer", {}).status, 403);
    EXPECT_EQ(cast().applicant.client.get(d(dossier) + "/recapitulatif").status, 403);
}

TEST(DossierForm, TheErrorSummaryNamesEachFieldAndNeverRepeatsAMessage)
{
    auto dossier = dossier_in_state(cast().two_required_call, cast().organisation, cast().applicant.user_id, "brouillon");
    auto page = post_multipart(cast().applicant.client, d(dossier) + "/modifier", {{"action", "deposer"}}, {});
    ASSERT_EQ(page.status, 422);
    auto summary = region(page.body, "erreurs", 800);
    summary = summary.substr(0, summary.find("</div>"));
    EXPECT_TRUE(contains(summary, "<a href=\"#champ_titre\">Titre du projet : ce champ est obligatoire</a>")) << summary;
    EXPECT_TRUE(contains(summary, "<a href=\"#champ_budget_previsionnel\">Budget prévisionnel : ce champ est obligatoire</a>")) << summary;
    EXPECT_LT(summary.find("Titre du projet"), summary.find("Budget prévisionnel")) << "in the form's order";
    EXPECT_FALSE(contains(summary, "Ce champ est obligatoire")) << summary;
    // Next to each field, its own message, linked to its input.
    EXPECT_TRUE(contains(page.body, "id=\"champ_budget_previsionnel-erreur\">Ce champ est obligatoire.</p>"));
    EXPECT_TRUE(contains(page.body, "aria-describedby=\"champ_budget_previsionnel-format champ_budget_previsionnel-erreur\""));
}

} // namespace
} // namespace essaim::test
