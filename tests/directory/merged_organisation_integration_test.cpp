// An organisation absorbed by a merge answers 301 to the kept one, and every action on it is
// refused with a message naming the kept one: publish, refuse, edit (form and API: 409), claim,
// and adding a project.

#include "auth/auth_test_support.hpp"
#include "db/session.hpp"

#include <soci/soci.h>

using namespace essaim::test;
using namespace essaim::test::auth_support;
using essaim::auth::Role;

namespace {

std::string tail_of(const std::string& path) { return path.substr(path.rfind('/') + 1); }

std::string member_organisation(Actor& owner, const std::string& name)
{
    auto created = owner.client.post_form("/organisations/nouvelle",
        {{"name", name}, {"ess_family", "association"}, {"commune_code", "42218"}, {"actor_types", "porteur_de_projet"}});
    EXPECT_EQ(created.status, 303) << created.body.substr(0, 2000);
    return std::string(created.header("location").value_or(""));
}

HttpResponse json_patch(HttpClient& client, const std::string& target, const std::string& body)
{
    return client.request("PATCH", target, body, {{"Content-Type", "application/json"}, {"X-CSRF-Token", client.csrf_token()}});
}

} // namespace

TEST(MergedOrganisation, AbsorbedRecordCanNoLongerBeActedOn)
{
    auto owner = signed_in_actor("fusion-proprio");
    auto admin = signed_in_actor("fusion-admin", {Role::Administrateur});
    auto kept = member_organisation(owner, "Maison des Associations de Roanne");
    auto absorbed = member_organisation(owner, "Maison des associations Roanne");
    ASSERT_EQ(admin.client.post_form("/admin/organisations/" + tail_of(kept) + "/publier", {}).status, 303);
    auto merged = admin.client.post_form("/admin/doublons/fusionner", {{"kept_id", tail_of(kept)}, {"absorbed_id", tail_of(absorbed)}});
    ASSERT_EQ(merged.status, 303) << merged.body.substr(0, 2000);

    HttpClient visitor(TestPlatform::instance().port());
    auto redirected = visitor.get(absorbed);
    EXPECT_EQ(redirected.status, 301);
    EXPECT_EQ(redirected.header("location").value_or(""), kept);

    const std::string kept_number = "fiche n° " + tail_of(kept);
    auto publish = admin.client.post_form("/admin/organisations/" + tail_of(absorbed) + "/publier", {});
    EXPECT_EQ(publish.status, 409);
    EXPECT_TRUE(contains(publish.body, kept_number)) << publish.body.substr(0, 3000);
    auto refuse_form = admin.client.get("/admin/organisations/" + tail_of(absorbed) + "/refuser");
    EXPECT_EQ(refuse_form.status, 409);
    auto refuse = admin.client.post_form("/admin/organisations/" + tail_of(absorbed) + "/refuser", {{"refusal_reason", "Doublon"}});
    EXPECT_EQ(refuse.status, 409);
    EXPECT_TRUE(contains(refuse.body, kept_number));

    auto edit_form = admin.client.get(absorbed + "/modifier");
    EXPECT_EQ(edit_form.status, 409);
    EXPECT_TRUE(contains(edit_form.body, kept_number));
    auto edit = admin.client.post_form(absorbed + "/modifier",
        {{"name", "Renaissance"}, {"ess_family", "association"}, {"commune_code", "42218"}, {"actor_types", "reseau"}});
    EXPECT_EQ(edit.status, 409);
    // The former owner (moved to the kept record) gets the same answer, not a 404.
    EXPECT_EQ(owner.client.get(absorbed + "/modifier").status, 409);

    auto api = json_patch(admin.client, "/api/v1/organisations/" + tail_of(absorbed), R"({"name": "Renaissance"})");
    EXPECT_EQ(api.status, 409) << api.body;
    EXPECT_EQ(api.header("content-type").value_or(""), "application/problem+json");
    EXPECT_TRUE(contains(api.body, kept_number));
    EXPECT_EQ(json_patch(visitor, "/api/v1/organisations/" + tail_of(absorbed), R"({"name": "X"})").status, 401);

    auto claimant = signed_in_actor("fusion-revendication");
    EXPECT_EQ(claimant.client.get(absorbed + "/revendiquer").status, 409);
    auto claim = claimant.client.post_form(absorbed + "/revendiquer", {{"message", "Je suis la présidente."}});
    EXPECT_EQ(claim.status, 409);
    EXPECT_TRUE(contains(claim.body, kept_number));

    EXPECT_EQ(admin.client.get(absorbed + "/projets/nouveau").status, 409);
    EXPECT_EQ(admin.client.post_form(absorbed + "/projets/nouveau", {{"title", "Projet orphelin"}}).status, 409);

    // The kept record is untouched by all this and still editable.
    EXPECT_EQ(owner.client.get(kept + "/modifier").status, 200);
    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    std::string name;
    std::string status;
    long long absorbed_id = std::stoll(tail_of(absorbed));
    lease->sql() << "SELECT name, status FROM organisations WHERE id = :id", soci::use(absorbed_id), soci::into(name), soci::into(status);
    EXPECT_EQ(name, "Maison des associations Roanne");
    EXPECT_EQ(status, "refusee");
}
