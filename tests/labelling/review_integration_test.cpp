// Experts' opinions: requesting them in bulk, the automatic conflict of a member of the applying
// organisation, a declared conflict and the expert's replacement, cancelling, scoring the grid,
// what each one sees, reminders with the injected clock, and the wrong uses. Calls, dossiers and
// committees are written with SQL (the lead's fixtures): their pages belong to other parts.

#include "labelling_fixtures.hpp"

#include "core/calendar.hpp"
#include "labelling/review.hpp"
#include "labelling/review_reminders.hpp"

#include <gtest/gtest.h>

namespace essaim::test {
namespace {

using namespace labelling_fixtures;
using auth_support::contains;
using auth_support::execute_sql;
using auth_support::signed_in_actor;

std::string review_state(long long review_id)
{
    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    std::string state;
    lease->sql() << "SELECT state FROM reviews WHERE id = :id", soci::use(review_id), soci::into(state);
    return state;
}

long long review_of(long long dossier_id, long long expert_id)
{
    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    long long id = 0;
    lease->sql() << "SELECT id FROM reviews WHERE dossier_id = :dossier AND expert_id = :expert", soci::use(dossier_id),
        soci::use(expert_id), soci::into(id);
    return id;
}

std::string day_in(long long days)
{
    return core::iso_day(TestPlatform::instance().clock().now() + days * 24 * 3600);
}

// A call whose team holds the instructeur, and a dossier en instruction assigned to them.
struct Scene {
    Actor owner = signed_in_actor("avis-porteur");
    Actor instructor = signed_in_actor("avis-instructeur", {auth::Role::Instructeur});
    Actor first = signed_in_actor("avis-expert-un", {auth::Role::Expert});
    Actor second = signed_in_actor("avis-expert-deux", {auth::Role::Expert});
    long long call = 0;
    long long organisation = 0;
    long long dossier = 0;
    std::vector<long long> criteria;

    explicit Scene(const std::string& name, const std::string& state = "en_instruction")
    {
        call = call_with_form("Appel avis " + name);
        add_to_team(call, instructor.user_id);
        organisation = published_organisation(owner, "Ruche avis " + name);
        dossier = dossier_in_state(call, organisation, owner.user_id, state, instructor.user_id);
        criteria = criteria_ids(call);
    }
    std::string reviews_page() const { return "/dossiers/" + std::to_string(dossier) + "/avis"; }
};

TEST(Reviews, StaffRequestSeveralExpertsAndAMemberIsBlocked)
{
    Scene scene("en masse C");
    auto member = signed_in_actor("avis-expert-membre", {auth::Role::Expert});
    execute_sql("INSERT INTO organisation_memberships (organisation_id, user_id, role) VALUES ("
        + std::to_string(scene.organisation) + ", " + std::to_string(member.user_id) + ", 'editor')");

    auto form = scene.instructor.client.get(scene.reviews_page());
    ASSERT_EQ(form.status, 200) << form.body;
    EXPECT_TRUE(contains(form.body, "Solliciter des experts"));
    EXPECT_TRUE(contains(form.body, scene.first.email));

    auto requested = scene.instructor.client.post_form(scene.reviews_page(),
        {{"experts", std::to_string(scene.first.user_id)}, {"experts", std::to_string(scene.second.user_id)},
            {"experts", std::to_string(member.user_id)}, {"echeance", day_in(10)}});
    ASSERT_EQ(requested.status, 303) << requested.body;
    auto first_review = review_of(scene.dossier, scene.first.user_id);
    auto member_review = review_of(scene.dossier, member.user_id);
    EXPECT_EQ(review_state(first_review), "demande");
    EXPECT_EQ(review_state(review_of(scene.dossier, scene.second.user_id)), "demande");
    EXPECT_EQ(review_state(member_review), "conflit");
    EXPECT_EQ(count_mails(scene.first.email, "Avis demandé"), 1);
    EXPECT_EQ(count_mails(scene.second.email, "Avis demandé"), 1);
    EXPECT_EQ(count_mails(member.email, "Avis demandé"), 0);
    EXPECT_EQ(count_audit("labelling.review_requested", "review", first_review), 1);
    EXPECT_EQ(count_audit("labelling.review_conflict", "review", member_review), 1);

    auto page = scene.instructor.client.get(scene.reviews_page());
    EXPECT_TRUE(contains(page.body, "Conflit d’intérêts détecté"));
    EXPECT_TRUE(contains(page.body, "Membre de l’organisation candidate"));
    EXPECT_TRUE(contains(page.body, "En attente"));
    // The blocked expert does not see the dossier.
    EXPECT_EQ(member.client.get(scene.reviews_page()).status, 404);
    EXPECT_EQ(member.client.get("/avis/" + std::to_string(member_review)).status, 404);
    // The expert finds the request in their list.
    auto list = scene.first.client.get("/avis");
    ASSERT_EQ(list.status, 200);
    EXPECT_TRUE(contains(list.body, "/avis/" + std::to_string(first_review)));
    EXPECT_TRUE(contains(list.body, "Ruche avis en masse C"));
}

TEST(Reviews, WrongRequestsAreRefused)
{
    Scene scene("refus C");
    auto target = scene.reviews_page();
    auto& client = scene.instructor.client;

    auto past = client.post_form(target, {{"experts", std::to_string(scene.first.user_id)}, {"echeance", day_in(-1)}});
    EXPECT_EQ(past.status, 422);
    EXPECT_TRUE(contains(past.body, "La date attendue doit être postérieure à aujourd’hui."));
    EXPECT_TRUE(contains(past.body, "value=\"" + std::to_string(scene.first.user_id) + "\" checked")) << "input kept";
    auto today = client.post_form(target, {{"experts", std::to_string(scene.first.user_id)}, {"echeance", day_in(0)}});
    EXPECT_EQ(today.status, 422);
    auto missing = client.post_form(target, {{"experts", std::to_string(scene.first.user_id)}, {"echeance", ""}});
    EXPECT_EQ(missing.status, 422);
    auto nobody = client.post_form(target, {{"echeance", day_in(5)}});
    EXPECT_EQ(nobody.status, 422);
    EXPECT_TRUE(contains(nobody.body, "Cochez au moins un expert."));
    auto not_expert = client.post_form(target, {{"experts", std::to_string(scene.owner.user_id)}, {"echeance", day_in(5)}});
    EXPECT_EQ(not_expert.status, 422);
    EXPECT_EQ(query_number("SELECT COUNT(*) FROM reviews WHERE dossier_id = :dossier", scene.dossier), 0);

    ASSERT_EQ(client.post_form(target, {{"experts", std::to_string(scene.first.user_id)}, {"echeance", day_in(5)}}).status, 303);
    auto again = client.post_form(target, {{"experts", std::to_string(scene.first.user_id)}, {"echeance", day_in(5)}});
    EXPECT_EQ(again.status, 422);
    EXPECT_TRUE(contains(again.body, "Déjà sollicité pour ce dossier"));

    // Only while en instruction.
    Scene deposited("refus depose C", "depose");
    auto conflict = deposited.instructor.client.post_form(deposited.reviews_page(),
        {{"experts", std::to_string(deposited.first.user_id)}, {"echeance", day_in(5)}});
    EXPECT_EQ(conflict.status, 409);
    EXPECT_EQ(query_number("SELECT COUNT(*) FROM reviews WHERE dossier_id = :dossier", deposited.dossier), 0);
    auto closed = deposited.instructor.client.get(deposited.reviews_page());
    EXPECT_FALSE(contains(closed.body, "Solliciter des experts"));

    // Strangers: another call's instructeur, an expert without request, a member of another organisation.
    auto other_instructor = signed_in_actor("avis-autre-instructeur", {auth::Role::Instructeur});
    EXPECT_EQ(other_instructor.client.get(target).status, 404);
    EXPECT_EQ(other_instructor.client.post_form(target, {{"experts", std::to_string(scene.second.user_id)},
                                                           {"echeance", day_in(5)}})
                  .status,
        404);
    EXPECT_EQ(scene.second.client.get(target).status, 404);
    EXPECT_EQ(signed_in_actor("avis-inconnu").client.get(target).status, 404);
    EXPECT_EQ(scene.owner.client.get(target).status, 404) << "the applicant does not read the opinions";
    EXPECT_EQ(scene.first.client.post_form(target, {{"experts", std::to_string(scene.second.user_id)}, {"echeance", day_in(5)}})
                  .status,
        403);
    EXPECT_EQ(client.get("/dossiers/999999999/avis").status, 404);
}

TEST(Reviews, ExpertsSeeOthersOpinionsOnlyAfterGivingTheirOwn)
{
    Scene scene("isolement C");
    auto first_review = review_request(scene.dossier, scene.first.user_id, "demande", day_in(20));
    auto second_review = review_request(scene.dossier, scene.second.user_id, "demande", day_in(20));
    const std::string secret = "Appréciation confidentielle du second expert";
    const std::string own_comment = "Le premier expert trouve le projet solide";
    auto first_page = "/avis/" + std::to_string(first_review);
    auto second_page = "/avis/" + std::to_string(second_review);

    auto grid = scene.second.client.get(second_page);
    ASSERT_EQ(grid.status, 200) << grid.body;
    EXPECT_TRUE(contains(grid.body, "Utilité sociale"));
    EXPECT_TRUE(contains(grid.body, "Excellent")) << "each level's description";
    EXPECT_TRUE(contains(grid.body, "/dossiers/" + std::to_string(scene.dossier)));
    // An expert cannot reach nor score another expert's request.
    EXPECT_EQ(scene.first.client.get(second_page).status, 404);
    EXPECT_EQ(scene.first.client.post_form(second_page, {{"note_" + std::to_string(scene.criteria[0]), "1"},
                                                            {"note_" + std::to_string(scene.criteria[1]), "1"},
                                                            {"recommandation", "defavorable"}})
                  .status,
        404);
    EXPECT_EQ(review_state(second_review), "demande");

    auto given = scene.second.client.post_form(second_page,
        {{"note_" + std::to_string(scene.criteria[0]), "4"}, {"note_" + std::to_string(scene.criteria[1]), "3"},
            {"recommandation", "favorable"}, {"commentaire", secret}});
    ASSERT_EQ(given.status, 303) << given.body;
    EXPECT_EQ(review_state(second_review), "rendu");
    EXPECT_EQ(count_audit("labelling.review_submitted", "review", second_review), 1);
    auto read_only = scene.second.client.get(second_page);
    EXPECT_TRUE(contains(read_only.body, secret));
    EXPECT_FALSE(contains(read_only.body, "Rendre mon avis"));
    auto twice = scene.second.client.post_form(second_page,
        {{"note_" + std::to_string(scene.criteria[0]), "1"}, {"note_" + std::to_string(scene.criteria[1]), "1"},
            {"recommandation", "defavorable"}});
    EXPECT_EQ(twice.status, 409);

    // Before giving their own, the first expert sees only theirs.
    auto before = scene.first.client.get(scene.reviews_page());
    ASSERT_EQ(before.status, 200) << before.body;
    EXPECT_FALSE(contains(before.body, secret));
    EXPECT_TRUE(contains(before.body, "une fois le vôtre rendu"));

    // An incomplete opinion: errors next to the fields, input kept.
    auto incomplete = scene.first.client.post_form(first_page,
        {{"note_" + std::to_string(scene.criteria[0]), "5"}, {"recommandation", "reserve"}, {"commentaire", own_comment}});
    EXPECT_EQ(incomplete.status, 422);
    EXPECT_TRUE(contains(incomplete.body, "Choisissez une note de 0 à 5 pour « Solidité »."));
    EXPECT_TRUE(contains(incomplete.body, own_comment));
    EXPECT_TRUE(contains(incomplete.body, "value=\"reserve\" checked"));
    EXPECT_EQ(review_state(first_review), "demande");
    EXPECT_FALSE(contains(incomplete.body, secret));

    auto complete = scene.first.client.post_form(first_page,
        {{"note_" + std::to_string(scene.criteria[0]), "5"}, {"note_" + std::to_string(scene.criteria[1]), "2"},
            {"recommandation", "reserve"}, {"commentaire", own_comment}});
    ASSERT_EQ(complete.status, 303) << complete.body;
    auto after = scene.first.client.get(scene.reviews_page());
    EXPECT_TRUE(contains(after.body, secret));
    EXPECT_TRUE(contains(after.body, own_comment));

    // The staff see every opinion with its weighted score: (4×2 + 3×1) / 3 and (5×2 + 2×1) / 3.
    auto staff = scene.instructor.client.get(scene.reviews_page());
    EXPECT_TRUE(contains(staff.body, secret));
    EXPECT_TRUE(contains(staff.body, "3,7 / 5"));
    EXPECT_TRUE(contains(staff.body, "4,0 / 5"));
    EXPECT_TRUE(contains(staff.body, "Réservé"));

    // A committee with the dossier on its agenda reads them, without the staff's forms.
    auto committee_member = signed_in_actor("avis-comite");
    auto committee = insert_returning_id("INSERT INTO committees (title, meets_on, call_id, created_at) VALUES "
                                         "('Comité avis C', '2030-06-01', "
        + std::to_string(scene.call) + ", 0) RETURNING id");
    execute_sql("INSERT INTO committee_members (committee_id, user_id) VALUES (" + std::to_string(committee) + ", "
        + std::to_string(committee_member.user_id) + ")");
    execute_sql("INSERT INTO committee_agenda (committee_id, dossier_id, position) VALUES (" + std::to_string(committee) + ", "
        + std::to_string(scene.dossier) + ", 1)");
    auto committee_page = committee_member.client.get(scene.reviews_page());
    ASSERT_EQ(committee_page.status, 200);
    EXPECT_TRUE(contains(committee_page.body, secret));
    EXPECT_FALSE(contains(committee_page.body, "Solliciter des experts"));
    EXPECT_FALSE(contains(committee_page.body, "Attribuer le dossier"));
}

TEST(Reviews, DeclaredConflictThenAnotherExpertAndCancelling)
{
    Scene scene("conflit C");
    auto first_review = review_request(scene.dossier, scene.first.user_id, "demande", day_in(15));
    auto conflict_target = "/avis/" + std::to_string(first_review) + "/conflit";

    auto application = "/dossiers/" + std::to_string(scene.dossier);
    EXPECT_EQ(scene.first.client.get(application).status, 200) << "the expert asked reads the application";

    auto empty = scene.first.client.post_form(conflict_target, {{"motif", "  "}});
    EXPECT_EQ(empty.status, 422);
    EXPECT_TRUE(contains(empty.body, "Indiquez en quelques mots la nature du conflit d’intérêts."));
    EXPECT_EQ(scene.second.client.post_form(conflict_target, {{"motif", "Pas moi"}}).status, 404);

    auto declared = scene.first.client.post_form(conflict_target, {{"motif", "J’ai conseillé cette structure l’an dernier."}});
    ASSERT_EQ(declared.status, 303) << declared.body;
    EXPECT_EQ(review_state(first_review), "conflit");
    EXPECT_EQ(count_audit("labelling.review_conflict", "review", first_review), 1);
    EXPECT_EQ(count_mails(scene.instructor.email, "Conflit d'intérêts"), 1);
    EXPECT_EQ(scene.first.client.get(scene.reviews_page()).status, 404);
    EXPECT_EQ(scene.first.client.get("/avis/" + std::to_string(first_review)).status, 404);
    EXPECT_EQ(scene.first.client.get(application).status, 404) << "nor the application any more";
    // Out of the dossier, the expert no longer lists it (issue 12).
    auto list = scene.first.client.get("/avis");
    EXPECT_FALSE(contains(list.body, ">Conflit d’intérêts<"));
    EXPECT_FALSE(contains(list.body, "href=\"/avis/" + std::to_string(first_review) + "\""));
    auto staff = scene.instructor.client.get(scene.reviews_page());
    EXPECT_TRUE(contains(staff.body, "J’ai conseillé cette structure l’an dernier."));

    // The staff ask someone else.
    auto replaced = scene.instructor.client.post_form(scene.reviews_page(),
        {{"experts", std::to_string(scene.second.user_id)}, {"echeance", day_in(15)}});
    ASSERT_EQ(replaced.status, 303) << replaced.body;
    auto second_review = review_of(scene.dossier, scene.second.user_id);
    EXPECT_EQ(review_state(second_review), "demande");
    EXPECT_EQ(scene.second.client.get(scene.reviews_page()).status, 200);

    // Cancelling a pending request: the expert loses access; a request already ended cannot be.
    auto cancel = scene.reviews_page() + "/" + std::to_string(second_review) + "/annuler";
    EXPECT_EQ(scene.second.client.post_form(cancel, {}).status, 403);
    ASSERT_EQ(scene.instructor.client.post_form(cancel, {}).status, 303);
    EXPECT_EQ(review_state(second_review), "annule");
    EXPECT_EQ(count_audit("labelling.review_cancelled", "review", second_review), 1);
    EXPECT_EQ(scene.second.client.get(scene.reviews_page()).status, 404);
    EXPECT_EQ(scene.second.client.get("/avis/" + std::to_string(second_review)).status, 404);
    EXPECT_EQ(scene.instructor.client.post_form(cancel, {}).status, 409);
    EXPECT_EQ(scene.instructor.client
                  .post_form(scene.reviews_page() + "/" + std::to_string(first_review) + "/annuler", {})
                  .status,
        409);

    // A cancelled expert may be asked again.
    auto again = scene.instructor.client.post_form(scene.reviews_page(),
        {{"experts", std::to_string(scene.second.user_id)}, {"echeance", day_in(20)}});
    EXPECT_EQ(again.status, 303);
    EXPECT_EQ(review_state(second_review), "demande");
}

TEST(Reviews, OverdueRequestsAreRemindedWeekly)
{
    Scene scene("rappel C");
    auto& platform = TestPlatform::instance();
    auto& services = platform.platform().services();
    auto overdue = review_request(scene.dossier, scene.first.user_id, "demande", day_in(-1));
    auto pending = review_request(scene.dossier, scene.second.user_id, "demande", day_in(3));

    labelling::send_review_reminders(services);
    EXPECT_EQ(count_mails(scene.first.email, "Rappel"), 1);
    EXPECT_EQ(count_mails(scene.second.email, "Rappel"), 0);
    EXPECT_EQ(query_number("SELECT COALESCE(reminded_at, 0) FROM reviews WHERE id = :id", overdue), platform.clock().now());
    EXPECT_EQ(query_number("SELECT COALESCE(reminded_at, 0) FROM reviews WHERE id = :id", pending), 0);
    auto list = scene.first.client.get("/avis");
    EXPECT_TRUE(contains(list.body, "En retard"));

    labelling::send_review_reminders(services);
    EXPECT_EQ(count_mails(scene.first.email, "Rappel"), 1) << "not twice within a week";

    // A week later both are overdue; the first is reminded again. The clock goes back afterwards
    // so that the other tests' sessions stay fresh.
    auto start = platform.clock().now();
    platform.clock().advance(8 * 24 * 3600);
    labelling::send_review_reminders(services);
    EXPECT_EQ(count_mails(scene.first.email, "Rappel"), 2);
    EXPECT_EQ(count_mails(scene.second.email, "Rappel"), 1);
    // A given opinion is not reminded.
    give_scores(overdue, {{scene.criteria[0], 3}, {scene.criteria[1], 3}}, "favorable");
    platform.clock().advance(8 * 24 * 3600);
    labelling::send_review_reminders(services);
    EXPECT_EQ(count_mails(scene.first.email, "Rappel"), 2);
    EXPECT_EQ(count_mails(scene.second.email, "Rappel"), 2);
    platform.clock().set(start);
}

} // namespace
} // namespace essaim::test
