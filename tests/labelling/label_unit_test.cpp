// Labels without a database: the derived status, the renewal window, the answers a renewal keeps,
// and the open-data files.

#include "labelling/label.hpp"
#include "labelling/label_open_data.hpp"
#include "labelling/renew_label.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

namespace essaim::labelling {
namespace {

TEST(LabelStatus, DerivedFromStateAndExpiry)
{
    Label label;
    label.expires_on = "2027-06-30";
    EXPECT_EQ(label_status(label, "2027-06-30"), LabelStatus::Current);  // the expiry day is still valid
    EXPECT_EQ(label_status(label, "2027-07-01"), LabelStatus::Expired);
    label.withdrawn = true;
    EXPECT_EQ(label_status(label, "2026-01-01"), LabelStatus::Withdrawn);
    LabelStatus parsed;
    EXPECT_TRUE(label_status_from_code("expire", parsed));
    EXPECT_EQ(parsed, LabelStatus::Expired);
    EXPECT_FALSE(label_status_from_code("perime", parsed));
}

TEST(LabelRenewal, WindowOpensNinetyDaysBeforeAndClosesAYearAfter)
{
    Label label;
    label.expires_on = "2027-06-30";
    EXPECT_FALSE(renewal_window_open(label, "2027-03-31"));  // 91 days before
    EXPECT_TRUE(renewal_window_open(label, "2027-04-01"));   // 90 days before
    EXPECT_TRUE(renewal_window_open(label, "2028-06-29"));   // expired 365 days ago
    EXPECT_FALSE(renewal_window_open(label, "2028-07-01"));
    label.withdrawn = true;
    EXPECT_FALSE(renewal_window_open(label, "2027-06-01"));
}

TEST(LabelRenewal, KeepsOnlyTheAnswersTheNewFormAsks)
{
    auto form = form_from_json(
        R"({"sections":[{"title":"A","fields":[{"key":"presentation","kind":"long_text","label":"P","help":"","required":true},)"
        R"({"key":"statuts","kind":"file","label":"S","help":"","required":true},)"
        R"({"key":"nouveau","kind":"short_text","label":"N","help":"","required":false}]}]})");
    ASSERT_TRUE(form.has_value());
    auto kept = boost::json::parse(answers_for_form(*form, R"({"presentation":"Nous","budget":"12.5","statuts":"x"})"));
    ASSERT_TRUE(kept.is_object());
    EXPECT_EQ(kept.as_object().size(), 1u);
    EXPECT_EQ(kept.as_object().at("presentation").as_string(), "Nous");
    EXPECT_EQ(answers_for_form(*form, "pas du json"), "{}");
    EXPECT_EQ(answers_for_form(*form, "[1,2]"), "{}");
}

Label sample_label()
{
    Label label;
    label.id = 7;
    label.code = "ESS-2026-ABC123";
    label.category = LabelCategory::Territoire;
    label.organisation_name = "Ruche \"Les Abeilles\", Lyon";
    label.siren = "123456789";
    label.territory_kind = "departement";
    label.territory_code = "42";
    label.region_code = "84";
    label.granted_on = "2026-01-10";
    label.expires_on = "2029-01-10";
    return label;
}

TEST(LabelOpenData, CsvHasTheHeaderThenOneQuotedLinePerLabel)
{
    auto csv = labels_csv({sample_label()}, "https://essaim.example", "2026-06-01");
    auto header_end = csv.find("\r\n");
    ASSERT_NE(header_end, std::string::npos);
    EXPECT_EQ(csv.substr(0, header_end), "code,categorie,titulaire,siren,territoire_type,territoire_code,region,"
                                         "date_attribution,date_expiration,statut,url");
    EXPECT_EQ(csv.substr(header_end + 2), "ESS-2026-ABC123,territoire,\"Ruche \"\"Les Abeilles\"\", Lyon\",123456789,"
                                          "departement,42,84,2026-01-10,2029-01-10,en-cours,"
                                          "https://essaim.example/labels/7\r\n");
    EXPECT_NE(labels_csv({sample_label()}, "", "2029-01-11").find(",expire,"), std::string::npos);
}

TEST(LabelOpenData, JsonIsAnArrayOfObjectsWithTheSameKeys)
{
    auto label = sample_label();
    label.withdrawn = true;
    auto parsed = boost::json::parse(labels_json({label}, "https://essaim.example", "2026-06-01"));
    ASSERT_TRUE(parsed.is_array());
    ASSERT_EQ(parsed.as_array().size(), 1u);
    const auto& row = parsed.as_array()[0].as_object();
    EXPECT_EQ(row.size(), open_data_columns().size());
    EXPECT_EQ(row.at("titulaire").as_string(), "Ruche \"Les Abeilles\", Lyon");
    EXPECT_EQ(row.at("statut").as_string(), "retire");
    EXPECT_EQ(row.at("url").as_string(), "https://essaim.example/labels/7");
    EXPECT_EQ(labels_json({}, "", "2026-06-01"), "[]");
}

} // namespace
} // namespace essaim::labelling
