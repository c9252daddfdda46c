#pragma once
// Scores of the evaluation grid: an opinion scores each criterion 0 to 5; its score is the mean
// weighted by the criteria's weights; a dossier's score is the mean of its opinions' scores, and
// the spread between experts (highest minus lowest) tells the committee where they disagree.

#include <optional>
#include <vector>

namespace essaim::labelling {

struct CriterionWeight {
    long long criterion_id = 0;
    int weight = 0;
};

struct CriterionScore {
    long long criterion_id = 0;
    int score = 0;  //!< 0 to 5
};

//! The weighted mean over the criteria of `grid` (0 to 5); nothing when a criterion of the grid
//! has no score (an incomplete opinion) or the weights sum to zero. Scores of criteria no longer
//! in the grid are ignored.
std::optional<double> weighted_score(const std::vector<CriterionWeight>& grid, const std::vector<CriterionScore>& scores);

struct ScoreSummary {
    double mean = 0;
    double spread = 0;  //!< highest minus lowest opinion score
    int opinions = 0;
};

//! Nothing when there is no opinion score.
std::optional<ScoreSummary> summarise_scores(const std::vector<double>& opinion_scores);

} // namespace essaim::labelling
