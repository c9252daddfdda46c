// A label's life after its grant: the reminders 90 and 30 days before expiry (with the injected
// clock: sent once each, none too early), and the renewal by a member of the holder (a new draft
// pre-filled from the last dossier, on the call's current form) with its refusals. Calls and
// dossiers come from the lead's fixtures (SQL); the dates of labels are set with SQL.

#include "labelling_fixtures.hpp"

#include "core/calendar.hpp"
#include "labelling/dossier_store.hpp"
#include "labelling/grant_label.hpp"
#include "labelling/label.hpp"
#include "labelling/label_reminders.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

namespace essaim::test {
namespace {

using namespace labelling_fixtures;
using auth_support::contains;
using auth_support::execute_sql;
using auth_support::signed_in_actor;

std::string day_in(long long days)
{
    return core::add_days(core::iso_day(TestPlatform::instance().clock().now()), static_cast<int>(days));
}

void expire_on(long long label_id, const std::string& day)
{
    execute_sql("UPDATE labels SET expires_on = '" + day + "' WHERE id = " + std::to_string(label_id));
}

std::string last_mail_body(const std::string& recipient)
{
    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    std::string body;
    lease->sql() << "SELECT body_text FROM outbox WHERE recipient = :to ORDER BY id DESC LIMIT 1", soci::use(recipient),
        soci::into(body);
    return body;
}

void run_reminders_job()
{
    auto& services = TestPlatform::instance().platform().services();
    for (const auto& job : services.registry.jobs()) {
        if (job.name == labelling::label_reminders_job) {
            job.run(services);
            return;
        }
    }
    ADD_FAILURE() << "the label reminders job is not registered";
}

struct Holder {
    Actor owner;
    long long organisation = 0;
    long long call = 0;
    long long dossier = 0;
    long long label = 0;
};

Holder labelled(const std::string& name, const std::string& call_state = "publie")
{
    Holder h{signed_in_actor("label-cycle")};
    h.organisation = published_organisation(h.owner, name);
    h.call = call_with_form("Appel cycle " + name, "accelerateur", call_state);
    h.dossier = dossier_in_state(h.call, h.organisation, h.owner.user_id, "labellise");
    h.label = grant_label_of(h.dossier);
    return h;
}

const std::string reminder_subject = "Votre label expire";

TEST(LabelReminders, NinetyThenThirtyDaysBeforeExpiryOnceEach)
{
    auto& clock = TestPlatform::instance().clock();
    auto start = clock.now();
    auto soon = labelled("Accelerateur Rappel Quatre-vingts Labelcycle");
    auto later = labelled("Accelerateur Rappel Cent Labelcycle");
    auto close = labelled("Accelerateur Rappel Vingt Labelcycle");
    expire_on(soon.label, day_in(80));
    expire_on(later.label, day_in(100));
    expire_on(close.label, day_in(20));

    run_reminders_job();
    EXPECT_EQ(count_mails(soon.owner.email, reminder_subject), 1);
    EXPECT_GT(query_number("SELECT COALESCE(reminded_90_at, 0) FROM labels WHERE id = :id", soon.label), 0);
    EXPECT_EQ(query_number("SELECT COALESCE(reminded_30_at, 0) FROM labels WHERE id = :id", soon.label), 0);
    EXPECT_TRUE(contains(last_mail_body(soon.owner.email), "/labels/" + std::to_string(soon.label)));
    EXPECT_EQ(count_mails(later.owner.email, reminder_subject), 0);  // 100 days: too early
    // Within 30 days at the first run: only the nearer reminder, both stamped.
    EXPECT_EQ(count_mails(close.owner.email, reminder_subject), 1);
    EXPECT_GT(query_number("SELECT COALESCE(reminded_30_at, 0) FROM labels WHERE id = :id", close.label), 0);
    EXPECT_GT(query_number("SELECT COALESCE(reminded_90_at, 0) FROM labels WHERE id = :id", close.label), 0);

    run_reminders_job();  // nothing twice
    EXPECT_EQ(count_mails(soon.owner.email, reminder_subject), 1);
    EXPECT_EQ(count_mails(close.owner.email, reminder_subject), 1);

    clock.advance(15 * 24 * 3600);  // later: 85 days left; soon: 65
    run_reminders_job();
    EXPECT_EQ(count_mails(later.owner.email, reminder_subject), 1);
    EXPECT_EQ(count_mails(soon.owner.email, reminder_subject), 1);

    clock.advance(36 * 24 * 3600);  // soon: 29 days left; later: 49; close: expired
    run_reminders_job();
    run_reminders_job();
    EXPECT_EQ(count_mails(soon.owner.email, reminder_subject), 2);
    EXPECT_GT(query_number("SELECT COALESCE(reminded_30_at, 0) FROM labels WHERE id = :id", soon.label), 0);
    EXPECT_EQ(count_mails(later.owner.email, reminder_subject), 1);
    EXPECT_EQ(count_mails(close.owner.email, reminder_subject), 1);
    clock.set(start);
}

TEST(LabelReminders, WithdrawnLabelsGetNone)
{
    auto h = labelled("Accelerateur Retire Rappel Labelcycle");
    expire_on(h.label, day_in(10));
    execute_sql("UPDATE labels SET state = 'retire' WHERE id = " + std::to_string(h.label));
    run_reminders_job();
    EXPECT_EQ(count_mails(h.owner.email, reminder_subject), 0);
}

std::string dossier_text(long long dossier_id, const std::string& column)
{
    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    std::string value;
    lease->sql() << "SELECT " + column + " FROM dossiers WHERE id = :id", soci::use(dossier_id), soci::into(value);
    return value;
}

long long new_dossier_of(const HttpResponse& response)
{
    auto location = response.header("location").value_or("");
    const std::string prefix = "/dossiers/";
    if (location.rfind(prefix, 0) != 0)
        return 0;
    return std::stoll(location.substr(prefix.size()));
}

TEST(LabelRenewal, MembersRenewIntoAPrefilledDraftOnTheCurrentForm)
{
    auto h = labelled("Accelerateur Renouvellement Labelcycle");
    expire_on(h.label, day_in(30));
    execute_sql(R"(UPDATE dossiers SET answers_json = '{"presentation":"Nous accompagnons.","budget":"1200","retire_du_formulaire":"x"}' WHERE id = )"
        + std::to_string(h.dossier));
    // The call's form changed since: version 2 no longer asks the budget.
    execute_sql("INSERT INTO call_forms (call_id, version, definition_json, frozen, created_at) VALUES ("
        + std::to_string(h.call) + ", 2, "
        + quoted(R"({"sections":[{"title":"Présentation","fields":[{"key":"presentation","kind":"long_text","label":"Présentez-vous","help":"","required":true},)"
                 R"({"key":"impact","kind":"long_text","label":"Impact","help":"","required":false}]}]})")
        + ", 0, 0)");
    auto href = "/labels/" + std::to_string(h.label);

    auto page = h.owner.client.get(href);
    EXPECT_TRUE(contains(page.body, "action=\"" + href + "/renouveler\"")) << page.body;
    auto renewed = h.owner.client.post_form(href + "/renouveler", {});
    ASSERT_EQ(renewed.status, 303) << renewed.body;
    auto dossier = new_dossier_of(renewed);
    ASSERT_GT(dossier, 0);
    EXPECT_EQ(renewed.header("location").value_or(""), "/dossiers/" + std::to_string(dossier) + "/modifier");
    EXPECT_EQ(dossier_text(dossier, "state"), "brouillon");
    EXPECT_EQ(query_number("SELECT renewal_of_label_id FROM dossiers WHERE id = :id", dossier), h.label);
    EXPECT_EQ(query_number("SELECT organisation_id FROM dossiers WHERE id = :id", dossier), h.organisation);
    EXPECT_EQ(query_number("SELECT form_id FROM dossiers WHERE id = :id", dossier), current_form_id(h.call));
    EXPECT_EQ(query_number("SELECT version FROM call_forms WHERE id = :id", current_form_id(h.call)), 2);
    auto answers = boost::json::parse(dossier_text(dossier, "answers_json")).as_object();
    EXPECT_EQ(answers.size(), 1u);
    EXPECT_EQ(answers.at("presentation").as_string(), "Nous accompagnons.");
    EXPECT_EQ(query_number("SELECT COUNT(*) FROM audit_log WHERE action = 'labelling.label_renewal_started' AND target_id = "
                           "CAST(:id AS TEXT)",
                  h.label),
        1);

    // One renewal at a time: the page links to it.
    EXPECT_EQ(h.owner.client.post_form(href + "/renouveler", {}).status, 409);
    auto after = h.owner.client.get(href);
    EXPECT_TRUE(contains(after.body, "Renouvellement en cours"));
    EXPECT_TRUE(contains(after.body, "/dossiers/" + std::to_string(dossier)));
}

TEST(LabelRenewal, RefusedToOthersOutsideTheWindowAndWithoutAnOpenCall)
{
    auto h = labelled("Accelerateur Refus Renouvellement Labelcycle");
    auto href = "/labels/" + std::to_string(h.label);
    auto stranger = signed_in_actor("label-cycle-inconnu");
    HttpClient visitor(TestPlatform::instance().port());

    // Three years left: no button, and the action is refused.
    EXPECT_FALSE(contains(h.owner.client.get(href).body, "/renouveler"));
    EXPECT_EQ(h.owner.client.post_form(href + "/renouveler", {}).status, 409);

    expire_on(h.label, day_in(10));
    EXPECT_FALSE(contains(stranger.client.get(href).body, "/renouveler"));
    EXPECT_FALSE(contains(visitor.get(href).body, "/renouveler"));
    EXPECT_EQ(stranger.client.post_form(href + "/renouveler", {}).status, 403);
    auto anonymous = visitor.post_form(href + "/renouveler", {});
    EXPECT_TRUE(anonymous.status == 302 || anonymous.status == 303 || anonymous.status == 401) << anonymous.status;
    EXPECT_EQ(h.owner.client.post_form("/labels/999999999/renouveler", {}).status, 404);

    // The call takes no applications: 409, nothing created.
    execute_sql("UPDATE calls SET state = 'clos' WHERE id = " + std::to_string(h.call));
    EXPECT_EQ(h.owner.client.post_form(href + "/renouveler", {}).status, 409);
    EXPECT_EQ(query_number("SELECT COUNT(*) FROM dossiers WHERE renewal_of_label_id = :id", h.label), 0);
    execute_sql("UPDATE calls SET state = 'publie' WHERE id = " + std::to_string(h.call));

    // Expired for more than a year: too late; withdrawn: never.
    expire_on(h.label, day_in(-400));
    EXPECT_EQ(h.owner.client.post_form(href + "/renouveler", {}).status, 409);
    expire_on(h.label, day_in(10));
    execute_sql("UPDATE labels SET state = 'retire' WHERE id = " + std::to_string(h.label));
    EXPECT_EQ(h.owner.client.post_form(href + "/renouveler", {}).status, 409);
    EXPECT_EQ(query_number("SELECT COUNT(*) FROM dossiers WHERE renewal_of_label_id = :id", h.label), 0);
}

TEST(LabelRenewal, AnExpiredLabelRenewsWithinAYear)
{
    auto h = labelled("Accelerateur Expire Renouvellement Labelcycle");
    expire_on(h.label, day_in(-200));
    auto href = "/labels/" + std::to_string(h.label);
    EXPECT_TRUE(contains(h.owner.client.get(href).body, "/renouveler"));
    auto renewed = h.owner.client.post_form(href + "/renouveler", {});
    EXPECT_EQ(renewed.status, 303);
    EXPECT_GT(new_dossier_of(renewed), 0);
}

} // namespace
} // namespace essaim::test
