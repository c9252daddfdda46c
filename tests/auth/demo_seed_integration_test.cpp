// `essaim seed-demo`: one confirmed account per role, only into an empty database; the sign-in
// page lists them only in demo mode.

#include "auth/auth_test_support.hpp"
#include "app/commands.hpp"
#include "auth/demo_accounts.hpp"
#include "auth/password_hash.hpp"
#include "auth/user_store.hpp"

#include <unistd.h>

using namespace essaim;
using namespace essaim::test;

TEST(DemoSeed, OneConfirmedAccountPerRoleOnlyIntoAnEmptyDatabase)
{
    // Its own SQLite database, whatever the backend under test: the shared one is not empty.
    auto config = TestPlatform::instance().config();
    auto folder = std::filesystem::temp_directory_path() / ("essaim-demo-" + std::to_string(::getpid()));
    std::filesystem::remove_all(folder);
    config.var_dir = folder;
    config.mail_dir = folder / "mail";
    config.database_url = "sqlite:" + (folder / "demo.db").string();
    ASSERT_EQ(app::run_seed_demo(config), 0);

    auto session = db::connect(config);
    EXPECT_EQ(auth::count_users(*session), static_cast<long long>(auth::demo_accounts().size()));
    std::set<auth::Role> roles_seen;
    for (const auto& account : auth::demo_accounts()) {
        auto user = auth::find_user_by_email(*session, account.email);
        ASSERT_TRUE(user) << account.email;
        EXPECT_TRUE(user->confirmed()) << account.email;
        auto verified = auth::verify_password(config, user->password_hash, account.password);
        EXPECT_TRUE(verified && *verified) << account.email;
        auto roles = auth::load_granted_roles(*session, user->id);
        if (account.role != auth::Role::Membre) {
            EXPECT_TRUE(roles.count(account.role)) << account.email;
        }
        roles_seen.insert(account.role);
    }
    EXPECT_EQ(roles_seen.size(), std::size(auth::all_roles));

    // A second run adds nothing.
    ASSERT_EQ(app::run_seed_demo(config), 0);
    EXPECT_EQ(auth::count_users(*session), static_cast<long long>(auth::demo_accounts().size()));
    session.reset();
    std::filesystem::remove_all(folder);
}

TEST(DemoSeed, SignInPageHidesDemoAccountsOutsideDemoMode)
{
    auto& platform = TestPlatform::instance();
    ASSERT_FALSE(platform.config().demo_mode);
    HttpClient client(platform.port());
    auto page = client.get("/connexion");
    EXPECT_EQ(page.status, 200);
    EXPECT_EQ(page.body.find("Comptes de démonstration"), std::string::npos);
    EXPECT_EQ(page.body.find("demo.essaim.fr"), std::string::npos);
}
