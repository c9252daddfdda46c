#include "labelling/review.hpp"

#include "core/text.hpp"

#include <chrono>
#include <cstdio>

namespace essaim::labelling {

namespace {

constexpr std::size_t comment_limit = 5000;

} // namespace

std::string_view review_state_code(ReviewState state)
{
    switch (state) {
    case ReviewState::Demande: return "demande";
    case ReviewState::Conflit: return "conflit";
    case ReviewState::Rendu: return "rendu";
    case ReviewState::Annule: return "annule";
    }
    return "demande";
}

std::string_view review_state_label(ReviewState state)
{
    switch (state) {
    case ReviewState::Demande: return "En attente";
    case ReviewState::Conflit: return "Conflit d’intérêts";
    case ReviewState::Rendu: return "Rendu";
    case ReviewState::Annule: return "Annulé";
    }
    return "En attente";
}

bool review_state_from_code(std::string_view code, ReviewState& state)
{
    for (auto candidate : {ReviewState::Demande, ReviewState::Conflit, ReviewState::Rendu, ReviewState::Annule})
        if (review_state_code(candidate) == code) {
            state = candidate;
            return true;
        }
    return false;
}

const std::vector<Recommendation>& recommendations()
{
    static const std::vector<Recommendation> all{Recommendation::Favorable, Recommendation::Reserve, Recommendation::Defavorable};
    return all;
}

std::string_view recommendation_code(Recommendation recommendation)
{
    switch (recommendation) {
    case Recommendation::Favorable: return "favorable";
    case Recommendation::Reserve: return "reserve";
    case Recommendation::Defavorable: return "defavorable";
    }
    return "favorable";
}

std::string_view recommendation_label(Recommendation recommendation)
{
    switch (recommendation) {
    case Recommendation::Favorable: return "Favorable";
    case Recommendation::Reserve: return "Réservé";
    case Recommendation::Defavorable: return "Défavorable";
    }
    return "Favorable";
}

bool recommendation_from_code(std::string_view code, Recommendation& recommendation)
{
    for (auto candidate : recommendations())
        if (recommendation_code(candidate) == code) {
            recommendation = candidate;
            return true;
        }
    return false;
}

std::string score_field(long long criterion_id) { return "note_" + std::to_string(criterion_id); }
std::string score_comment_field(long long criterion_id) { return "commentaire_" + std::to_string(criterion_id); }

core::Result<OpinionInput> parse_opinion_form(const std::vector<Criterion>& grid, const http::Form& form)
{
    OpinionInput input;
    core::FieldErrors errors;
    for (const auto& criterion : grid) {
        auto name = score_field(criterion.id);
        auto value = core::trim(form.get(name));
        ReviewScore score;
        score.criterion_id = criterion.id;
        if (value.size() == 1 && value[0] >= '0' && value[0] <= '5')
            score.score = value[0] - '0';
        else
            errors[name] = value.empty() ? "Choisissez une note de 0 à 5 pour « " + criterion.title + " »."
                                         : "La note de « " + criterion.title + " » va de 0 à 5.";
        auto comment_name = score_comment_field(criterion.id);
        score.comment = core::trim(form.get(comment_name));
        if (score.comment.size() > comment_limit || !http::is_clean_utf8(score.comment))
            errors[comment_name] = "Le commentaire doit être un texte de 5 000 caractères au plus.";
        input.scores.push_back(std::move(score));
    }
    auto recommendation = form.get("recommandation");
    if (!recommendation_from_code(recommendation, input.recommendation))
        errors["recommandation"] = "Choisissez votre recommandation : favorable, réservé ou défavorable.";
    input.comment = core::trim(form.get("commentaire"));
    if (input.comment.size() > comment_limit || !http::is_clean_utf8(input.comment))
        errors["commentaire"] = "Le commentaire général doit être un texte de 5 000 caractères au plus.";
    if (!errors.empty())
        return core::Error::invalid(std::move(errors), "L’avis est incomplet : corrigez les champs signalés.");
    return input;
}

} // namespace essaim::labelling
