#include "labelling/scoring.hpp"

#include <algorithm>

namespace essaim::labelling {

std::optional<double> weighted_score(const std::vector<CriterionWeight>& grid, const std::vector<CriterionScore>& scores)
{
    double total = 0;
    long long weights = 0;
    for (const auto& criterion : grid) {
        auto found = std::find_if(scores.begin(), scores.end(),
            [&](const CriterionScore& score) { return score.criterion_id == criterion.criterion_id; });
        if (found == scores.end())
            return std::nullopt;
        total += static_cast<double>(found->score) * criterion.weight;
        weights += criterion.weight;
    }
    if (weights <= 0)
        return std::nullopt;
    return total / static_cast<double>(weights);
}

std::optional<ScoreSummary> summarise_scores(const std::vector<double>& opinion_scores)
{
    if (opinion_scores.empty())
        return std::nullopt;
    ScoreSummary summary;
    summary.opinions = static_cast<int>(opinion_scores.size());
    double sum = 0;
    for (double score : opinion_scores)
        sum += score;
    summary.mean = sum / static_cast<double>(opinion_scores.size());
    auto [lowest, highest] = std::minmax_element(opinion_scores.begin(), opinion_scores.end());
    summary.spread = *highest - *lowest;
    return summary;
}

} // namespace essaim::labelling
