// `essaim seed-demo` fills the directory through its use cases: published organisations, their
// projects, one essaimage, all searchable; a second run adds nothing.

#include "app/commands.hpp"
#include "db/session.hpp"
#include "directory/organisation_store.hpp"
#include "directory/project_store.hpp"
#include "directory/search_index.hpp"
#include "support/test_platform.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

using namespace essaim;

TEST(DemoDirectory, SeedsPublishedOrganisationsAndProjectsOnceAndTheyAreSearchable)
{
    // Its own SQLite database, whatever the backend under test: the shared one is not empty.
    auto config = test::TestPlatform::instance().config();
    auto folder = std::filesystem::temp_directory_path() / ("essaim-demo-directory-" + std::to_string(::getpid()));
    std::filesystem::remove_all(folder);
    config.var_dir = folder;
    config.mail_dir = folder / "mail";
    config.database_url = "sqlite:" + (folder / "demo.db").string();
    ASSERT_EQ(app::run_seed_demo(config), 0);
    ASSERT_EQ(app::run_seed_demo(config), 0);

    auto session = db::connect(config);
    EXPECT_EQ(directory::count_organisations(*session), 3);
    auto replication = directory::find_project(*session, 4);
    ASSERT_TRUE(replication);
    EXPECT_EQ(replication->profile.replicates_project_id.value_or(0), 1);
    EXPECT_TRUE(directory::find_project(*session, 3));
    EXPECT_FALSE(directory::find_project(*session, 5)) << "a second seed-demo adds nothing";

    directory::SearchQuery query;
    query.text = "cantines";
    EXPECT_EQ(directory::search(*session, query).results.size(), 2u);
    std::filesystem::remove_all(folder);
}
