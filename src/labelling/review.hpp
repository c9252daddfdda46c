#pragma once
// Experts' opinions (avis) on dossiers: a request names an expert and a due date; the expert
// scores the call's grid criterion by criterion, with comments, and recommends. A request ends
// given (rendu), in a conflict of interest (conflit), or withdrawn by the staff (annule).

#include "core/result.hpp"
#include "http/form.hpp"
#include "labelling/call_store.hpp"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace essaim::labelling {

enum class ReviewState { Demande, Conflit, Rendu, Annule };

std::string_view review_state_code(ReviewState state);   //!< "demande", "conflit", "rendu", "annule"
std::string_view review_state_label(ReviewState state);  //!< "En attente", "Conflit d’intérêts", …
bool review_state_from_code(std::string_view code, ReviewState& state);

enum class Recommendation { Favorable, Reserve, Defavorable };

//! Every recommendation, in the order the form offers them.
const std::vector<Recommendation>& recommendations();
std::string_view recommendation_code(Recommendation recommendation);   //!< "favorable", "reserve", "defavorable"
std::string_view recommendation_label(Recommendation recommendation);  //!< "Favorable", "Réservé", "Défavorable"
bool recommendation_from_code(std::string_view code, Recommendation& recommendation);

//! The reason recorded when the expert belongs to the applying organisation.
inline constexpr std::string_view member_conflict_reason = "Membre de l’organisation candidate";

struct ReviewScore {
    long long criterion_id = 0;
    int score = 0;  //!< 0 to 5
    std::string comment;
};

struct Review {
    long long id = 0;
    long long dossier_id = 0;
    long long expert_id = 0;
    std::string expert_name;
    std::string expert_email;
    long long requested_by = 0;
    long long requested_at = 0;
    std::string due_on;  //!< 'YYYY-MM-DD'
    ReviewState state = ReviewState::Demande;
    std::string conflict_reason;
    std::string recommendation;  //!< code, "" until given
    std::string comment;
    long long submitted_at = 0;  //!< 0 = not given
    long long reminded_at = 0;   //!< 0 = never reminded
    std::vector<ReviewScore> scores;
};

//! What the expert posted: a score per criterion, comments, a recommendation.
struct OpinionInput {
    std::vector<ReviewScore> scores;  //!< in grid order
    Recommendation recommendation = Recommendation::Favorable;
    std::string comment;
};

//! Input names of the opinion form, for the template and the errors next to the fields.
std::string score_field(long long criterion_id);          //!< "note_<id>"
std::string score_comment_field(long long criterion_id);  //!< "commentaire_<id>"

//! Reads the posted opinion: every criterion of `grid` needs a score 0–5, a recommendation is
//! required; comments are optional but bounded. Invalid with errors keyed by input name.
core::Result<OpinionInput> parse_opinion_form(const std::vector<Criterion>& grid, const http::Form& form);


} // namespace essaim::labelling
