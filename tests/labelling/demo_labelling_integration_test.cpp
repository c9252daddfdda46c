// `essaim seed-demo` fills the labelling module through its use cases: three calls (two published,
// one draft), a dossier labelled through the whole chain, one in instruction waiting for the demo
// expert's opinion, one draft; the pages show them; a second run adds nothing.

#include "app/commands.hpp"
#include "app/platform.hpp"
#include "core/calendar.hpp"
#include "core/clock.hpp"
#include "db/session.hpp"
#include "labelling/call_store.hpp"
#include "labelling/demo_labelling.hpp"
#include "labelling/dossier_store.hpp"
#include "labelling/label_store.hpp"
#include "labelling/review_store.hpp"
#include "labelling/start_dossier.hpp"
#include "auth/user_store.hpp"
#include "support/http_client.hpp"
#include "support/test_platform.hpp"
#include "web/context.hpp"

#include <soci/soci.h>

#include <gtest/gtest.h>

#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <unistd.h>

using namespace essaim;

namespace {

// A fresh, empty database of the backend under test: the shared one already has users and calls,
// and the demo seeds only into an empty platform. SQLite: a file in its own folder; PostgreSQL: a
// new database on the test server, created the way the test platform creates its own.
core::Config fresh_config(const std::filesystem::path& folder)
{
    auto config = test::TestPlatform::instance().config();
    config.var_dir = folder;
    config.mail_dir = folder / "mail";
    if (!test::TestPlatform::instance().is_postgres()) {
        config.database_url = "sqlite:" + (folder / "demo.db").string();
        return config;
    }
    std::ifstream input(std::filesystem::path(std::getenv("ESSAIM_TEST_POSTGRES_DIR")) / "conninfo");
    std::stringstream text;
    text << input.rdbuf();
    auto conninfo = text.str();
    while (!conninfo.empty() && (conninfo.back() == '\n' || conninfo.back() == ' '))
        conninfo.pop_back();
    const std::string database = "essaim_demo_labelling_" + std::to_string(::getpid());
    core::Config admin;
    admin.database_url = conninfo;
    auto session = db::connect(admin);
    session->execute("DROP DATABASE IF EXISTS " + database);
    session->execute("CREATE DATABASE " + database);
    config.database_url = conninfo.substr(0, conninfo.find("dbname=")) + "dbname=" + database;
    return config;
}

long long count_rows(db::Session& session, const std::string& table)
{
    long long count = 0;
    session.sql() << "SELECT COUNT(*) FROM " + table, soci::into(count);
    return count;
}

std::map<std::string, long long> table_counts(db::Session& session)
{
    std::map<std::string, long long> counts;
    for (const auto* table : {"calls", "call_forms", "call_criteria", "dossiers", "dossier_transitions", "reviews",
             "committees", "labels"})
        counts[table] = count_rows(session, table);
    return counts;
}

} // namespace

TEST(DemoLabelling, SeedsCallsDossiersAnOpinionRequestAndALabelOnceThroughTheUseCases)
{
    auto folder = std::filesystem::temp_directory_path() / ("essaim-demo-labelling-" + std::to_string(::getpid()));
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    auto config = fresh_config(folder);
    ASSERT_EQ(app::run_seed_demo(config), 0);

    auto session = db::connect(config);
    // The calls and their states.
    std::map<std::string, labelling::Call> calls;
    for (const auto& call : labelling::list_calls(*session))
        calls[call.title] = call;
    ASSERT_EQ(calls.size(), 3u);
    const auto& structures = calls.at("Label Essaim des structures d’accompagnement");
    EXPECT_EQ(structures.state, labelling::CallState::Publie);
    EXPECT_EQ(structures.category, labelling::LabelCategory::Incubateur);
    EXPECT_TRUE(structures.permanent);
    EXPECT_EQ(structures.label_years, 3);
    EXPECT_EQ(calls.at("Label Essaim des territoires d’innovation sociale").state, labelling::CallState::Publie);
    EXPECT_EQ(calls.at("Label Essaim des territoires d’innovation sociale").category, labelling::LabelCategory::Territoire);
    EXPECT_EQ(calls.at("Label Essaim des financeurs solidaires (en préparation)").state, labelling::CallState::Brouillon);

    // The main call's form, grid and team.
    auto form = labelling::current_form(*session, structures.id);
    ASSERT_TRUE(form);
    ASSERT_EQ(form->definition.sections.size(), 2u);
    EXPECT_EQ(form->definition.sections[1].fields.back().fields.size(), 2u) << "the block Équipe: nom and rôle";
    EXPECT_EQ(labelling::list_criteria(*session, structures.id).size(), 3u);
    auto instructor = auth::find_user_by_email(*session, "instructeur@demo.essaim.fr");
    auto expert = auth::find_user_by_email(*session, "expert@demo.essaim.fr");
    ASSERT_TRUE(instructor && expert);
    EXPECT_TRUE(labelling::is_call_instructor(*session, structures.id, instructor->id));

    // The dossiers: one labelled, one en instruction, one draft.
    std::map<std::string, long long> states;
    {
        std::string state;
        soci::statement st = (session->sql().prepare << "SELECT state FROM dossiers", soci::into(state));
        st.execute();
        while (st.fetch())
            ++states[state];
    }
    EXPECT_EQ(states, (std::map<std::string, long long>{{"brouillon", 1}, {"en_instruction", 1}, {"labellise", 1}}));

    // One current label; the demo expert has given one opinion and has one to give.
    labelling::LabelFilter current;
    current.status = "en-cours";
    current.today = core::iso_day(std::time(nullptr));
    ASSERT_EQ(labelling::count_labels(*session, current), 1);
    auto label = labelling::list_labels(*session, current, 10, 0).front();
    EXPECT_EQ(label.organisation_name, "Les Ruches Solidaires du Forez");
    auto requests = labelling::list_expert_requests(*session, expert->id);
    ASSERT_EQ(requests.size(), 2u);
    EXPECT_EQ(requests.front().review.state, labelling::ReviewState::Demande);
    EXPECT_EQ(requests.front().organisation_name, "Atelier Numérique Pour Tous");
    EXPECT_EQ(requests.back().review.state, labelling::ReviewState::Rendu);

    // A second run adds nothing.
    auto before = table_counts(*session);
    ASSERT_EQ(app::run_seed_demo(config), 0);
    EXPECT_EQ(table_counts(*session), before);

    // The pages show them.
    core::SystemClock clock;
    app::Platform platform(config, clock);
    test::HttpClient client(platform.start());
    auto appels = client.get("/appels");
    EXPECT_EQ(appels.status, 200);
    EXPECT_NE(appels.body.find("Label Essaim des structures d’accompagnement"), std::string::npos);
    EXPECT_NE(appels.body.find("Label Essaim des territoires d’innovation sociale"), std::string::npos);
    EXPECT_EQ(appels.body.find("financeurs solidaires"), std::string::npos) << "a draft call is not listed";
    auto labels = client.get("/labels");
    EXPECT_EQ(labels.status, 200);
    EXPECT_NE(labels.body.find("Les Ruches Solidaires du Forez"), std::string::npos);
    EXPECT_EQ(labels.body.find("Atelier Numérique Pour Tous"), std::string::npos) << "not labelled";
    platform.stop();
    session.reset();
    std::filesystem::remove_all(folder);
}

TEST(DemoLabelling, DoesNothingWithoutTheDemoAccountsOrOnceCallsExist)
{
    // The shared test database has no demo accounts, and the other tests' calls: nothing is added.
    auto& services = test::TestPlatform::instance().platform().services();
    auto lease = services.pool.acquire();
    auto before = table_counts(*lease);
    labelling::seed_demo_labelling(services, *lease);
    EXPECT_EQ(table_counts(*lease), before);
}
