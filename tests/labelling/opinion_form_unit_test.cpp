// Reading a posted opinion: every criterion scored 0–5, a recommendation, bounded comments.

#include "labelling/review.hpp"

#include <gtest/gtest.h>

namespace essaim::labelling {
namespace {

std::vector<Criterion> two_criteria()
{
    Criterion social;
    social.id = 11;
    social.title = "Utilité sociale";
    social.weight = 2;
    Criterion strength;
    strength.id = 12;
    strength.title = "Solidité";
    strength.weight = 1;
    return {social, strength};
}

http::Form form_of(const std::vector<std::pair<std::string, std::string>>& fields)
{
    http::Form form;
    for (const auto& [name, value] : fields)
        form.add(name, value);
    return form;
}

TEST(OpinionForm, ReadsACompleteOpinion)
{
    auto parsed = parse_opinion_form(two_criteria(), form_of({{"note_11", "4"}, {"commentaire_11", "  Un vrai besoin.  "},
        {"note_12", "0"}, {"recommandation", "reserve"}, {"commentaire", "À revoir."}}));
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    ASSERT_EQ(parsed->scores.size(), 2u);
    EXPECT_EQ(parsed->scores[0].criterion_id, 11);
    EXPECT_EQ(parsed->scores[0].score, 4);
    EXPECT_EQ(parsed->scores[0].comment, "Un vrai besoin.");
    EXPECT_EQ(parsed->scores[1].score, 0);
    EXPECT_EQ(parsed->recommendation, Recommendation::Reserve);
    EXPECT_EQ(parsed->comment, "À revoir.");
}

TEST(OpinionForm, NamesEveryFieldInError)
{
    struct Case {
        const char* name;
        std::vector<std::pair<std::string, std::string>> fields;
        std::vector<std::string> errors;
    };
    const std::vector<Case> cases{
        {"nothing posted", {}, {"note_11", "note_12", "recommandation"}},
        {"a criterion unscored", {{"note_11", "3"}, {"recommandation", "favorable"}}, {"note_12"}},
        {"a score above 5", {{"note_11", "6"}, {"note_12", "2"}, {"recommandation", "favorable"}}, {"note_11"}},
        {"a negative score", {{"note_11", "-1"}, {"note_12", "2"}, {"recommandation", "favorable"}}, {"note_11"}},
        {"a score that is not a number", {{"note_11", "4.5"}, {"note_12", "2"}, {"recommandation", "favorable"}}, {"note_11"}},
        {"an unknown recommendation", {{"note_11", "1"}, {"note_12", "2"}, {"recommandation", "excellent"}}, {"recommandation"}},
        {"a comment too long",
            {{"note_11", "1"}, {"note_12", "2"}, {"recommandation", "favorable"}, {"commentaire_12", std::string(5001, 'a')}},
            {"commentaire_12"}},
    };
    for (const auto& test : cases) {
        auto parsed = parse_opinion_form(two_criteria(), form_of(test.fields));
        ASSERT_FALSE(parsed.ok()) << test.name;
        EXPECT_EQ(parsed.error().kind, core::ErrorKind::Invalid) << test.name;
        EXPECT_EQ(parsed.error().field_errors.size(), test.errors.size()) << test.name;
        for (const auto& field : test.errors)
            EXPECT_TRUE(parsed.error().field_errors.count(field)) << test.name << ": " << field;
    }
}

TEST(OpinionForm, StatesAndRecommendationsRoundTrip)
{
    for (auto state : {ReviewState::Demande, ReviewState::Conflit, ReviewState::Rendu, ReviewState::Annule}) {
        ReviewState read = ReviewState::Demande;
        ASSERT_TRUE(review_state_from_code(review_state_code(state), read));
        EXPECT_EQ(read, state);
    }
    for (auto recommendation : recommendations()) {
        Recommendation read = Recommendation::Favorable;
        ASSERT_TRUE(recommendation_from_code(recommendation_code(recommendation), read));
        EXPECT_EQ(read, recommendation);
    }
    ReviewState state;
    EXPECT_FALSE(review_state_from_code("inconnu", state));
}

} // namespace
} // namespace essaim::labelling
