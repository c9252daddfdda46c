#pragma once
// SQL of the experts' opinions: requests, scores, the grid they score, the experts' lists.

#include "labelling/dossier.hpp"
#include "labelling/review.hpp"

#include <optional>
#include <string>
#include <vector>

namespace essaim::db {
class Session;
}

namespace essaim::labelling {


//! Every request on the dossier, oldest first, with the expert's name and the scores.
std::vector<Review> list_dossier_reviews(db::Session& session, long long dossier_id);
//! One request with its scores.
std::optional<Review> find_review(db::Session& session, long long review_id);
//! The expert's request on the dossier, whatever its state.
std::optional<Review> find_review_of(db::Session& session, long long dossier_id, long long expert_id);

struct NewReview {
    long long dossier_id = 0;
    long long expert_id = 0;
    long long requested_by = 0;
    long long requested_at = 0;
    std::string due_on;
    ReviewState state = ReviewState::Demande;
    std::string conflict_reason;
};
//! Inserts the request, or renews the expert's cancelled one on the same dossier (one row per
//! expert and dossier); answers its id.
long long save_review_request(db::Session& session, const NewReview& review);

void set_review_state(db::Session& session, long long review_id, ReviewState state, const std::string& conflict_reason);
//! Records the opinion and sets the state 'rendu'.
void save_opinion(db::Session& session, long long review_id, const OpinionInput& opinion, long long now);

//! A line of an expert's list of requests.
struct ExpertRequest {
    Review review;
    long long call_id = 0;
    std::string call_title;
    std::string organisation_name;
};
//! The expert's requests awaited or given (cancelled ones and declared conflicts left out),
//! pending first then by due date.
std::vector<ExpertRequest> list_expert_requests(db::Session& session, long long expert_id);

//! A request whose due date has passed, for the reminders.
struct OverdueReview {
    long long id = 0;
    long long dossier_id = 0;
    std::string expert_email;
    std::string due_on;
    std::string call_title;
};
//! Requests still awaited whose due date is before `today` and that were not reminded since
//! `reminded_before` (Unix seconds).
std::vector<OverdueReview> list_overdue_reviews(db::Session& session, const std::string& today, long long reminded_before);
void mark_reminded(db::Session& session, long long review_id, long long now);

} // namespace essaim::labelling
