// Retention: the daily job deletes accounts never confirmed (30 days) and dossier drafts left
// untouched (180 days), each after a notice e-mail 7 days before — driven with the ManualClock.

#include "../labelling/dossier_test_support.hpp"

#include "files/attachment_store.hpp"
#include "labelling/dossier_attachment.hpp"
#include "privacy/retention.hpp"

#include <gtest/gtest.h>

namespace essaim::test {
namespace {

using namespace labelling_fixtures;
using namespace dossier_support;

constexpr long long day = 24 * 60 * 60;

privacy::RetentionOutcome run_job() { return privacy::run_retention(TestPlatform::instance().platform().services()); }

// Puts the clock back where the test found it, even when an assertion fails.
struct ClockRestorer {
    long long start = TestPlatform::instance().clock().now();
    ~ClockRestorer() { TestPlatform::instance().clock().set(start); }
};

long long unconfirmed_account(const std::string& email, long long created_at)
{
    return insert_returning_id("INSERT INTO users (email, display_name, password_hash, created_at, updated_at, "
                               "password_changed_at) VALUES ("
        + quoted(email) + ", 'Jamais confirmé', 'x', " + std::to_string(created_at) + ", " + std::to_string(created_at) + ", "
        + std::to_string(created_at) + ") RETURNING id");
}

TEST(Retention, DefaultPeriodsComeFromTheConfiguration)
{
    const auto& config = TestPlatform::instance().config();
    EXPECT_EQ(config.privacy_unconfirmed_account_days, 30);
    EXPECT_EQ(config.privacy_draft_days, 180);
    EXPECT_EQ(config.privacy_notice_days, 7);
}

TEST(Retention, UnconfirmedAccountIsRemindedOnceThenDeleted)
{
    auto& platform = TestPlatform::instance();
    ClockRestorer restorer;
    auto start = platform.clock().now();
    auto email = platform.unique_email("retention-non-confirme");
    auto id = unconfirmed_account(email, start);
    auto confirmed = auth_support::create_account(platform.unique_email("retention-confirme"));
    auth_support::execute_sql("UPDATE users SET created_at = " + std::to_string(start) + " WHERE id = " + std::to_string(confirmed));

    run_job();
    platform.clock().set(start + 22 * day);
    run_job();
    EXPECT_EQ(count_mails(email, "Confirmez"), 0) << "no reminder before 30 - 7 days";

    platform.clock().set(start + 23 * day + 3600);
    run_job();
    EXPECT_EQ(count_mails(email, "Confirmez"), 1);
    platform.clock().set(start + 26 * day);
    run_job();
    EXPECT_EQ(count_mails(email, "Confirmez"), 1) << "the reminder is sent once";
    EXPECT_EQ(count("SELECT COUNT(*) FROM users WHERE id = :id", id), 1) << "not deleted before 30 days";

    platform.clock().set(start + 30 * day + 7200);
    auto outcome = run_job();
    EXPECT_GE(outcome.accounts_deleted, 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM users WHERE id = :id", id), 0);
    EXPECT_EQ(count_mails(email, ""), 0) << "the mails to the deleted address go with it";
    EXPECT_EQ(count("SELECT COUNT(*) FROM users WHERE id = :id", confirmed), 1) << "a confirmed account stays";
    EXPECT_EQ(count("SELECT COUNT(*) FROM account_erasures WHERE user_id = :id AND reason = 'compte_non_confirme'", id), 1);
}

TEST(Retention, AbandonedDraftIsNoticedThenDeletedWithItsFileUnlessTouched)
{
    auto& platform = TestPlatform::instance();
    ClockRestorer restorer;
    auto start = platform.clock().now();
    auto applicant = auth_support::signed_in_actor("retention-candidat");
    auto organisation = published_organisation(applicant, "Ruche de la conservation");
    auto call = call_with_form("Appel de la conservation");
    auto abandoned = dossier_in_state(call, organisation, applicant.user_id, "brouillon");
    auto touched = dossier_in_state(call, organisation, applicant.user_id, "brouillon");
    auto deposited = dossier_in_state(call, organisation, applicant.user_id, "depose");
    std::string bytes = "Pièce d'un brouillon abandonné " + std::to_string(abandoned) + "\n";
    ASSERT_EQ(post_multipart(applicant.client, "/dossiers/" + std::to_string(abandoned) + "/pieces", {},
                  {{"fichier", "abandon.txt", bytes}})
                  .status,
        303);
    auto hash = query_text("SELECT sha256 FROM dossier_attachments WHERE dossier_id = :id", abandoned);
    auto store = labelling::dossier_file_store(platform.config());
    ASSERT_TRUE(store.contains(hash));
    for (auto id : {abandoned, touched, deposited})
        auth_support::execute_sql("UPDATE dossiers SET updated_at = " + std::to_string(start) + " WHERE id = " + std::to_string(id));
    auto notices = [&] { return count_mails(applicant.email, "brouillon de candidature"); };

    platform.clock().set(start + 172 * day);
    run_job();
    EXPECT_EQ(notices(), 0) << "no notice before 180 - 7 days";

    platform.clock().set(start + 173 * day + 3600);
    run_job();
    EXPECT_EQ(notices(), 2);
    run_job();
    EXPECT_EQ(notices(), 2) << "each notice is sent once";

    // The member saves one draft after the notice (what the edit page does to updated_at).
    platform.clock().set(start + 175 * day);
    auth_support::execute_sql("UPDATE dossiers SET updated_at = " + std::to_string(start + 175 * day) + " WHERE id = "
        + std::to_string(touched));

    platform.clock().set(start + 179 * day);
    run_job();
    EXPECT_EQ(count("SELECT COUNT(*) FROM dossiers WHERE id = :id", abandoned), 1) << "not before 180 days";

    platform.clock().set(start + 180 * day + 7200);
    auto outcome = run_job();
    EXPECT_GE(outcome.drafts_deleted, 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM dossiers WHERE id = :id", abandoned), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM dossier_attachments WHERE dossier_id = :id", abandoned), 0);
    EXPECT_FALSE(store.contains(hash));
    EXPECT_EQ(count("SELECT COUNT(*) FROM dossiers WHERE id = :id", touched), 1) << "touched after the notice: kept";
    EXPECT_EQ(count("SELECT COUNT(*) FROM dossiers WHERE id = :id", deposited), 1) << "only drafts are concerned";
    EXPECT_EQ(notices(), 2) << "the touched draft gets no new notice before its new period";
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'privacy.draft_deleted' AND target_id = CAST(:id AS TEXT)",
                  abandoned),
        1);
}

} // namespace
} // namespace essaim::test
