// The applicant's side through the pages: starting a dossier on an open call, saving a draft
// with errors (kept), depositing (required fields checked, then déposé), one open dossier per
// organisation and call; then the staff's list and exports. The call is written by SQL
// (labelling_fixtures): its admin pages are not the subject here.

#include "dossier_test_support.hpp"

#include <gtest/gtest.h>

namespace essaim::test {
namespace {

using namespace labelling_fixtures;
using namespace dossier_support;

std::string d(long long id) { return "/dossiers/" + std::to_string(id); }

long long dossier_from_location(const HttpResponse& response)
{
    auto location = response.header("location").value_or("");
    auto start = location.find("/dossiers/");
    if (start == std::string::npos)
        return 0;
    return std::atoll(location.c_str() + start + 10);
}

TEST(DossierFlow, StartSaveDepositThenStaffListAndExports)
{
    auto applicant = auth_support::signed_in_actor("parcours-candidat");
    auto instructor = auth_support::signed_in_actor("parcours-instructeur", {auth::Role::Instructeur});
    auto organisation = published_organisation(applicant, "Incubateur du parcours de candidature");
    auto call = call_with_form("Appel du parcours de candidature");
    add_to_team(call, instructor.user_id);
    auto apply = "/appels/" + std::to_string(call) + "/candidater";

    auto choose = applicant.client.get(apply);
    ASSERT_EQ(choose.status, 200);
    EXPECT_NE(choose.body.find("Incubateur du parcours de candidature"), std::string::npos);
    auto wrong = applicant.client.post_form(apply, {{"organisation", "999999999"}});
    EXPECT_EQ(wrong.status, 422);

    auto started = applicant.client.post_form(apply, {{"organisation", std::to_string(organisation)}});
    ASSERT_EQ(started.status, 303) << started.body.substr(0, 400);
    auto dossier = dossier_from_location(started);
    ASSERT_GT(dossier, 0);
    EXPECT_EQ(started.header("location").value_or(""), d(dossier) + "/modifier");
    EXPECT_EQ(dossier_state(dossier), "brouillon");
    EXPECT_EQ(query_text("SELECT region_code FROM dossiers WHERE id = :id", dossier), "84");
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'labelling.dossier_started' AND target_id = CAST(:id AS TEXT)", dossier), 1);

    // One open dossier per organisation and call.
    auto again = applicant.client.post_form(apply, {{"organisation", std::to_string(organisation)}});
    EXPECT_EQ(again.status, 409);
    EXPECT_NE(again.body.find(d(dossier)), std::string::npos);
    EXPECT_EQ(count("SELECT COUNT(*) FROM dossiers WHERE organisation_id = :id", organisation), 1);

    auto form = applicant.client.get(d(dossier) + "/modifier");
    ASSERT_EQ(form.status, 200);
    EXPECT_NE(form.body.find("multipart/form-data"), std::string::npos);
    // The form's fields are markup, not text: an escaped "&lt;textarea" would show the tags to the user.
    EXPECT_NE(form.body.find("id=\"champ_presentation\" name=\"champ_presentation\""), std::string::npos)
        << form.body.substr(0, 3000);
    EXPECT_EQ(form.body.find("&lt;textarea"), std::string::npos);

    // A draft keeps what was typed, even a wrong amount, and says what is wrong.
    auto draft = post_multipart(applicant.client, d(dossier) + "/modifier",
        {{"champ_presentation", "Nous accompagnons les projets du parcours."}, {"champ_budget", "beaucoup"}, {"action", "brouillon"}}, {});
    EXPECT_EQ(draft.status, 422);
    EXPECT_NE(draft.body.find("beaucoup"), std::string::npos);
    EXPECT_NE(query_text("SELECT answers_json FROM dossiers WHERE id = :id", dossier).find("beaucoup"), std::string::npos);

    // Deposit: the required file is missing.
    auto refused = post_multipart(applicant.client, d(dossier) + "/modifier",
        {{"champ_presentation", "Nous accompagnons les projets du parcours."}, {"champ_budget", "12 500"}, {"action", "deposer"}}, {});
    EXPECT_EQ(refused.status, 422);
    EXPECT_NE(refused.body.find("fr-alert--error"), std::string::npos);
    EXPECT_EQ(dossier_state(dossier), "brouillon");

    // With the file sent along with the form, it deposits.
    auto deposited = post_multipart(applicant.client, d(dossier) + "/modifier",
        {{"champ_presentation", "Nous accompagnons les projets du parcours."}, {"champ_budget", "12 500"}, {"action", "deposer"}},
        {{"fichier_statuts", "statuts.pdf", pdf_bytes(64)}});
    EXPECT_EQ(deposited.status, 303) << deposited.body.substr(0, 600);
    EXPECT_EQ(dossier_state(dossier), "depose");
    EXPECT_EQ(query_text("SELECT field_key FROM dossier_attachments WHERE dossier_id = :id", dossier), "statuts");
    EXPECT_EQ(applicant.client.get(d(dossier) + "/modifier").status, 403);

    auto mine = applicant.client.get("/mes-dossiers");
    EXPECT_NE(mine.body.find(d(dossier)), std::string::npos);

    auto page = applicant.client.get(d(dossier));
    EXPECT_EQ(page.status, 200);
    EXPECT_NE(page.body.find("Déposé"), std::string::npos);
    EXPECT_EQ(page.body.find("&lt;"), std::string::npos) << "the answers are markup, not escaped text";
    EXPECT_NE(page.body.find("statuts.pdf"), std::string::npos);
    EXPECT_NE(page.body.find("Retirer la candidature"), std::string::npos);

    // The staff's list with the opinions' progress.
    auto expert = auth_support::signed_in_actor("parcours-expert", {auth::Role::Expert});
    auto other_expert = auth_support::signed_in_actor("parcours-expert-2", {auth::Role::Expert});
    auto review = review_request(dossier, expert.user_id);
    review_request(dossier, other_expert.user_id);
    give_scores(review, {}, "favorable");
    auto list = instructor.client.get("/instruction?appel=" + std::to_string(call));
    ASSERT_EQ(list.status, 200);
    EXPECT_NE(list.body.find(d(dossier)), std::string::npos);
    EXPECT_NE(list.body.find("1/2"), std::string::npos);
    auto filtered = instructor.client.get("/instruction?appel=" + std::to_string(call) + "&etat=labellise");
    EXPECT_EQ(filtered.body.find(d(dossier)), std::string::npos);

    auto csv = instructor.client.get("/instruction/appels/" + std::to_string(call) + "/export.csv");
    ASSERT_EQ(csv.status, 200);
    EXPECT_EQ(csv.body.rfind("\xEF\xBB\xBF", 0), 0u);
    EXPECT_NE(csv.body.find("Incubateur du parcours de candidature"), std::string::npos);
    EXPECT_NE(csv.body.find("Nous accompagnons les projets du parcours."), std::string::npos);
    EXPECT_NE(csv.body.find("1/2"), std::string::npos);
    EXPECT_EQ(csv.header("content-disposition").value_or("").rfind("attachment;", 0), 0u);

    auto xlsx = instructor.client.get("/instruction/appels/" + std::to_string(call) + "/export.xlsx");
    ASSERT_EQ(xlsx.status, 200);
    EXPECT_EQ(xlsx.body.rfind("PK", 0), 0u);
    EXPECT_EQ(xlsx.header("content-type").value_or(""), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    EXPECT_EQ(xlsx.header("content-disposition").value_or("").rfind("attachment;", 0), 0u);
}

TEST(DossierFlow, ClosedOrDraftCallsTakeNoApplication)
{
    auto applicant = auth_support::signed_in_actor("parcours-clos");
    auto organisation = published_organisation(applicant, "Ruche de l’appel clos");
    auto closed = call_with_form("Appel clos du parcours", "ruche", "clos");
    auto hidden = call_with_form("Appel brouillon du parcours", "ruche", "brouillon");
    EXPECT_EQ(applicant.client.get("/appels/" + std::to_string(closed) + "/candidater").status, 409);
    EXPECT_EQ(applicant.client.post_form("/appels/" + std::to_string(closed) + "/candidater",
                  {{"organisation", std::to_string(organisation)}}).status, 409);
    EXPECT_EQ(applicant.client.get("/appels/" + std::to_string(hidden) + "/candidater").status, 404);
    EXPECT_EQ(count("SELECT COUNT(*) FROM dossiers WHERE organisation_id = :id", organisation), 0);
}

TEST(DossierFlow, TerritoryCallsNameAKnownTerritory)
{
    auto applicant = auth_support::signed_in_actor("parcours-territoire");
    auto organisation = published_organisation(applicant, "Collectivité du parcours territoire");
    auto call = call_with_form("Appel territoires du parcours", "territoire");
    auto apply = "/appels/" + std::to_string(call) + "/candidater";
    auto page = applicant.client.get(apply);
    EXPECT_NE(page.body.find("territoire_code"), std::string::npos);
    auto unknown = applicant.client.post_form(apply,
        {{"organisation", std::to_string(organisation)}, {"territoire_type", "departement"}, {"territoire_code", "ZZ"}});
    EXPECT_EQ(unknown.status, 422);
    auto started = applicant.client.post_form(apply,
        {{"organisation", std::to_string(organisation)}, {"territoire_type", "commune"}, {"territoire_code", "42218"}});
    ASSERT_EQ(started.status, 303) << started.body.substr(0, 400);
    auto dossier = dossier_from_location(started);
    EXPECT_EQ(query_text("SELECT territory_code FROM dossiers WHERE id = :id", dossier), "42218");
    EXPECT_EQ(query_text("SELECT region_code FROM dossiers WHERE id = :id", dossier), "84");
}

} // namespace
} // namespace essaim::test
