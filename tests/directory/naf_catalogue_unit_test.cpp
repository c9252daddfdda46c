// Reading the NAF nomenclature from the @socialgouv/codes-naf package.

#include "directory/naf_catalogue.hpp"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <unistd.h>

using essaim::directory::read_naf_labels;

TEST(NafCatalogue, KeepsOnlySubClasses)
{
    auto path = std::filesystem::temp_directory_path() / ("naf-" + std::to_string(::getpid()) + ".json");
    {
        std::ofstream out(path);
        out << R"([{"id":"88","label":"Action sociale"},{"id":"88.9","label":"Autre"},)"
               R"({"id":"88.99B","label":"Action sociale sans hébergement n.c.a."},{"id":42},"x",)"
               R"({"id":"01.11Z","label":"Culture de céréales"}])";
    }
    auto labels = read_naf_labels(path);
    std::filesystem::remove(path);
    ASSERT_EQ(labels.size(), 2u);
    EXPECT_EQ(labels.at("88.99B"), "Action sociale sans hébergement n.c.a.");
    EXPECT_TRUE(labels.count("01.11Z"));
}

TEST(NafCatalogue, MissingOrBrokenFileGivesNothing)
{
    EXPECT_TRUE(read_naf_labels("/nonexistent/index.json").empty());
    auto path = std::filesystem::temp_directory_path() / ("naf-broken-" + std::to_string(::getpid()) + ".json");
    {
        std::ofstream out(path);
        out << "{pas du json";
    }
    EXPECT_TRUE(read_naf_labels(path).empty());
    std::filesystem::remove(path);
}

TEST(NafCatalogue, InstalledPackageHasTheWholeNomenclature)
{
    std::filesystem::path path = "web/node_modules/@socialgouv/codes-naf/index.json";
    if (!std::filesystem::exists(path))
        GTEST_SKIP() << "web/node_modules not installed (scripts/setup.sh)";
    auto labels = read_naf_labels(path);
    // NAF rév. 2 has 732 sub-classes.
    EXPECT_EQ(labels.size(), 732u);
    EXPECT_TRUE(labels.count("88.99B"));
    EXPECT_TRUE(labels.count("94.99Z"));
}
