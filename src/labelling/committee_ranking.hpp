#pragma once
// The order in which a committee examines its agenda: the dossiers best scored by the experts
// first. Pure functions, so the order is tested without a database.

#include "labelling/committee.hpp"
#include "labelling/scoring.hpp"

#include <optional>
#include <string>
#include <vector>

namespace essaim::labelling {

//! A dossier of the agenda reduced to what ranks it and what the committee reads beside it.
struct RankedDossier {
    long long dossier_id = 0;
    std::optional<ScoreSummary> summary; //!< nothing when no complete opinion was given
    int favorable = 0;
    int reserve = 0;
    int defavorable = 0;
};

//! The summary of a line's opinions: the mean and spread of their weighted scores (incomplete
//! grids left out) and the count of each recommendation.
RankedDossier rank_entry(long long dossier_id, const std::vector<AgendaOpinion>& opinions);

//! Highest mean first; equal means: the smaller spread (experts agree) first, then the older
//! dossier (lower id); dossiers without any opinion score last, by id.
std::vector<RankedDossier> rank_dossiers(std::vector<RankedDossier> dossiers);

//! A score with one decimal and a French decimal comma: 3.66 → "3,7".
std::string french_decimal(double value);

} // namespace essaim::labelling
