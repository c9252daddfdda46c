// The rule that flags two organisation names as one actor recorded twice.

#include "directory/duplicate_rule.hpp"

#include <gtest/gtest.h>

using namespace essaim::directory;

TEST(DuplicateRule, KeyDropsLegalWordsArticlesAccentsAndPunctuation)
{
    EXPECT_EQ(duplicate_key("Association Les Jardins d’Éole"), "jardinseole");
    EXPECT_EQ(duplicate_key("JARDINS D'EOLE (SAS)"), "jardinseole");
    EXPECT_EQ(duplicate_key("Scop-Le Fournil, SARL"), "fournil");
    EXPECT_EQ(duplicate_key("Asso SAS"), "");
}

TEST(DuplicateRule, EqualKeysAreTheSameName)
{
    EXPECT_EQ(compare_keys(duplicate_key("Association La Ruche"), duplicate_key("La Ruche SCIC")), NameLikeness::Same);
}

TEST(DuplicateRule, SmallEditDistanceRelativeToLengthIsSimilar)
{
    // 7 characters: one edit allowed, not two.
    EXPECT_EQ(compare_keys("fournil", "fourmil"), NameLikeness::Similar);
    EXPECT_EQ(compare_keys("fournil", "fourmel"), NameLikeness::Different);
    // 12 characters and more: two edits allowed, not three.
    EXPECT_EQ(compare_keys("jardinsdeole", "jardindeolle"), NameLikeness::Similar);
    EXPECT_EQ(compare_keys("jardinsdeole", "jardindeoxxe"), NameLikeness::Different);
    // Short keys must be equal.
    EXPECT_EQ(compare_keys("ruche", "roche"), NameLikeness::Different);
    EXPECT_EQ(compare_keys("", ""), NameLikeness::Different);
}

TEST(DuplicateRule, BoundedEditDistance)
{
    EXPECT_EQ(bounded_edit_distance("kitten", "sitting", 5), 3u);
    EXPECT_EQ(bounded_edit_distance("kitten", "sitting", 2), 3u);  // gave up: limit + 1
    EXPECT_EQ(bounded_edit_distance("abc", "abc", 0), 0u);
    EXPECT_EQ(bounded_edit_distance("a", "abcdef", 2), 3u);
}
