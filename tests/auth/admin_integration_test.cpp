// Administration over HTTP: access, granting and revoking roles, and the audit log.

#include "auth/audit_helpers.hpp"
#include "auth/auth_test_support.hpp"

using namespace essaim::test;
using namespace essaim::test::auth_support;
using essaim::auth::Role;

namespace {

std::string user_id_on_page(const std::string& page, const std::string& email)
{
    auto at = page.find("pour " + email);
    auto form = page.rfind("/admin/utilisateurs/", at);
    auto start = form + std::string("/admin/utilisateurs/").size();
    return page.substr(start, page.find('/', start) - start);
}

} // namespace

TEST(Admin, DeniedToMembersAndRedirectsVisitors)
{
    auto& platform = TestPlatform::instance();
    HttpClient visitor(platform.port());
    auto redirected = visitor.get("/admin");
    EXPECT_EQ(redirected.status, 303);
    EXPECT_EQ(redirected.header("location").value_or(""), "/connexion?retour=%2Fadmin");

    auto email = platform.unique_email("simple-membre");
    create_account(email);
    HttpClient member(platform.port());
    ASSERT_EQ(sign_in(member, email).status, 303);
    for (const char* path : {"/admin", "/admin/utilisateurs", "/admin/journal"})
        EXPECT_EQ(member.get(path).status, 403) << path;
    EXPECT_EQ(member.post_form("/admin/utilisateurs/1/roles", {{"role", "administrateur"}, {"action", "accorder"}}).status, 403);

    // Another role is not enough either.
    auto expert = platform.unique_email("expert");
    create_account(expert, {Role::Expert});
    HttpClient expert_client(platform.port());
    ASSERT_EQ(sign_in(expert_client, expert).status, 303);
    EXPECT_EQ(expert_client.get("/admin").status, 403);
}

TEST(Admin, GrantsARoleThatShowsInTheAuditLog)
{
    auto& platform = TestPlatform::instance();
    auto admin_email = platform.unique_email("admin");
    create_account(admin_email, {Role::Administrateur});
    auto member_email = platform.unique_email("promu");
    create_account(member_email);
    HttpClient admin(platform.port());
    ASSERT_EQ(sign_in(admin, admin_email).status, 303);
    EXPECT_EQ(admin.get("/admin").status, 200);

    auto list = admin.get("/admin/utilisateurs?q=" + member_email);
    ASSERT_EQ(list.status, 200);
    auto id = user_id_on_page(list.body, member_email);
    ASSERT_FALSE(id.empty());

    auto granted = admin.post_form("/admin/utilisateurs/" + id + "/roles", {{"role", "instructeur"}, {"action", "accorder"}});
    ASSERT_EQ(granted.status, 303);
    EXPECT_NE(admin.get("/admin/utilisateurs?q=" + member_email).body.find("Instructeur"), std::string::npos);
    EXPECT_EQ(admin.post_form("/admin/utilisateurs/" + id + "/roles", {{"role", "instructeur"}, {"action", "accorder"}}).status, 409);
    EXPECT_EQ(admin.post_form("/admin/utilisateurs/" + id + "/roles", {{"role", "membre"}, {"action", "accorder"}}).status, 422);
    EXPECT_EQ(admin.post_form("/admin/utilisateurs/" + id + "/roles", {{"role", "roi"}, {"action", "accorder"}}).status, 400);

    // The member now holds the role, without signing in again.
    HttpClient member(platform.port());
    ASSERT_EQ(sign_in(member, member_email).status, 303);
    EXPECT_NE(member.get("/compte").body.find("Instructeur"), std::string::npos);

    auto journal = admin.get("/admin/journal?action=auth.role");
    ASSERT_EQ(journal.status, 200);
    auto at = journal.body.find("auth.role_granted");
    ASSERT_NE(at, std::string::npos);
    EXPECT_NE(journal.body.find(admin_email, at - 400), std::string::npos);
    // Before and after read as a difference of labels, not JSON (issue 12).
    EXPECT_NE(journal.body.find("<strong>Rôles</strong> : — → Instructeur", at), std::string::npos);
    EXPECT_NE(journal.body.find("Rôle accordé", at - 400), std::string::npos);
    EXPECT_EQ(journal.body.find("auth.sign_in<"), std::string::npos);  // filtered out

    auto revoked = admin.post_form("/admin/utilisateurs/" + id + "/roles", {{"role", "instructeur"}, {"action", "retirer"}});
    EXPECT_EQ(revoked.status, 303);
    EXPECT_EQ(member.get("/compte").body.find("Instructeur"), std::string::npos);
    EXPECT_NE(admin.get("/admin/journal").body.find("auth.role_revoked"), std::string::npos);
}

TEST(Admin, CannotRemoveTheirOwnAdministratorRole)
{
    auto& platform = TestPlatform::instance();
    auto admin_email = platform.unique_email("admin-seul");
    create_account(admin_email, {Role::Administrateur});
    HttpClient admin(platform.port());
    ASSERT_EQ(sign_in(admin, admin_email).status, 303);
    auto id = user_id_on_page(admin.get("/admin/utilisateurs?q=" + admin_email).body, admin_email);
    auto refused = admin.post_form("/admin/utilisateurs/" + id + "/roles", {{"role", "administrateur"}, {"action", "retirer"}});
    EXPECT_EQ(refused.status, 403);
    EXPECT_EQ(admin.get("/admin").status, 200);
}

TEST(Admin, AuditLogRecordsSignInsAndFailuresWithoutPasswords)
{
    auto& platform = TestPlatform::instance();
    auto admin_email = platform.unique_email("auditeur");
    create_account(admin_email, {Role::Administrateur});
    auto email = platform.unique_email("audite");
    create_account(email);
    HttpClient client(platform.port());
    const std::string wrong = "ceci-nest-pas-le-bon-secret";
    EXPECT_EQ(sign_in(client, email, wrong).status, 422);
    EXPECT_EQ(sign_in(client, email).status, 303);
    EXPECT_EQ(client.post_form("/deconnexion", {}).status, 303);

    HttpClient admin(platform.port());
    ASSERT_EQ(sign_in(admin, admin_email).status, 303);
    auto journal = admin.get("/admin/journal?action=auth.sign");
    ASSERT_EQ(journal.status, 200);
    auto failure = journal.body.find("auth.sign_in_failed");
    ASSERT_NE(failure, std::string::npos);
    EXPECT_NE(journal.body.find(email, failure), std::string::npos);
    EXPECT_NE(journal.body.find("auth.sign_out"), std::string::npos);
    EXPECT_EQ(journal.body.find(wrong), std::string::npos);
    EXPECT_EQ(journal.body.find(password), std::string::npos);
}

TEST(Admin, AuditLogPagesNewestFirst)
{
    auto& platform = TestPlatform::instance();
    auto admin_email = platform.unique_email("pagination");
    create_account(admin_email, {Role::Administrateur});
    HttpClient admin(platform.port());
    ASSERT_EQ(sign_in(admin, admin_email).status, 303);
    // Enough entries for two pages of 50, written directly: the reset form itself is now counted
    // per address and sends one link per window.
    {
        auto lease = platform.platform().services().pool.acquire();
        for (int i = 0; i < 60; ++i)
            essaim::auth::record(*lease, platform.clock().now(),
                essaim::auth::audit_entry(essaim::auth::RequestInfo{"127.0.0.1", "", "test"}, 0,
                    "auth.password_reset_requested", "user", "0"));
    }
    auto first = admin.get("/admin/journal?action=auth.password_reset_requested");
    ASSERT_EQ(first.status, 200);
    auto older = first.body.find("/admin/journal?action=auth.password_reset_requested&amp;avant=");
    ASSERT_NE(older, std::string::npos);
    auto end = first.body.find('"', older);
    auto href = first.body.substr(older, end - older);
    auto second = admin.get(href.replace(href.find("&amp;"), 5, "&"));
    ASSERT_EQ(second.status, 200);
    EXPECT_NE(second.body.find("auth.password_reset_requested"), std::string::npos);
    EXPECT_NE(second.body.find("Entrées les plus récentes"), std::string::npos);
}

TEST(Admin, AuditLogRefusesUpdatesAndDeletes)
{
    // At least one row, so that the row-level triggers have something to refuse.
    create_account(TestPlatform::instance().unique_email("journal"));
    EXPECT_THROW(execute_sql("UPDATE audit_log SET action = 'falsifie'"), std::exception);
    EXPECT_THROW(execute_sql("DELETE FROM audit_log"), std::exception);
}

TEST(Admin, AccountPageShowsMyOrganisations)
{
    auto& platform = TestPlatform::instance();
    auto email = platform.unique_email("organisation");
    auto id = create_account(email);
    auto name = "Ruche de " + email;
    execute_sql("INSERT INTO organisations (name, created_at) VALUES ('" + name + "', 0)");
    execute_sql("INSERT INTO organisation_memberships (organisation_id, user_id, role) SELECT id, " + std::to_string(id)
        + ", 'owner' FROM organisations WHERE name = '" + name + "'");
    HttpClient client(platform.port());
    ASSERT_EQ(sign_in(client, email).status, 303);
    auto page = client.get("/compte").body;
    EXPECT_NE(page.find(name + "</a> — Responsable"), std::string::npos);
    EXPECT_NE(page.find("href=\"/organisations/nouvelle\""), std::string::npos);
}

TEST(Admin, DashboardListsTheTilesModulesContribute)
{
    auto& platform = TestPlatform::instance();
    auto admin_email = platform.unique_email("admin-tuiles");
    create_account(admin_email, {Role::Administrateur});
    HttpClient admin(platform.port());
    ASSERT_EQ(sign_in(admin, admin_email).status, 303);
    auto dashboard = admin.get("/admin");
    ASSERT_EQ(dashboard.status, 200);
    for (const auto& tile : platform.platform().services().registry.admin_tiles())
        EXPECT_NE(dashboard.body.find("href=\"" + tile.href + "\""), std::string::npos) << tile.href;
    EXPECT_NE(dashboard.body.find("href=\"/admin/organisations\""), std::string::npos);
}
