// Labels: granting (dates, code, audit), the public pages for each status, the certificate, the
// verification by code, withdrawal (administrators only, motivation required), the list with its
// filters and map, and the open-data files. Calls and dossiers come from the lead's fixtures (SQL);
// labels are granted with grant_label, as a committee decision does.

#include "labelling_fixtures.hpp"

#include "core/calendar.hpp"
#include "labelling/dossier_store.hpp"
#include "labelling/grant_label.hpp"
#include "labelling/label.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <regex>
#include <set>

namespace essaim::test {
namespace {

using namespace labelling_fixtures;
using auth_support::contains;
using auth_support::execute_sql;
using auth_support::signed_in_actor;

std::string label_text(long long label_id, const std::string& column)
{
    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    std::string value;
    soci::indicator indicator = soci::i_ok;
    lease->sql() << "SELECT " + column + " FROM labels WHERE id = :id", soci::use(label_id), soci::into(value, indicator);
    return indicator == soci::i_null ? std::string() : value;
}

long long label_number(long long label_id, const std::string& column)
{
    return query_number("SELECT COALESCE(" + column + ", 0) FROM labels WHERE id = :id", label_id);
}

std::string today() { return core::iso_day(TestPlatform::instance().clock().now()); }

struct Holder {
    Actor owner;
    long long organisation = 0;
    long long call = 0;
    long long dossier = 0;
};

Holder holder(const std::string& name, const std::string& category = "ruche")
{
    Holder h{signed_in_actor("label-titulaire")};
    h.organisation = published_organisation(h.owner, name);
    h.call = call_with_form("Appel labels " + name, category);
    h.dossier = dossier_in_state(h.call, h.organisation, h.owner.user_id, "labellise");
    return h;
}

TEST(LabelGrant, SetsCategoryHolderDatesCodeAndAudit)
{
    auto h = holder("Ruche Attribution Labelgrant");
    auto now = TestPlatform::instance().clock().now();
    auto id = grant_label_of(h.dossier, now);
    ASSERT_GT(id, 0);
    EXPECT_EQ(label_text(id, "category"), "ruche");
    EXPECT_EQ(label_number(id, "organisation_id"), h.organisation);
    EXPECT_EQ(label_number(id, "dossier_id"), h.dossier);
    EXPECT_EQ(label_number(id, "call_id"), h.call);
    EXPECT_EQ(label_text(id, "state"), "actif");
    EXPECT_EQ(label_text(id, "territory_kind"), "");
    EXPECT_EQ(label_text(id, "granted_on"), core::iso_day(now));
    EXPECT_EQ(label_text(id, "expires_on"), core::add_years(core::iso_day(now), 3));
    auto code = label_text(id, "code");
    EXPECT_TRUE(std::regex_match(code, std::regex("ESS-" + core::iso_day(now).substr(0, 4) + "-[0-9A-HJKMNP-TV-Z]{6}")))
        << code;
    EXPECT_EQ(count_audit("labelling.label_granted", "label", id), 1);
}

TEST(LabelGrant, OnTwentyNinthFebruaryExpiresOnTwentyEighth)
{
    auto h = holder("Ruche Bissextile Labelgrant");
    execute_sql("UPDATE calls SET label_years = 3 WHERE id = " + std::to_string(h.call));
    auto id = grant_label_of(h.dossier, 1709200800);  // 2024-02-29 10:00 UTC
    EXPECT_EQ(label_text(id, "granted_on"), "2024-02-29");
    EXPECT_EQ(label_text(id, "expires_on"), "2027-02-28");
    EXPECT_EQ(label_text(id, "code").substr(0, 9), "ESS-2024-");

    execute_sql("UPDATE calls SET label_years = 4 WHERE id = " + std::to_string(h.call));
    auto four = grant_label_of(h.dossier, 1709200800);
    EXPECT_EQ(label_text(four, "expires_on"), "2028-02-29");
    // Late in the UTC day is still that day.
    auto late = grant_label_of(h.dossier, 1709251199);
    EXPECT_EQ(label_text(late, "granted_on"), "2024-02-29");
}

TEST(LabelGrant, TerritoryLabelsNameTheirTerritory)
{
    auto h = holder("Collectif Territoire Labelgrant", "territoire");
    execute_sql("UPDATE dossiers SET territory_kind = 'departement', territory_code = '42' WHERE id = "
        + std::to_string(h.dossier));
    auto id = grant_label_of(h.dossier, TestPlatform::instance().clock().now());
    EXPECT_EQ(label_text(id, "category"), "territoire");
    EXPECT_EQ(label_text(id, "territory_kind"), "departement");
    EXPECT_EQ(label_text(id, "territory_code"), "42");
    HttpClient visitor(TestPlatform::instance().port());
    auto page = visitor.get("/labels/" + std::to_string(id));
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "Territoire labellisé")) << page.body;
    EXPECT_TRUE(contains(page.body, "Loire (42)"));
}

TEST(LabelGrant, CodesAreUnique)
{
    auto h = holder("Ruche Codes Uniques Labelgrant");
    std::set<std::string> codes;
    for (int i = 0; i < 25; ++i)
        codes.insert(label_text(grant_label_of(h.dossier, TestPlatform::instance().clock().now()), "code"));
    EXPECT_EQ(codes.size(), 25u);
    // The database refuses a duplicate whatever the code path.
    auto code = *codes.begin();
    EXPECT_ANY_THROW(execute_sql("INSERT INTO labels (code, category, organisation_id, granted_on, expires_on, created_at) "
                                 "VALUES ('"
        + code + "', 'ruche', " + std::to_string(h.organisation) + ", '2026-01-01', '2029-01-01', 0)"));
}

TEST(LabelPages, VerificationPageForEachStatus)
{
    auto h = holder("Ruche Statuts Labelpages");
    auto id = grant_label_of(h.dossier, TestPlatform::instance().clock().now());
    auto href = "/labels/" + std::to_string(id);
    HttpClient visitor(TestPlatform::instance().port());

    auto current = visitor.get(href);
    ASSERT_EQ(current.status, 200);
    EXPECT_TRUE(contains(current.body, "Label en cours de validité"));
    EXPECT_TRUE(contains(current.body, label_text(id, "code")));
    EXPECT_TRUE(contains(current.body, "href=\"/organisations/" + std::to_string(h.organisation) + "\""));
    EXPECT_TRUE(contains(current.body, "Ruche Statuts Labelpages"));
    EXPECT_TRUE(contains(current.body, "Ruche"));
    EXPECT_FALSE(contains(current.body, "Retirer le label"));
    EXPECT_FALSE(contains(current.body, "/renouveler"));

    execute_sql("UPDATE labels SET expires_on = '2020-05-31' WHERE id = " + std::to_string(id));
    auto expired = visitor.get(href);
    ASSERT_EQ(expired.status, 200);
    EXPECT_TRUE(contains(expired.body, "Label expiré le 31 mai 2020")) << expired.body;

    execute_sql("UPDATE labels SET expires_on = '2099-01-01', state = 'retire', withdrawn_at = 1767225600, "
                "withdrawal_motivation = 'Activité arrêtée' WHERE id = "
        + std::to_string(id));
    auto withdrawn = visitor.get(href);
    ASSERT_EQ(withdrawn.status, 200);
    EXPECT_TRUE(contains(withdrawn.body, "Label retiré le 1er janvier 2026 : Activité arrêtée")) << withdrawn.body;

    EXPECT_EQ(visitor.get("/labels/999999999").status, 404);
    EXPECT_EQ(visitor.get("/labels/abc").status, 404);
    EXPECT_EQ(visitor.get("/labels/0/certificat").status, 404);
}

TEST(LabelPages, CertificateCarriesCodeAndVerificationAddress)
{
    auto h = holder("Ruche Certificat Labelpages");
    auto id = grant_label_of(h.dossier, TestPlatform::instance().clock().now());
    HttpClient visitor(TestPlatform::instance().port());
    auto certificate = visitor.get("/labels/" + std::to_string(id) + "/certificat");
    ASSERT_EQ(certificate.status, 200);
    EXPECT_TRUE(contains(certificate.body, "Certificat de labellisation"));
    EXPECT_TRUE(contains(certificate.body, label_text(id, "code")));
    EXPECT_TRUE(contains(certificate.body, TestPlatform::instance().config().public_url + "/labels/" + std::to_string(id)));
    EXPECT_FALSE(contains(certificate.body, "style="));
    EXPECT_FALSE(contains(certificate.body, "n’atteste plus"));
    execute_sql("UPDATE labels SET expires_on = '2020-01-01' WHERE id = " + std::to_string(id));
    EXPECT_TRUE(contains(visitor.get("/labels/" + std::to_string(id) + "/certificat").body, "n’atteste plus"));
}

TEST(LabelPages, VerifyByCode)
{
    auto h = holder("Ruche Verification Labelpages");
    auto id = grant_label_of(h.dossier, TestPlatform::instance().clock().now());
    auto code = label_text(id, "code");
    HttpClient visitor(TestPlatform::instance().port());
    auto found = visitor.get("/labels/verifier?code=" + code);
    EXPECT_EQ(found.status, 303);
    EXPECT_EQ(found.header("location").value_or(""), "/labels/" + std::to_string(id));
    std::string lower = code;
    for (auto& c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    EXPECT_EQ(visitor.get("/labels/verifier?code=%20" + lower).header("location").value_or(""), "/labels/" + std::to_string(id));
    auto unknown = visitor.get("/labels/verifier?code=ESS-1999-ZZZZZZ");
    EXPECT_EQ(unknown.status, 404);
    EXPECT_TRUE(contains(unknown.body, "Code inconnu"));
    EXPECT_TRUE(contains(unknown.body, "value=\"ESS-1999-ZZZZZZ\""));
    EXPECT_EQ(visitor.get("/labels/verifier").status, 200);
}

TEST(LabelWithdrawal, AdministratorsOnlyWithAMotivation)
{
    auto h = holder("Ruche Retrait Labelwithdraw");
    auto id = grant_label_of(h.dossier, TestPlatform::instance().clock().now());
    auto href = "/labels/" + std::to_string(id);
    auto admin = signed_in_actor("label-admin", {auth::Role::Administrateur});
    auto stranger = signed_in_actor("label-inconnu");

    HttpClient visitor(TestPlatform::instance().port());
    auto anonymous = visitor.post_form(href + "/retirer", {{"motivation", "Non"}});
    EXPECT_TRUE(anonymous.status == 302 || anonymous.status == 303 || anonymous.status == 401) << anonymous.status;
    EXPECT_EQ(stranger.client.post_form(href + "/retirer", {{"motivation", "Non"}}).status, 403);
    EXPECT_EQ(h.owner.client.post_form(href + "/retirer", {{"motivation", "Non"}}).status, 403);
    EXPECT_EQ(label_text(id, "state"), "actif");

    EXPECT_TRUE(contains(admin.client.get(href).body, "Retirer le label"));
    auto blank = admin.client.post_form(href + "/retirer", {{"motivation", "   "}});
    EXPECT_EQ(blank.status, 422);
    EXPECT_TRUE(contains(blank.body, "Indiquez le motif du retrait"));
    EXPECT_TRUE(contains(blank.body, "fr-input-group--error"));
    EXPECT_TRUE(contains(blank.body, "motivation-erreur"));
    EXPECT_EQ(label_text(id, "state"), "actif");

    auto done = admin.client.post_form(href + "/retirer", {{"motivation", "Conditions du label plus remplies <b>"}});
    EXPECT_EQ(done.status, 303);
    EXPECT_EQ(done.header("location").value_or(""), href);
    EXPECT_EQ(label_text(id, "state"), "retire");
    EXPECT_EQ(label_number(id, "withdrawn_by"), admin.user_id);
    EXPECT_GT(label_number(id, "withdrawn_at"), 0);
    EXPECT_EQ(count_audit("labelling.label_withdrawn", "label", id), 1);
    EXPECT_EQ(count_mails(h.owner.email, "Retrait du label"), 1);
    auto page = admin.client.get(href);
    EXPECT_TRUE(contains(page.body, "Label retiré le"));
    EXPECT_TRUE(contains(page.body, "Conditions du label plus remplies &lt;b&gt;"));
    EXPECT_FALSE(contains(page.body, "Retirer le label"));
    EXPECT_EQ(admin.client.post_form(href + "/retirer", {{"motivation", "Encore"}}).status, 409);
    EXPECT_EQ(admin.client.post_form("/labels/999999999/retirer", {{"motivation", "Encore"}}).status, 404);
}

TEST(LabelList, FiltersByStatusCategoryAndRegion)
{
    auto current = holder("Ruche Courante Labellist");
    auto expired = holder("Ruche Expiree Labellist");
    auto withdrawn = holder("Incubateur Retire Labellist", "incubateur");
    auto now = TestPlatform::instance().clock().now();
    grant_label_of(current.dossier, now);
    auto expired_id = grant_label_of(expired.dossier, now);
    auto withdrawn_id = grant_label_of(withdrawn.dossier, now);
    execute_sql("UPDATE labels SET expires_on = '2021-01-01' WHERE id = " + std::to_string(expired_id));
    execute_sql("UPDATE labels SET state = 'retire', withdrawn_at = 0, withdrawal_motivation = 'x' WHERE id = "
        + std::to_string(withdrawn_id));

    HttpClient visitor(TestPlatform::instance().port());
    auto list = visitor.get("/labels?categorie=ruche&region=84");
    ASSERT_EQ(list.status, 200);
    EXPECT_TRUE(contains(list.body, "Ruche Courante Labellist"));
    EXPECT_FALSE(contains(list.body, "Ruche Expiree Labellist"));
    EXPECT_FALSE(contains(list.body, "Incubateur Retire Labellist"));
    EXPECT_TRUE(contains(list.body, "<caption>Nombre de labels par région</caption>"));
    EXPECT_TRUE(contains(list.body, "Auvergne-Rhône-Alpes"));
    EXPECT_TRUE(contains(list.body, "fr-badge--success"));

    auto old = visitor.get("/labels?statut=expire");
    EXPECT_TRUE(contains(old.body, "Ruche Expiree Labellist"));
    EXPECT_FALSE(contains(old.body, "Ruche Courante Labellist"));
    auto gone = visitor.get("/labels?statut=retire&categorie=incubateur");
    EXPECT_TRUE(contains(gone.body, "Incubateur Retire Labellist"));
    EXPECT_FALSE(contains(gone.body, "Ruche Courante Labellist"));
    auto all = visitor.get("/labels?statut=tous&region=84");
    EXPECT_TRUE(contains(all.body, "Ruche Courante Labellist"));

    auto elsewhere = visitor.get("/labels?region=11&categorie=ruche&statut=tous");
    EXPECT_FALSE(contains(elsewhere.body, "Labellist"));
    // A stale filter value is ignored; a page past the end is not found.
    EXPECT_EQ(visitor.get("/labels?categorie=inconnue&statut=bizarre").status, 200);
    EXPECT_EQ(visitor.get("/labels?page=9999").status, 404);
    EXPECT_EQ(visitor.get("/labels?page=abc").status, 404);
}

TEST(LabelOpenData, CsvAndJsonListEveryLabelWithItsStatus)
{
    auto current = holder("Ruche Ouverte Labelopendata");
    auto withdrawn = holder("Ruche Fermee Labelopendata");
    auto now = TestPlatform::instance().clock().now();
    auto current_id = grant_label_of(current.dossier, now);
    auto withdrawn_id = grant_label_of(withdrawn.dossier, now);
    execute_sql("UPDATE organisations SET siren = '990100558' WHERE id = " + std::to_string(current.organisation));
    execute_sql("UPDATE labels SET state = 'retire', withdrawn_at = 0 WHERE id = " + std::to_string(withdrawn_id));

    HttpClient visitor(TestPlatform::instance().port());
    auto csv = visitor.get("/labels.csv");
    ASSERT_EQ(csv.status, 200);
    EXPECT_TRUE(contains(csv.header("content-type").value_or(""), "text/csv"));
    EXPECT_TRUE(contains(csv.header("cache-control").value_or(""), "max-age="));
    EXPECT_EQ(csv.body.substr(0, csv.body.find("\r\n")),
        "code,categorie,titulaire,siren,territoire_type,territoire_code,region,date_attribution,date_expiration,statut,url");
    auto public_url = TestPlatform::instance().config().public_url;
    EXPECT_TRUE(contains(csv.body, label_text(current_id, "code") + ",ruche,Ruche Ouverte Labelopendata,990100558,,,84,"
            + today() + "," + core::add_years(today(), 3) + ",en-cours," + public_url + "/labels/"
            + std::to_string(current_id) + "\r\n"))
        << csv.body;
    EXPECT_TRUE(contains(csv.body, label_text(withdrawn_id, "code") + ",ruche,Ruche Fermee Labelopendata,"));
    EXPECT_TRUE(contains(csv.body, ",retire," + public_url + "/labels/" + std::to_string(withdrawn_id)));

    auto json = visitor.get("/labels.json");
    ASSERT_EQ(json.status, 200);
    EXPECT_TRUE(contains(json.header("content-type").value_or(""), "json"));
    auto parsed = boost::json::parse(json.body);
    ASSERT_TRUE(parsed.is_array());
    bool seen = false;
    for (const auto& row : parsed.as_array()) {
        const auto& object = row.as_object();
        if (object.at("code").as_string() == label_text(withdrawn_id, "code")) {
            seen = true;
            EXPECT_EQ(object.at("statut").as_string(), "retire");
            EXPECT_EQ(object.at("titulaire").as_string(), "Ruche Fermee Labelopendata");
            EXPECT_EQ(object.at("region").as_string(), "84");
        }
    }
    EXPECT_TRUE(seen);
}

TEST(LabelNavigation, MainMenuLinksToLabels)
{
    HttpClient visitor(TestPlatform::instance().port());
    auto home = visitor.get("/");
    EXPECT_TRUE(contains(home.body, "href=\"/labels\"")) << home.status;
}

} // namespace
} // namespace essaim::test
