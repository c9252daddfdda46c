// Assigning dossiers to instructeurs: automatically on deposit (region, then load, then id), by
// hand from the dossier's opinions page, and the administrators' page of regions. Calls, teams and
// dossiers are written with SQL (the lead's fixtures): those pages belong to other parts.

#include "labelling_fixtures.hpp"

#include "labelling/transition_dossier.hpp"

#include <gtest/gtest.h>

namespace essaim::test {
namespace {

using namespace labelling_fixtures;
using auth_support::contains;
using auth_support::execute_sql;
using auth_support::signed_in_actor;

long long instructor_of(long long dossier_id)
{
    return query_number("SELECT COALESCE(instructor_id, 0) FROM dossiers WHERE id = :id", dossier_id);
}

void set_regions(long long user_id, const std::vector<std::string>& regions)
{
    for (const auto& region : regions)
        execute_sql("INSERT INTO instructor_regions (user_id, region_code) VALUES (" + std::to_string(user_id) + ", "
            + quoted(region) + ")");
}

// The applicant deposits their draft through the use case, as B's page does.
void deposit(const Actor& applicant, long long dossier_id)
{
    auto& services = TestPlatform::instance().platform().services();
    auto lease = services.pool.acquire();
    auth::Identity identity;
    identity.user_id = applicant.user_id;
    identity.email = applicant.email;
    identity.roles = {auth::Role::Membre};
    labelling::TransitionRequest request;
    request.dossier_id = dossier_id;
    request.to = labelling::DossierState::Depose;
    auto result = labelling::transition_dossier(services, *lease, identity, request, auth::RequestInfo{});
    ASSERT_TRUE(result.ok()) << result.error().message;
}

TEST(Assignment, DepositGoesToTheLeastLoadedInstructeurCoveringTheRegion)
{
    auto owner = signed_in_actor("affect-porteur");
    // Created first, so the smallest id: chosen if the region were ignored.
    auto elsewhere = signed_in_actor("affect-idf", {auth::Role::Instructeur});
    auto everywhere = signed_in_actor("affect-partout", {auth::Role::Instructeur});
    auto local = signed_in_actor("affect-aura", {auth::Role::Instructeur});
    auto not_instructor = signed_in_actor("affect-expert", {auth::Role::Expert});
    set_regions(elsewhere.user_id, {"11"});
    set_regions(local.user_id, {"84", "93"});
    auto call = call_with_form("Appel affectation automatique C");
    for (const auto* member : {&elsewhere, &everywhere, &local, &not_instructor})
        add_to_team(call, member->user_id);
    auto organisation = published_organisation(owner, "Ruche affectation C");

    std::vector<long long> dossiers;
    for (int i = 0; i < 3; ++i)
        dossiers.push_back(dossier_in_state(call, organisation, owner.user_id, "brouillon"));
    deposit(owner, dossiers[0]);
    EXPECT_EQ(instructor_of(dossiers[0]), everywhere.user_id) << "both free: the smaller id";
    deposit(owner, dossiers[1]);
    EXPECT_EQ(instructor_of(dossiers[1]), local.user_id) << "the lighter load";
    deposit(owner, dossiers[2]);
    EXPECT_EQ(instructor_of(dossiers[2]), everywhere.user_id) << "equal loads again: the smaller id";
    EXPECT_EQ(count_audit("labelling.dossier_assigned", "dossier", dossiers[0]), 1);

    // A decided dossier no longer weighs on its instructeur.
    execute_sql("UPDATE dossiers SET state = 'refuse' WHERE id IN (" + std::to_string(dossiers[0]) + ", "
        + std::to_string(dossiers[2]) + ")");
    auto fourth = dossier_in_state(call, organisation, owner.user_id, "brouillon");
    deposit(owner, fourth);
    EXPECT_EQ(instructor_of(fourth), everywhere.user_id);
}

TEST(Assignment, NobodyCoveringTheRegionLeavesTheDossierUnassigned)
{
    auto owner = signed_in_actor("affect-seul-porteur");
    auto elsewhere = signed_in_actor("affect-seul-idf", {auth::Role::Instructeur});
    set_regions(elsewhere.user_id, {"11"});
    auto call = call_with_form("Appel affectation sans instructeur C");
    add_to_team(call, elsewhere.user_id);
    auto organisation = published_organisation(owner, "Ruche sans instructeur C");
    auto dossier = dossier_in_state(call, organisation, owner.user_id, "brouillon");
    deposit(owner, dossier);
    EXPECT_EQ(instructor_of(dossier), 0);
    EXPECT_EQ(count_audit("labelling.dossier_assigned", "dossier", dossier), 0);
    EXPECT_EQ(query_number("SELECT COUNT(*) FROM dossiers WHERE id = :id AND state = 'depose'", dossier), 1);
}

TEST(Assignment, StaffAssignByHandOneOfTheCallsTeam)
{
    auto owner = signed_in_actor("affect-main-porteur");
    auto first = signed_in_actor("affect-main-un", {auth::Role::Instructeur});
    auto second = signed_in_actor("affect-main-deux", {auth::Role::Instructeur});
    auto outsider = signed_in_actor("affect-main-dehors", {auth::Role::Instructeur});
    auto call = call_with_form("Appel affectation manuelle C");
    add_to_team(call, first.user_id);
    add_to_team(call, second.user_id);
    auto organisation = published_organisation(owner, "Ruche affectation manuelle C");
    auto dossier = dossier_in_state(call, organisation, owner.user_id, "depose");
    auto target = "/dossiers/" + std::to_string(dossier) + "/instructeur";

    auto page = first.client.get("/dossiers/" + std::to_string(dossier) + "/avis");
    ASSERT_EQ(page.status, 200) << page.body;
    EXPECT_TRUE(contains(page.body, second.email));

    auto assigned = first.client.post_form(target, {{"instructeur", std::to_string(second.user_id)}});
    EXPECT_EQ(assigned.status, 303) << assigned.body;
    EXPECT_EQ(instructor_of(dossier), second.user_id);
    EXPECT_EQ(count_audit("labelling.dossier_assigned", "dossier", dossier), 1);
    EXPECT_EQ(count_mails(second.email, "à instruire"), 1);
    auto after = first.client.get("/dossiers/" + std::to_string(dossier) + "/avis");
    EXPECT_TRUE(contains(after.body, "Instructeur désigné"));

    // Wrong uses: someone outside the team, an instructeur of another call, an applicant.
    auto not_team = first.client.post_form(target, {{"instructeur", std::to_string(outsider.user_id)}});
    EXPECT_EQ(not_team.status, 422);
    EXPECT_TRUE(contains(not_team.body, "Choisissez un instructeur de l’équipe de l’appel."));
    EXPECT_EQ(instructor_of(dossier), second.user_id);
    EXPECT_EQ(outsider.client.post_form(target, {{"instructeur", std::to_string(outsider.user_id)}}).status, 404);
    EXPECT_EQ(owner.client.post_form(target, {{"instructeur", std::to_string(first.user_id)}}).status, 403);
    EXPECT_EQ(instructor_of(dossier), second.user_id);
}

TEST(Assignment, AdministratorsSetTheRegionsOfInstructeurs)
{
    auto admin = signed_in_actor("affect-admin", {auth::Role::Administrateur});
    auto instructor = signed_in_actor("affect-regions", {auth::Role::Instructeur});
    auto member = signed_in_actor("affect-regions-membre");
    auto target = "/admin/instructeurs/" + std::to_string(instructor.user_id);

    auto page = admin.client.get("/admin/instructeurs");
    ASSERT_EQ(page.status, 200) << page.body;
    EXPECT_TRUE(contains(page.body, instructor.email));
    EXPECT_TRUE(contains(page.body, "Auvergne-Rhône-Alpes"));

    auto saved = admin.client.post_form(target, {{"regions", "84"}, {"regions", "11"}});
    EXPECT_EQ(saved.status, 303) << saved.body;
    EXPECT_EQ(query_number("SELECT COUNT(*) FROM instructor_regions WHERE user_id = :user", instructor.user_id), 2);
    EXPECT_EQ(query_number("SELECT COUNT(*) FROM audit_log WHERE action = 'labelling.instructor_regions_changed' AND "
                           "target_id = CAST(:user AS TEXT)",
                  instructor.user_id),
        1);
    auto cleared = admin.client.post_form(target, {});
    EXPECT_EQ(cleared.status, 303);
    EXPECT_EQ(query_number("SELECT COUNT(*) FROM instructor_regions WHERE user_id = :user", instructor.user_id), 0);

    auto unknown = admin.client.post_form(target, {{"regions", "zz"}});
    EXPECT_EQ(unknown.status, 422);
    EXPECT_TRUE(contains(unknown.body, "Choisissez des régions dans la liste."));
    EXPECT_EQ(admin.client.post_form("/admin/instructeurs/" + std::to_string(member.user_id), {{"regions", "84"}}).status, 404);
    EXPECT_EQ(member.client.get("/admin/instructeurs").status, 403);
    EXPECT_EQ(instructor.client.post_form(target, {{"regions", "84"}}).status, 403);
}

} // namespace
} // namespace essaim::test
