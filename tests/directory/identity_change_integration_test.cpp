// The identity of an organisation over HTTP: on a published profile a member's change of name or
// identifier waits for an administrator (form and PATCH), the values in force staying everywhere
// until the decision; identifiers from a register are not edited by anyone; an identifier already
// held is refused with the way to claim it; parallel requests leave one pending change.

#include "auth/auth_test_support.hpp"
#include "db/session.hpp"
#include "directory/organisation_store.hpp"
#include "directory/siren_test_support.hpp"

#include <boost/json.hpp>
#include <soci/soci.h>

#include <thread>
#include <unistd.h>

using namespace essaim::test;
using namespace essaim::test::auth_support;
namespace directory = essaim::directory;
namespace db = essaim::db;
using directory::OrganisationStatus;
using essaim::auth::Role;

namespace {

db::Lease connection() { return TestPlatform::instance().platform().services().pool.acquire(); }

directory::OrganisationProfile profile_named(const std::string& name, const std::string& siren = "")
{
    directory::OrganisationProfile profile;
    profile.name = name;
    profile.siren = siren;
    profile.ess_family = "association";
    profile.legal_form_code = "9220";
    profile.commune_code = "42218";
    profile.description = "Une ruche de la Loire.";
    profile.actor_types = {"incubateur"};
    return profile;
}

long long add_organisation(const directory::OrganisationProfile& profile, OrganisationStatus status, long long owner,
    directory::OrganisationSource source = directory::OrganisationSource::Membre)
{
    auto lease = connection();
    db::Transaction transaction(*lease);
    directory::Organisation organisation;
    organisation.profile = profile;
    organisation.status = status;
    organisation.source = source;
    organisation.created_at = organisation.updated_at = 1'750'000'000;
    auto id = directory::insert_organisation(*lease, organisation);
    EXPECT_TRUE(id.has_value());
    if (id && owner != 0)
        directory::add_owner(*lease, *id, owner);
    transaction.commit();
    return id.value_or(0);
}

directory::Organisation stored(long long id)
{
    auto lease = connection();
    auto organisation = directory::find_organisation(*lease, id);
    EXPECT_TRUE(organisation.has_value());
    return organisation.value_or(directory::Organisation{});
}

//! The edit form's fields for `profile`, as the page posts them.
Fields form_of(const directory::OrganisationProfile& profile, const std::string& siret = "")
{
    Fields fields{{"name", profile.name}, {"acronym", profile.acronym}, {"siren", profile.siren}, {"siret", siret},
        {"rna", profile.rna}, {"ess_family", profile.ess_family}, {"legal_form_code", profile.legal_form_code},
        {"naf_code", ""}, {"headcount_band", ""}, {"creation_date", ""}, {"address_line", ""}, {"postal_code", ""},
        {"commune_code", profile.commune_code}, {"website", ""}, {"description", profile.description}};
    for (const auto& type : profile.actor_types)
        fields.emplace_back("actor_types", type);
    return fields;
}

HttpResponse patch(HttpClient& client, const std::string& target, const std::string& body)
{
    return client.request("PATCH", target, body, {{"Content-Type", "application/json"}, {"X-CSRF-Token", client.csrf_token()}});
}

long long pending_count(long long organisation_id)
{
    auto lease = connection();
    long long count = 0;
    lease->sql() << "SELECT COUNT(*) FROM organisation_identity_changes WHERE organisation_id = :id AND status = 'en_attente'",
        soci::use(organisation_id), soci::into(count);
    return count;
}

//! The id in the first "/admin/identites/{id}/accepter" after `marker` in the queue page.
std::string queued_change(const std::string& queue, const std::string& marker)
{
    auto at = queue.find(marker);
    auto action = queue.find("/admin/identites/", at);
    if (at == std::string::npos || action == std::string::npos)
        return "";
    auto start = action + std::string("/admin/identites/").size();
    return queue.substr(start, queue.find('/', start) - start);
}

} // namespace

TEST(IdentityChange, AMembersNewNameWaitsForAnAdministratorWhileTheOldOneStaysInForce)
{
    auto owner = signed_in_actor("identite-proprio");
    auto siren = unique_siren();
    auto profile = profile_named("Ruche du Pilat " + siren, siren);
    auto id = add_organisation(profile, OrganisationStatus::Publiee, owner.user_id);
    auto path = "/organisations/" + std::to_string(id);

    auto form = owner.client.get(path + "/modifier");
    ASSERT_EQ(form.status, 200);
    EXPECT_TRUE(contains(form.body, "un changement de son nom ou d’un identifiant officiel est examiné"));

    auto asked = profile;
    asked.name = "Autre Entité " + siren;
    asked.description = "Une présentation revue.";
    auto saved = owner.client.post_form(path + "/modifier", form_of(asked));
    ASSERT_EQ(saved.status, 303) << saved.body.substr(0, 2000);
    auto page = owner.client.get(path);
    EXPECT_TRUE(contains(page.body, "Changement d’identité en attente"));
    EXPECT_TRUE(contains(page.body, "Une présentation revue."));  // the other fields apply at once
    EXPECT_EQ(stored(id).profile.name, profile.name);
    HttpClient visitor(TestPlatform::instance().port());
    EXPECT_TRUE(contains(visitor.get(path).body, profile.name));
    EXPECT_FALSE(contains(visitor.get(path).body, asked.name));
    EXPECT_FALSE(contains(visitor.get("/api/v1/organisations/" + std::to_string(id)).body, asked.name));
    auto pending_form = owner.client.get(path + "/modifier");
    EXPECT_TRUE(contains(pending_form.body, "Changement en attente de décision"));
    EXPECT_TRUE(contains(pending_form.body, "Nom : « " + profile.name + " » → « " + asked.name + " »"));

    auto admin = signed_in_actor("identite-admin", {Role::Administrateur});
    EXPECT_EQ(owner.client.get("/admin/identites").status, 403);
    auto queue = admin.client.get("/admin/identites");
    ASSERT_EQ(queue.status, 200);
    EXPECT_TRUE(contains(queue.body, "Nom : « " + profile.name + " » → « " + asked.name + " »"));
    EXPECT_TRUE(contains(queue.body, owner.email));
    auto change = queued_change(queue.body, asked.name);
    ASSERT_FALSE(change.empty());
    EXPECT_EQ(owner.client.post_form("/admin/identites/" + change + "/accepter", {}).status, 403);
    EXPECT_EQ(stored(id).profile.name, profile.name);

    auto accepted = admin.client.post_form("/admin/identites/" + change + "/accepter", {});
    ASSERT_EQ(accepted.status, 303) << accepted.body.substr(0, 2000);
    EXPECT_EQ(stored(id).profile.name, asked.name);
    EXPECT_EQ(pending_count(id), 0);
    EXPECT_TRUE(contains(wait_for_mail_with(owner.email, "a accepté le changement que vous avez demandé"), asked.name));
    EXPECT_EQ(admin.client.post_form("/admin/identites/" + change + "/accepter", {}).status, 409);
    auto history = owner.client.get(path + "/historique");
    EXPECT_TRUE(contains(history.body, "<td>Nom</td><td>" + profile.name + "</td><td>" + asked.name + "</td>"));
    auto journal = admin.client.get("/admin/journal?action=directory.identity_change");
    EXPECT_TRUE(contains(journal.body, "Demande de changement d’identité d’une organisation"));
    EXPECT_TRUE(contains(journal.body, "Changement d’identité accepté"));
}

TEST(IdentityChange, ARefusalNeedsAReasonAndKeepsTheValuesInForce)
{
    auto owner = signed_in_actor("identite-refus");
    auto profile = profile_named("Fabrique du Forez " + unique_siren());
    auto id = add_organisation(profile, OrganisationStatus::Publiee, owner.user_id);
    auto path = "/organisations/" + std::to_string(id);
    auto asked = profile;
    auto new_siren = unique_siren();
    asked.siren = new_siren;
    ASSERT_EQ(owner.client.post_form(path + "/modifier", form_of(asked)).status, 303);
    EXPECT_EQ(stored(id).profile.siren, "");
    // A second request replaces the first: one change waits per organisation.
    asked.siren = unique_siren();
    ASSERT_EQ(owner.client.post_form(path + "/modifier", form_of(asked)).status, 303);
    EXPECT_EQ(pending_count(id), 1);

    auto admin = signed_in_actor("identite-refus-admin", {Role::Administrateur});
    auto queue = admin.client.get("/admin/identites");
    EXPECT_FALSE(contains(queue.body, new_siren));
    auto change = queued_change(queue.body, asked.siren);
    ASSERT_FALSE(change.empty());
    auto empty = admin.client.post_form("/admin/identites/" + change + "/refuser", {{"refusal_reason", "  "}});
    EXPECT_EQ(empty.status, 422);
    EXPECT_TRUE(contains(empty.body, "id=\"refusal_reason-erreur\""));
    auto refused = admin.client.post_form("/admin/identites/" + change + "/refuser",
        {{"refusal_reason", "Ce SIREN est celui d’une autre association."}});
    ASSERT_EQ(refused.status, 303);
    EXPECT_EQ(stored(id).profile.siren, "");
    EXPECT_EQ(pending_count(id), 0);
    EXPECT_TRUE(contains(wait_for_mail_with(owner.email, "n'a pas accepté le changement que vous avez demandé"), "celui d’une autre association"));
    EXPECT_EQ(admin.client.get("/admin/identites/" + change + "/refuser").status, 409);
}

TEST(IdentityChange, AnIdentifierFromARegisterIsEditedByNoOne)
{
    auto owner = signed_in_actor("identite-registre");
    auto siren = unique_siren();
    auto profile = profile_named("Association Registre " + siren, siren);
    auto siret = with_luhn_key(siren + "0001");
    profile.nic_siege = siret.substr(9);
    auto id = add_organisation(profile, OrganisationStatus::Publiee, owner.user_id, directory::OrganisationSource::Sirene);
    auto path = "/organisations/" + std::to_string(id);

    auto form = owner.client.get(path + "/modifier");
    ASSERT_EQ(form.status, 200);
    EXPECT_TRUE(contains(form.body, "name=\"siren\" value=\"" + siren + "\" readonly"));
    EXPECT_TRUE(contains(form.body, "name=\"siret\" value=\"" + siret + "\" readonly"));
    EXPECT_TRUE(contains(form.body, "Repris du répertoire SIRENE"));
    EXPECT_FALSE(contains(form.body, "name=\"rna\" value=\"\" readonly"));

    auto other = unique_siren();
    auto changed = profile;
    changed.siren = other;
    auto refused = owner.client.post_form(path + "/modifier", form_of(changed));
    EXPECT_EQ(refused.status, 422);
    EXPECT_TRUE(contains(refused.body, "Ce numéro vient du répertoire SIRENE"));
    EXPECT_TRUE(contains(refused.body, "value=\"" + other + "\""));  // the input is kept
    auto admin = signed_in_actor("identite-registre-admin", {Role::Administrateur});
    EXPECT_EQ(admin.client.post_form(path + "/modifier", form_of(changed)).status, 422);
    auto api = patch(owner.client, "/api/v1/organisations/" + std::to_string(id), R"({"siren": ")" + other + R"("})");
    EXPECT_EQ(api.status, 422) << api.body;
    EXPECT_TRUE(contains(api.body, "Ce numéro vient du répertoire SIRENE"));
    EXPECT_EQ(stored(id).profile.siren, siren);
    EXPECT_EQ(pending_count(id), 0);

    // The same SIRET as shown passes: the other fields save.
    changed = profile;
    changed.description = "Présentation mise à jour.";
    EXPECT_EQ(owner.client.post_form(path + "/modifier", form_of(changed, siret)).status, 303);
    EXPECT_EQ(stored(id).profile.description, "Présentation mise à jour.");
}

TEST(IdentityChange, PatchAnswers202WithThePendingChangeAndAdministratorsEditAtOnce)
{
    auto owner = signed_in_actor("identite-api");
    auto profile = profile_named("Ruche API " + unique_siren());
    auto id = add_organisation(profile, OrganisationStatus::Publiee, owner.user_id);
    auto target = "/api/v1/organisations/" + std::to_string(id);
    auto response = patch(owner.client, target, R"({"name": "Nom demandé par API"})");
    ASSERT_EQ(response.status, 202) << response.body;
    auto body = boost::json::parse(response.body).as_object();
    EXPECT_EQ(body.at("name").as_string(), profile.name);
    const auto& pending = body.at("pending_identity_change").as_object().at("name").as_array();
    EXPECT_EQ(pending.at(0).as_string(), profile.name);
    EXPECT_EQ(pending.at(1).as_string(), "Nom demandé par API");

    auto admin = signed_in_actor("identite-api-admin", {Role::Administrateur});
    auto direct = patch(admin.client, target, R"({"name": "Nom fixé par l’administration"})");
    EXPECT_EQ(direct.status, 200) << direct.body;
    EXPECT_EQ(stored(id).profile.name, "Nom fixé par l’administration");

    // The value in force changed since the request: accepting it would overwrite unseen.
    auto queue = admin.client.get("/admin/identites");
    auto change = queued_change(queue.body, "Nom demandé par API");
    ASSERT_FALSE(change.empty());
    EXPECT_EQ(admin.client.post_form("/admin/identites/" + change + "/accepter", {}).status, 409);
    EXPECT_EQ(stored(id).profile.name, "Nom fixé par l’administration");
}

TEST(IdentityChange, AnIdentifierTakenMeanwhileOrAlreadyHeldIsRefused)
{
    auto owner = signed_in_actor("identite-prise");
    auto profile = profile_named("Ruche Prise " + unique_siren());
    auto id = add_organisation(profile, OrganisationStatus::Publiee, owner.user_id);
    auto wanted = unique_siren();
    auto asked = profile;
    asked.siren = wanted;
    ASSERT_EQ(owner.client.post_form("/organisations/" + std::to_string(id) + "/modifier", form_of(asked)).status, 303);
    auto holder = add_organisation(profile_named("Titulaire du SIREN " + wanted, wanted), OrganisationStatus::Publiee, 0);
    auto admin = signed_in_actor("identite-prise-admin", {Role::Administrateur});
    auto change = queued_change(admin.client.get("/admin/identites").body, wanted);
    ASSERT_FALSE(change.empty());
    EXPECT_EQ(admin.client.post_form("/admin/identites/" + change + "/accepter", {}).status, 409);
    EXPECT_EQ(stored(id).profile.siren, "");

    // A new organisation cannot take a SIREN another holds: the person is sent to claim it.
    auto creator = signed_in_actor("identite-prise-nouvelle");
    auto created = creator.client.post_form("/organisations/nouvelle", form_of(profile_named("Usurpatrice", wanted)));
    EXPECT_EQ(created.status, 422);
    EXPECT_TRUE(contains(created.body, "(« Titulaire du SIREN " + wanted + " »)"));
    EXPECT_TRUE(contains(created.body, "demandez à gérer sa fiche"));
    EXPECT_EQ(stored(holder).profile.siren, wanted);
}

TEST(IdentityChange, ParallelRequestsLeaveOnePendingChangeAndTheNameInForce)
{
    auto profile = profile_named("Ruche Concurrente " + unique_siren());
    auto first = signed_in_actor("identite-course-0");
    auto id = add_organisation(profile, OrganisationStatus::Publiee, first.user_id);
    std::vector<Actor> editors;
    editors.push_back(std::move(first));
    for (int i = 1; i < 6; ++i) {
        editors.push_back(signed_in_actor("identite-course-" + std::to_string(i)));
        auto lease = connection();
        directory::add_owner(*lease, id, editors.back().user_id);
    }
    auto target = "/api/v1/organisations/" + std::to_string(id);
    for (auto& editor : editors)
        editor.client.csrf_token();
    std::vector<int> statuses(editors.size());
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < editors.size(); ++i)
        threads.emplace_back([&, i] {
            statuses[i] = patch(editors[i].client, target, R"({"name": "Prise )" + std::to_string(i) + R"("})").status;
        });
    for (auto& thread : threads)
        thread.join();
    for (auto status : statuses)
        EXPECT_EQ(status, 202);
    EXPECT_EQ(pending_count(id), 1);
    EXPECT_EQ(stored(id).profile.name, profile.name);
}
