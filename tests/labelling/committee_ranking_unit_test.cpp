// The committee's ranking of its agenda, table-driven: best mean first, then agreement between
// experts, then the older dossier; dossiers without a scored opinion last.

#include "labelling/committee.hpp"
#include "labelling/committee_edit.hpp"
#include "labelling/committee_ranking.hpp"

#include <gtest/gtest.h>

using namespace essaim::labelling;

namespace {

RankedDossier scored(long long id, double mean, double spread, int opinions = 2)
{
    RankedDossier entry;
    entry.dossier_id = id;
    entry.summary = ScoreSummary{mean, spread, opinions};
    return entry;
}

RankedDossier unscored(long long id)
{
    RankedDossier entry;
    entry.dossier_id = id;
    return entry;
}

std::vector<long long> order_of(const std::vector<RankedDossier>& ranked)
{
    std::vector<long long> ids;
    for (const auto& entry : ranked)
        ids.push_back(entry.dossier_id);
    return ids;
}

struct RankingCase {
    const char* name;
    std::vector<RankedDossier> input;
    std::vector<long long> expected;
};

} // namespace

TEST(CommitteeRanking, OrdersByMeanThenSpreadThenIdWithUnscoredLast)
{
    const std::vector<RankingCase> cases = {
        {"empty agenda", {}, {}},
        {"higher mean first", {scored(1, 2.5, 0), scored(2, 4.0, 1)}, {2, 1}},
        {"equal means: smaller spread first", {scored(1, 3.0, 2), scored(2, 3.0, 0.5)}, {2, 1}},
        {"equal means and spreads: lower id first", {scored(9, 3.0, 1), scored(4, 3.0, 1)}, {4, 9}},
        {"unscored after every scored one, even a zero", {unscored(1), scored(5, 0.0, 0), unscored(3)}, {5, 1, 3}},
        {"a single opinion ranks by its mean", {scored(1, 3.5, 0, 1), scored(2, 3.4, 0, 3)}, {1, 2}},
        {"means a rounding step apart tie", {scored(8, 14.0 / 3.0, 1), scored(7, 4.0 + 2.0 / 3.0, 1)}, {7, 8}},
        {"mixed", {unscored(7), scored(6, 1.0, 0), scored(3, 4.5, 1), scored(1, 4.5, 0.5), unscored(2)},
            {1, 3, 6, 2, 7}},
    };
    for (const auto& test : cases)
        EXPECT_EQ(order_of(rank_dossiers(test.input)), test.expected) << test.name;
}

TEST(CommitteeRanking, SummarisesOpinionsAndCountsRecommendations)
{
    std::vector<AgendaOpinion> opinions = {
        {1, "favorable", 4.0, "Experte A", ""},
        {2, "reserve", 2.5, "Expert B", ""},
        {3, "favorable", std::nullopt, "Experte C", ""}, // an incomplete grid counts for its recommendation only
        {4, "defavorable", 1.0, "Expert D", ""},
    };
    auto entry = rank_entry(12, opinions);
    EXPECT_EQ(entry.dossier_id, 12);
    ASSERT_TRUE(entry.summary.has_value());
    EXPECT_DOUBLE_EQ(entry.summary->mean, 2.5);
    EXPECT_DOUBLE_EQ(entry.summary->spread, 3.0);
    EXPECT_EQ(entry.summary->opinions, 3);
    EXPECT_EQ(entry.favorable, 2);
    EXPECT_EQ(entry.reserve, 1);
    EXPECT_EQ(entry.defavorable, 1);

    EXPECT_FALSE(rank_entry(13, {}).summary.has_value());
    EXPECT_FALSE(rank_entry(14, {{5, "reserve", std::nullopt, "Experte E", ""}}).summary.has_value());
}

TEST(CommitteeRanking, WritesScoresWithOneDecimalAndAComma)
{
    EXPECT_EQ(french_decimal(14.0 / 3.0), "4,7");
    EXPECT_EQ(french_decimal(3.0), "3,0");
    EXPECT_EQ(french_decimal(0.04), "0,0");
    EXPECT_EQ(french_decimal(2.25), "2,2"); // printf rounds the binary value 2.25 to even
}

TEST(CommitteeDecisions, CodesRoundTripAndTargetTheDossierStates)
{
    for (auto decision : committee_decisions()) {
        CommitteeDecision parsed = CommitteeDecision::Renvoye;
        ASSERT_TRUE(decision_from_code(decision_code(decision), parsed)) << decision_code(decision);
        EXPECT_EQ(parsed, decision);
        EXPECT_FALSE(decision_label(decision).empty());
    }
    CommitteeDecision ignored;
    EXPECT_FALSE(decision_from_code("", ignored));
    EXPECT_FALSE(decision_from_code("LABELLISE", ignored));
    EXPECT_EQ(decision_target(CommitteeDecision::Labellise), DossierState::Labellise);
    EXPECT_EQ(decision_target(CommitteeDecision::Refuse), DossierState::Refuse);
    EXPECT_EQ(decision_target(CommitteeDecision::SansSuite), DossierState::SansSuite);
    EXPECT_EQ(decision_target(CommitteeDecision::Renvoye), DossierState::EnInstruction);
}

TEST(CommitteeForm, SplitsMemberAddresses)
{
    EXPECT_EQ(split_member_emails(" Alice@Exemple.fr\r\nbob@exemple.fr, alice@exemple.fr;\n\ncarole@exemple.fr "),
        (std::vector<std::string>{"alice@exemple.fr", "bob@exemple.fr", "carole@exemple.fr"}));
    EXPECT_TRUE(split_member_emails("  \n ").empty());
}
