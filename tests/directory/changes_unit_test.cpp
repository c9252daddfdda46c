// Revisions: which fields changed, their JSON form, and the list of fields edited on the platform.

#include "directory/changes.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

using namespace essaim::directory;

TEST(Changes, DiffListsOnlyChangedFieldsInFormOrder)
{
    OrganisationProfile before;
    before.name = "Ancien nom";
    before.website = "https://ancien.fr";
    before.commune_code = "42218";
    before.actor_types = {"porteur_de_projet"};
    OrganisationProfile after = before;
    EXPECT_TRUE(diff_profiles(before, after).empty());

    after.name = "Nouveau nom";
    after.website = "";
    after.acronym = "NN";
    after.actor_types = {"porteur_de_projet", "ruche"};
    auto changes = diff_profiles(before, after);
    ASSERT_EQ(changes.size(), 4u);
    EXPECT_EQ(changes[0].field, "name");
    EXPECT_EQ(changes[1].field, "acronym");
    EXPECT_EQ(changes[2].field, "website");
    EXPECT_EQ(changes[3].field, "actor_types");
    EXPECT_TRUE(changes[1].before.is_null());
    EXPECT_TRUE(changes[2].after.is_null());

    auto json = boost::json::parse(changes_json(changes)).as_object();
    EXPECT_EQ(json.at("name"), (boost::json::array{"Ancien nom", "Nouveau nom"}));
    EXPECT_EQ(json.at("website"), (boost::json::array{"https://ancien.fr", nullptr}));
    EXPECT_EQ(json.at("actor_types").as_array()[1], (boost::json::array{"porteur_de_projet", "ruche"}));
    EXPECT_EQ(boost::json::parse(before_json(changes)).as_object().at("name"), "Ancien nom");
    EXPECT_EQ(boost::json::parse(after_json(changes)).as_object().at("name"), "Nouveau nom");
}

TEST(Changes, ChangesJsonReadsBackAndSkipsMalformedMembers)
{
    OrganisationProfile before, after;
    after.name = "Les « guillemets » et \"apostrophes\"";
    auto changes = diff_profiles(before, after);
    changes.push_back(status_change(OrganisationStatus::EnAttente, OrganisationStatus::Publiee));
    auto read = parse_changes_json(changes_json(changes));
    ASSERT_EQ(read.size(), 2u);
    EXPECT_EQ(read[0].field, "name");
    EXPECT_EQ(read[0].after, after.name.c_str());
    EXPECT_EQ(read[1].field, "status");
    EXPECT_EQ(read[1].before, "en_attente");
    EXPECT_EQ(read[1].after, "publiee");

    EXPECT_TRUE(parse_changes_json("pas du JSON").empty());
    EXPECT_TRUE(parse_changes_json("[1,2]").empty());
    EXPECT_EQ(parse_changes_json(R"({"name":["a","b"],"odd":"x","three":[1,2,3]})").size(), 1u);
}

TEST(Changes, EditedFieldsAccumulateSortedAndWithoutStatus)
{
    std::vector<std::string> fields = parse_edited_fields(R"(["website"])");
    std::vector<FieldChange> changes{{"name", nullptr, "x"}, {"website", "a", "b"}, {"status", "en_attente", "publiee"}};
    mark_edited(fields, changes);
    EXPECT_EQ(fields, (std::vector<std::string>{"name", "website"}));
    EXPECT_EQ(edited_fields_json(fields), R"(["name","website"])");
    EXPECT_EQ(parse_edited_fields(edited_fields_json(fields)), fields);
    EXPECT_TRUE(parse_edited_fields("").empty());
    EXPECT_TRUE(parse_edited_fields("{}").empty());
    EXPECT_EQ(parse_edited_fields(R"(["a",2,"b"])"), (std::vector<std::string>{"a", "b"}));
}
