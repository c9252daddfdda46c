// Pages that read as French to the people who use them (issue 12, items 11, 12 and 16): free text
// keeps its paragraphs, "Mes données" names states, questions and events instead of codes and JSON
// (its download keeps them), administrators find accounts by name and read the audit log as a
// difference, the legal notice and the contact page come from the configuration, and an
// organisation whose managers erased their accounts no longer claims to come from the registers.

#include "auth/auth_test_support.hpp"
#include "labelling/labelling_fixtures.hpp"

#include "http/form.hpp"

#include <cctype>

using namespace essaim::test;
using namespace essaim::test::auth_support;
using namespace essaim::test::labelling_fixtures;
using essaim::auth::Role;

namespace {

long long named_account(const std::string& email, const std::string& name, std::vector<Role> roles = {})
{
    auto& services = TestPlatform::instance().platform().services();
    auto lease = services.pool.acquire();
    auto created = essaim::auth::create_confirmed_user(services, *lease, email, name, password, roles);
    EXPECT_TRUE(created.ok()) << (created.ok() ? "" : created.error().message);
    return created.ok() ? created.value() : 0;
}

Actor signed_in_administrator(const std::string& prefix, const std::string& name)
{
    auto& platform = TestPlatform::instance();
    auto email = platform.unique_email(prefix);
    Actor actor{email, named_account(email, name, {Role::Administrateur}), HttpClient(platform.port())};
    EXPECT_EQ(sign_in(actor.client, email).status, 303);
    return actor;
}

//! The text of the page between two markers, so that an assertion looks at one section.
std::string between(const std::string& text, const std::string& from, const std::string& to)
{
    auto start = text.find(from);
    if (start == std::string::npos)
        return {};
    auto end = text.find(to, start);
    return text.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

} // namespace

TEST(ReadablePages, FreeTextKeepsItsParagraphsAndLineBreaksEscaped)
{
    auto owner = signed_in_actor("paragraphes");
    auto id = published_organisation(owner, "Ruche des paragraphes " + owner.email);
    execute_sql("UPDATE organisations SET description = "
        + quoted("Premier paragraphe.\r\n\r\nSecond <b>paragraphe</b>\r\nsur deux lignes & demie.\n\n\n") + " WHERE id = "
        + std::to_string(id));
    HttpClient visitor(TestPlatform::instance().port());
    auto page = visitor.get("/organisations/" + std::to_string(id));
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body,
        "<p>Premier paragraphe.</p><p>Second &lt;b&gt;paragraphe&lt;/b&gt;<br>sur deux lignes &amp; demie.</p>"))
        << between(page.body, "Présentation</h2>", "En bref");
    EXPECT_FALSE(contains(page.body, "<b>paragraphe</b>"));
    // The meta description is the presentation on one line.
    EXPECT_TRUE(contains(page.body, "content=\"Ruche des paragraphes " + owner.email + " — Premier paragraphe. Second"));
}

TEST(ReadablePages, MyDataNamesStatesQuestionsAndEventsAndTheDownloadKeepsCodes)
{
    auto member = signed_in_actor("mes-donnees-lisibles");
    auto organisation = published_organisation(member, "Ruche lisible " + member.email);
    auto call = call_with_form("Appel lisible " + member.email);
    auto dossier = dossier_in_state(call, organisation, member.user_id, "depose");
    execute_sql("UPDATE dossiers SET answers_json = " + quoted(R"({"presentation":"Nous aidons.","budget":"45000"})")
        + " WHERE id = " + std::to_string(dossier));
    auto review = review_request(dossier, member.user_id);
    give_scores(review, {}, "favorable");
    execute_sql("INSERT INTO projects (organisation_id, title, stage, growth_mode, status, created_at, updated_at) VALUES ("
        + std::to_string(organisation) + ", 'Projet lisible', 'ideation', 'essaimage', 'publiee', 0, 0)");
    execute_sql("INSERT INTO organisation_claims (organisation_id, user_id, message, status, created_at) VALUES ("
        + std::to_string(organisation) + ", " + std::to_string(member.user_id) + ", 'Je suis trésorière.', 'en_attente', 0)");
    execute_sql("INSERT INTO instructor_regions (user_id, region_code) VALUES (" + std::to_string(member.user_id) + ", '84')");

    auto page = member.client.get("/compte/mes-donnees");
    ASSERT_EQ(page.status, 200);
    const auto& body = page.body;
    EXPECT_TRUE(contains(body, "<strong>État :</strong> Déposé")) << between(body, "Dossier n°", "Réponses");
    EXPECT_TRUE(contains(body, "<dt>Présentez votre structure</dt><dd>Nous aidons.</dd>"));
    EXPECT_TRUE(contains(body, "<dt>Budget annuel</dt>"));
    EXPECT_TRUE(contains(body, "<td>Publié</td>")) << between(body, "Projets de mes organisations", "Dossiers");
    EXPECT_TRUE(contains(body, "<td>Rendu</td>") || contains(body, "<td>Avis rendu</td>"))
        << between(body, "Mes avis", "Mes demandes");
    EXPECT_TRUE(contains(body, "<td>Favorable</td>"));
    EXPECT_TRUE(contains(body, "— En attente, le"));
    EXPECT_TRUE(contains(body, "Région instruite : Auvergne-Rhône-Alpes"));
    EXPECT_TRUE(contains(body, "<td>Connexion</td>")) << between(body, "Journal de sécurité", "</table>");
    // No machine name or JSON reaches the page.
    auto main = between(body, "<main", "</main>");
    for (const char* code : {">depose<", ">publiee<", ">rendu<", ">favorable<", ">en_attente", "auth.", "<dt>presentation<",
             "<dt>budget<", "{&quot;", "{\""})
        EXPECT_FALSE(contains(main, code)) << code;

    auto download = member.client.get("/compte/mes-donnees.json");
    ASSERT_EQ(download.status, 200);
    for (const char* code : {"\"depose\"", "\"publiee\"", "\"favorable\"", "\"en_attente\"", "auth.sign_in", "presentation"})
        EXPECT_TRUE(contains(download.body, code)) << code;
}

TEST(ReadablePages, AdministratorsFindAccountsByNameAndSeeTheirRolesInFull)
{
    auto& platform = TestPlatform::instance();
    auto admin = signed_in_administrator("admin-nom", "Admin Recherche");
    // The name holds a part no other account has; the address does not.
    auto local = platform.unique_email("cible-nom");
    local = local.substr(0, local.find('@'));
    auto target = platform.unique_email("zephyrine");
    named_account(target, "Zéphyrine Quintavalle " + local, {Role::Accompagnateur});

    std::string upper = "QUINTAVALLE " + local;
    for (auto& c : upper)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    for (const auto& query : {"quintavalle " + local, upper, local}) {
        auto found = admin.client.get("/admin/utilisateurs?q=" + essaim::http::percent_encode(query));
        ASSERT_EQ(found.status, 200) << query;
        EXPECT_TRUE(contains(found.body, target)) << query;
        EXPECT_TRUE(contains(found.body, "<p>1 compte trouvé.</p>")) << query;
        EXPECT_TRUE(contains(found.body, "Structure d&#39;accompagnement")) << query;
    }
    auto none = admin.client.get("/admin/utilisateurs?q=personne-ne-s-appelle-ainsi");
    EXPECT_TRUE(contains(none.body, "<p>0 compte trouvé.</p>"));
    // Wildcards typed by the administrator are text, not patterns.
    auto percent = admin.client.get("/admin/utilisateurs?q=%25");
    EXPECT_EQ(percent.status, 200);
    EXPECT_FALSE(contains(percent.body, target));
}

TEST(ReadablePages, TheAuditLogShowsNamesFrenchActionsAndADifference)
{
    auto& platform = TestPlatform::instance();
    auto admin = signed_in_administrator("admin-journal", "Aurore Journal-Lisible");
    auto member = platform.unique_email("journal-promu");
    named_account(member, "Promu Lisible", {});
    auto list = admin.client.get("/admin/utilisateurs?q=" + member);
    auto at = list.body.find("pour " + member);
    ASSERT_NE(at, std::string::npos);
    auto form = list.body.rfind("/admin/utilisateurs/", at);
    auto start = form + std::string("/admin/utilisateurs/").size();
    auto id = list.body.substr(start, list.body.find('/', start) - start);
    ASSERT_EQ(admin.client.post_form("/admin/utilisateurs/" + id + "/roles", {{"role", "expert"}, {"action", "accorder"}}).status,
        303);
    ASSERT_EQ(admin.client.post_form("/admin/utilisateurs/" + id + "/roles", {{"role", "instructeur"}, {"action", "accorder"}}).status,
        303);

    auto journal = admin.client.get("/admin/journal?action=auth.role_granted");
    ASSERT_EQ(journal.status, 200);
    auto row = between(journal.body, "<tr>\n        <td>", "</tr>");
    EXPECT_TRUE(contains(row, "Aurore Journal-Lisible (" + admin.email + ")")) << row;
    EXPECT_TRUE(contains(row, "Rôle accordé")) << row;
    EXPECT_TRUE(contains(row, "Compte n° " + id)) << row;
    EXPECT_TRUE(contains(row, "<strong>Rôles</strong> : Expert → Instructeur, Expert")) << row;
    EXPECT_FALSE(contains(journal.body, "&quot;")) << "du JSON dans le journal";
    EXPECT_FALSE(contains(journal.body, "essaim-json"));
}

TEST(ReadablePages, TheLegalNoticeAndTheContactPageComeFromTheConfiguration)
{
    auto& platform = TestPlatform::instance();
    const auto& legal = platform.config().legal;
    HttpClient visitor(platform.port());
    auto notice = visitor.get("/mentions-legales");
    ASSERT_EQ(notice.status, 200);
    EXPECT_TRUE(contains(notice.body, "<span id=\"editeur\">" + legal.publisher + "</span>")
        || contains(notice.body, legal.publisher.substr(0, 20)));
    EXPECT_TRUE(contains(notice.body, "<p id=\"directeur-publication\">Camille Directrice-de-Test</p>"));
    EXPECT_TRUE(contains(notice.body, "<span id=\"hebergeur\">Hébergeur de test SAS</span>"));
    EXPECT_TRUE(contains(notice.body, "href=\"mailto:contact-test@essaim.example\""));
    EXPECT_TRUE(contains(notice.body, "href=\"/contact\""));

    auto contact = visitor.get("/contact");
    ASSERT_EQ(contact.status, 200);
    EXPECT_TRUE(contains(contact.body, "<h1>Contact</h1>"));
    EXPECT_TRUE(contains(contact.body, "href=\"mailto:contact-test@essaim.example\""));
    // Every page links to it from the footer.
    EXPECT_TRUE(contains(visitor.get("/").body, "<a class=\"fr-footer__bottom-link\" href=\"/contact\">Contact</a>"));
}

TEST(ReadablePages, AnOrganisationLeftWithoutManagersDoesNotClaimToComeFromTheRegisters)
{
    auto owner = signed_in_actor("seul-responsable");
    auto id = published_organisation(owner, "Ruche orpheline " + owner.email);
    auto imported = insert_returning_id("INSERT INTO organisations (name, created_at, updated_at, commune_code, status, source) "
                                        "VALUES ("
        + quoted("Association importée " + owner.email) + ", 0, 0, '42218', 'publiee', 'sirene') RETURNING id");

    auto erased = owner.client.post_form("/compte/suppression", {{"password", password}, {"confirmation", "oui"}});
    ASSERT_EQ(erased.status, 303) << erased.body;

    auto lecteur = signed_in_actor("lecteur-fiche");
    auto orphan = lecteur.client.get("/organisations/" + std::to_string(id));
    ASSERT_EQ(orphan.status, 200);
    EXPECT_TRUE(contains(orphan.body, "Demander à gérer cette fiche"));
    EXPECT_TRUE(contains(orphan.body, "créée par un membre d’Essaim, et plus personne ne la gère"));
    EXPECT_FALSE(contains(orphan.body, "répertoires officiels"));
    auto claim = lecteur.client.get("/organisations/" + std::to_string(id) + "/revendiquer");
    EXPECT_FALSE(contains(claim.body, "répertoires officiels"));

    auto from_registers = lecteur.client.get("/organisations/" + std::to_string(imported));
    EXPECT_TRUE(contains(from_registers.body, "Cette fiche vient des répertoires officiels"));
}
