// Projects over HTTP, on either backend: the revision history page (who may read it, what it
// shows), and the administrators' moderation: hiding a published project with a reason (revision,
// audit entry, e-mail to the owners; gone from search, /annuaire and the API, still seen by its
// members and administrators) and publishing it again.

#include "auth/auth_test_support.hpp"
#include "db/session.hpp"

#include <soci/soci.h>
#include <unistd.h>

using namespace essaim::test;
using namespace essaim::test::auth_support;
using essaim::auth::Role;

namespace {

std::string path_id(const std::string& path) { return path.substr(path.rfind('/') + 1); }

//! A word no other record of this process's database holds, for searches.
std::string moderation_word()
{
    static int counter = 0;
    long long value = static_cast<long long>(::getpid()) * 1000 + ++counter;
    std::string word = "zmod";
    for (; value > 0; value /= 26)
        word += static_cast<char>('a' + value % 26);
    return word;
}

Actor& moderation_admin()
{
    static Actor admin = signed_in_actor("admin-projets", {Role::Administrateur});
    return admin;
}

std::string published_organisation(Actor& owner, const std::string& name)
{
    Fields fields{{"name", name}, {"ess_family", "association"}, {"commune_code", "42218"},
        {"actor_types", "porteur_de_projet"}};
    auto created = owner.client.post_form("/organisations/nouvelle", fields);
    EXPECT_EQ(created.status, 303) << created.body.substr(0, 2000);
    auto path = std::string(created.header("location").value_or(""));
    EXPECT_EQ(moderation_admin().client.post_form("/admin/organisations/" + path_id(path) + "/publier", {}).status, 303);
    return path;
}

Fields project_form(const std::string& title)
{
    return Fields{{"title", title}, {"summary", "Un atelier de réparation ouvert à tous."}, {"social_need", ""},
        {"beneficiaries", ""}, {"stage", "ideation"}, {"growth_mode", "croissance_organique"},
        {"thematics", "environnement_transition"}, {"sdgs", "12"}, {"territories", "42"},
        {"beneficiaries_per_year", "300"}, {"jobs_fte", "1,5"}, {"annual_budget_euros", ""},
        {"funding_sought_euros", ""}, {"needs_details", ""}, {"replicates", ""}, {"replication_started_on", ""}};
}

std::string new_project(Actor& owner, const std::string& organisation, const Fields& fields)
{
    auto response = owner.client.post_form(organisation + "/projets/nouveau", fields);
    EXPECT_EQ(response.status, 303) << response.body.substr(0, 3000);
    return std::string(response.header("location").value_or(""));
}

long long count_rows(const std::string& sql_text)
{
    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    long long count = 0;
    lease->sql() << sql_text, soci::into(count);
    return count;
}

long long audit_entries(const std::string& action, const std::string& project_id)
{
    return count_rows("SELECT COUNT(*) FROM audit_log WHERE action = '" + action + "' AND target_type = 'project' AND target_id = '"
        + project_id + "'");
}

} // namespace

TEST(ProjectHistory, EditsAreListedForOwnersAndAdministratorsOnly)
{
    auto& platform = TestPlatform::instance();
    auto owner = signed_in_actor("histoire-proprio");
    auto organisation = published_organisation(owner, "Repair Café de la Loire");
    auto fields = project_form("Atelier vélo");
    auto project = new_project(owner, organisation, fields);
    for (auto& field : fields) {
        if (field.first == "title")
            field.second = "Atelier vélo solidaire";
        if (field.first == "stage")
            field.second = "experimentation";
    }
    ASSERT_EQ(owner.client.post_form(project + "/modifier", fields).status, 303);

    // The project page links the history for its owner, not for visitors.
    auto own_page = owner.client.get(project);
    EXPECT_TRUE(contains(own_page.body, "href=\"" + project + "/historique\"")) << own_page.body.substr(0, 500);
    HttpClient visitor(platform.port());
    EXPECT_FALSE(contains(visitor.get(project).body, "/historique"));

    auto history = owner.client.get(project + "/historique");
    ASSERT_EQ(history.status, 200) << history.body.substr(0, 2000);
    EXPECT_TRUE(contains(history.body, "<h1>Historique du projet « Atelier vélo solidaire »</h1>"));
    EXPECT_TRUE(contains(history.body, "<td>Titre</td><td>Atelier vélo</td><td>Atelier vélo solidaire</td>"));
    EXPECT_TRUE(contains(history.body, "<td>Stade de développement</td><td>Idéation</td><td>Expérimentation</td>"));
    // The creation is a revision too, from nothing to the first values.
    EXPECT_TRUE(contains(history.body, "<td>Thématiques</td><td>(vide)</td><td>Environnement et transition écologique</td>"));
    EXPECT_TRUE(contains(history.body, "<td>Emplois en équivalent temps plein</td><td>(vide)</td><td>1,5</td>"));
    EXPECT_TRUE(contains(history.body, "Compte de test"));  // the author
    // Newest first: the edit comes before the creation.
    EXPECT_LT(history.body.find("Atelier vélo solidaire</td>"), history.body.find("<td>Thématiques</td>"));

    EXPECT_EQ(moderation_admin().client.get(project + "/historique").status, 200);
    EXPECT_TRUE(contains(moderation_admin().client.get(project).body, "/historique"));
    auto stranger = signed_in_actor("histoire-curieux");
    EXPECT_EQ(stranger.client.get(project + "/historique").status, 403);
    EXPECT_EQ(visitor.get(project + "/historique").status, 303);  // to the sign-in page
    EXPECT_EQ(owner.client.get("/projets/999999999/historique").status, 404);
}

TEST(ProjectModeration, AdministratorHidesAndRepublishesAProject)
{
    auto& platform = TestPlatform::instance();
    auto word = moderation_word();
    auto owner = signed_in_actor("masque-proprio");
    auto organisation = published_organisation(owner, "Ressourcerie " + word);
    auto project = new_project(owner, organisation, project_form("Projet " + word));
    auto id = path_id(project);
    HttpClient visitor(platform.port());
    ASSERT_EQ(visitor.get(project).status, 200);
    ASSERT_TRUE(contains(visitor.get("/annuaire?q=" + word).body, "Projet " + word));
    ASSERT_TRUE(contains(visitor.get("/api/v1/projects?q=" + word).body, "\"id\":" + id));

    // Wrong uses: a member, the owner, a visitor; a missing reason.
    auto hide = "/admin/projets/" + id + "/masquer";
    EXPECT_EQ(owner.client.get(hide).status, 403);
    EXPECT_EQ(owner.client.post_form(hide, {{"hidden_reason", "Je me masque"}}).status, 403);
    EXPECT_EQ(visitor.post_form(hide, {{"hidden_reason", "Anonyme"}}).status, 303);  // to the sign-in page
    auto& admin = moderation_admin();
    EXPECT_TRUE(contains(admin.client.get(project).body, "href=\"" + hide + "\""));
    auto form = admin.client.get(hide);
    ASSERT_EQ(form.status, 200);
    EXPECT_TRUE(contains(form.body, "<h1>Masquer le projet « Projet " + word + " »</h1>"));
    auto empty = admin.client.post_form(hide, {{"hidden_reason", "  "}});
    EXPECT_EQ(empty.status, 422);
    EXPECT_TRUE(contains(empty.body, "id=\"hidden_reason-erreur\""));
    EXPECT_EQ(admin.client.post_form("/admin/projets/999999999/masquer", {{"hidden_reason", "Rien"}}).status, 404);
    EXPECT_EQ(admin.client.post_form("/admin/projets/" + id + "/republier", {}).status, 409);  // not hidden
    EXPECT_EQ(visitor.get(project).status, 200);

    auto hidden = admin.client.post_form(hide, {{"hidden_reason", "Le résumé fait de la publicité."}});
    ASSERT_EQ(hidden.status, 303) << hidden.body.substr(0, 2000);
    EXPECT_EQ(hidden.header("location").value_or(""), project);
    EXPECT_EQ(admin.client.post_form(hide, {{"hidden_reason", "Deux fois"}}).status, 409);

    // Gone for the public: page, search, directory and API.
    EXPECT_EQ(visitor.get(project).status, 404);
    EXPECT_FALSE(contains(visitor.get("/annuaire?q=" + word).body, "Projet " + word));
    EXPECT_FALSE(contains(visitor.get("/api/v1/projects?q=" + word).body, "\"id\":" + id));
    EXPECT_EQ(visitor.get("/api/v1/projects/" + id).status, 404);
    EXPECT_FALSE(contains(visitor.get(organisation).body, "Projet " + word));
    auto stranger = signed_in_actor("masque-curieux");
    EXPECT_EQ(stranger.client.get(project).status, 404);
    // Still there for its owner (with the reason) and the administrators.
    auto own = owner.client.get(project);
    ASSERT_EQ(own.status, 200);
    EXPECT_TRUE(contains(own.body, "Projet masqué par l’équipe Essaim"));
    EXPECT_TRUE(contains(own.body, "Le résumé fait de la publicité."));
    EXPECT_EQ(admin.client.get(project).status, 200);
    EXPECT_TRUE(contains(admin.client.get(project).body, "Republier le projet"));
    // The organisation's page lists it, marked, for its members only.
    EXPECT_TRUE(contains(owner.client.get(organisation).body, "Masqué par l’équipe Essaim"));
    EXPECT_FALSE(contains(stranger.client.get(organisation).body, "Projet " + word));
    // The administrators' list of hidden projects.
    auto list = admin.client.get("/admin/projets");
    ASSERT_EQ(list.status, 200);
    EXPECT_TRUE(contains(list.body, "href=\"" + project + "\">Projet " + word + "</a>"));
    EXPECT_TRUE(contains(list.body, "Le résumé fait de la publicité."));
    EXPECT_EQ(owner.client.get("/admin/projets").status, 403);

    // Recorded: revision, audit entry, e-mail to the owner.
    auto history = owner.client.get(project + "/historique");
    EXPECT_TRUE(contains(history.body, "<td>Statut</td><td>Publié</td><td>Masqué par l’équipe Essaim</td>"));
    EXPECT_TRUE(contains(history.body, "<td>Raison du masquage</td><td>(vide)</td><td>Le résumé fait de la publicité.</td>"));
    EXPECT_EQ(audit_entries("directory.project_hidden", id), 1);
    auto mail = wait_for_mail_with(owner.email, "Projet " + word);
    EXPECT_TRUE(contains(mail, "Le résumé fait de la publicité."));

    // Republished: public again, recorded too.
    EXPECT_EQ(owner.client.post_form("/admin/projets/" + id + "/republier", {}).status, 403);
    auto republished = admin.client.post_form("/admin/projets/" + id + "/republier", {{"retour", "liste"}});
    ASSERT_EQ(republished.status, 303);
    EXPECT_EQ(republished.header("location").value_or(""), "/admin/projets");
    EXPECT_FALSE(contains(admin.client.get("/admin/projets").body, "Projet " + word));
    EXPECT_EQ(visitor.get(project).status, 200);
    EXPECT_TRUE(contains(visitor.get("/annuaire?q=" + word).body, "Projet " + word));
    EXPECT_TRUE(contains(visitor.get("/api/v1/projects?q=" + word).body, "\"id\":" + id));
    EXPECT_EQ(audit_entries("directory.project_republished", id), 1);
    EXPECT_TRUE(contains(owner.client.get(project + "/historique").body,
        "<td>Statut</td><td>Masqué par l’équipe Essaim</td><td>Publié</td>"));
    EXPECT_TRUE(contains(wait_for_mail_with(owner.email, "de nouveau visible"), "Projet " + word));
}
