#include "labelling/committee_ranking.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace essaim::labelling {

namespace {

// Means are ratios of small integers: two equal grids give the same double, but two different
// sums of weights may land a rounding step apart, which must still count as a tie.
constexpr double tolerance = 1e-9;

bool ranks_before(const RankedDossier& left, const RankedDossier& right)
{
    if (left.summary.has_value() != right.summary.has_value())
        return left.summary.has_value();
    if (left.summary) {
        if (std::fabs(left.summary->mean - right.summary->mean) > tolerance)
            return left.summary->mean > right.summary->mean;
        if (std::fabs(left.summary->spread - right.summary->spread) > tolerance)
            return left.summary->spread < right.summary->spread;
    }
    return left.dossier_id < right.dossier_id;
}

} // namespace

RankedDossier rank_entry(long long dossier_id, const std::vector<AgendaOpinion>& opinions)
{
    RankedDossier entry;
    entry.dossier_id = dossier_id;
    std::vector<double> scores;
    for (const auto& opinion : opinions) {
        if (opinion.score)
            scores.push_back(*opinion.score);
        if (opinion.recommendation == "favorable")
            ++entry.favorable;
        else if (opinion.recommendation == "reserve")
            ++entry.reserve;
        else if (opinion.recommendation == "defavorable")
            ++entry.defavorable;
    }
    entry.summary = summarise_scores(scores);
    return entry;
}

std::vector<RankedDossier> rank_dossiers(std::vector<RankedDossier> dossiers)
{
    std::stable_sort(dossiers.begin(), dossiers.end(), ranks_before);
    return dossiers;
}

std::string french_decimal(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    std::string text(buffer);
    std::replace(text.begin(), text.end(), '.', ',');
    return text == "-0,0" ? "0,0" : text;
}

} // namespace essaim::labelling
