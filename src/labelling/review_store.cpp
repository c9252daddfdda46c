#include "labelling/review_store.hpp"

#include "db/session.hpp"

#include <soci/soci.h>

#include <map>

namespace essaim::labelling {

namespace {

const char* review_columns = "r.id, r.dossier_id, r.expert_id, u.display_name, u.email, r.requested_by, r.requested_at, "
                             "r.due_on, r.state, r.conflict_reason, r.recommendation, r.comment, r.submitted_at, r.reminded_at "
                             "FROM reviews r JOIN users u ON u.id = r.expert_id ";

// The columns of review_columns, bound once to a statement, copied out row by row.
struct ReviewRow {
    Review review;
    std::string state, recommendation;
    long long requested_by = 0, submitted_at = 0, reminded_at = 0;
    soci::indicator requested_by_ind = soci::i_ok, recommendation_ind = soci::i_ok, submitted_ind = soci::i_ok,
                    reminded_ind = soci::i_ok;

    void bind(soci::statement& statement)
    {
        statement.exchange(soci::into(review.id));
        statement.exchange(soci::into(review.dossier_id));
        statement.exchange(soci::into(review.expert_id));
        statement.exchange(soci::into(review.expert_name));
        statement.exchange(soci::into(review.expert_email));
        statement.exchange(soci::into(requested_by, requested_by_ind));
        statement.exchange(soci::into(review.requested_at));
        statement.exchange(soci::into(review.due_on));
        statement.exchange(soci::into(state));
        statement.exchange(soci::into(review.conflict_reason));
        statement.exchange(soci::into(recommendation, recommendation_ind));
        statement.exchange(soci::into(review.comment));
        statement.exchange(soci::into(submitted_at, submitted_ind));
        statement.exchange(soci::into(reminded_at, reminded_ind));
    }

    Review value() const
    {
        Review out = review;
        review_state_from_code(state, out.state);
        out.requested_by = requested_by_ind == soci::i_null ? 0 : requested_by;
        out.recommendation = recommendation_ind == soci::i_null ? std::string() : recommendation;
        out.submitted_at = submitted_ind == soci::i_null ? 0 : submitted_at;
        out.reminded_at = reminded_ind == soci::i_null ? 0 : reminded_at;
        return out;
    }
};

template<typename Key>
std::vector<Review> select_reviews(db::Session& session, const std::string& where, Key key)
{
    ReviewRow row;
    soci::statement statement(session.sql());
    row.bind(statement);
    statement.exchange(soci::use(key));
    statement.alloc();
    statement.prepare(std::string("SELECT ") + review_columns + where);
    statement.define_and_bind();
    statement.execute();
    std::vector<Review> reviews;
    while (statement.fetch())
        reviews.push_back(row.value());
    return reviews;
}

void load_scores(db::Session& session, std::vector<Review>& reviews)
{
    for (auto& review : reviews) {
        ReviewScore score;
        soci::statement statement = (session.sql().prepare
                << "SELECT s.criterion_id, s.score, s.comment FROM review_scores s "
                   "JOIN call_criteria c ON c.id = s.criterion_id WHERE s.review_id = :review ORDER BY c.position, c.id",
            soci::use(review.id), soci::into(score.criterion_id), soci::into(score.score), soci::into(score.comment));
        statement.execute();
        while (statement.fetch())
            review.scores.push_back(score);
    }
}

} // namespace

std::vector<Review> list_dossier_reviews(db::Session& session, long long dossier_id)
{
    auto reviews = select_reviews(session, "WHERE r.dossier_id = :dossier ORDER BY r.requested_at, r.id", dossier_id);
    load_scores(session, reviews);
    return reviews;
}

std::optional<Review> find_review(db::Session& session, long long review_id)
{
    auto reviews = select_reviews(session, "WHERE r.id = :id", review_id);
    if (reviews.empty())
        return std::nullopt;
    load_scores(session, reviews);
    return reviews.front();
}

std::optional<Review> find_review_of(db::Session& session, long long dossier_id, long long expert_id)
{
    long long id = 0;
    session.sql() << "SELECT id FROM reviews WHERE dossier_id = :dossier AND expert_id = :expert", soci::use(dossier_id),
        soci::use(expert_id), soci::into(id);
    if (!session.sql().got_data())
        return std::nullopt;
    return find_review(session, id);
}

long long save_review_request(db::Session& session, const NewReview& review)
{
    NewReview row = review;
    std::string state(review_state_code(row.state));
    long long existing = 0;
    session.sql() << "SELECT id FROM reviews WHERE dossier_id = :dossier AND expert_id = :expert", soci::use(row.dossier_id),
        soci::use(row.expert_id), soci::into(existing);
    if (session.sql().got_data()) {
        // A renewed request starts afresh: nothing of the cancelled one carries over.
        session.sql() << "DELETE FROM review_scores WHERE review_id = :id", soci::use(existing);
        session.sql() << "UPDATE reviews SET requested_by = :by, requested_at = :at, due_on = :due, state = :state, "
                         "conflict_reason = :reason, recommendation = NULL, comment = '', submitted_at = NULL, "
                         "reminded_at = NULL WHERE id = :id",
            soci::use(row.requested_by), soci::use(row.requested_at), soci::use(row.due_on), soci::use(state),
            soci::use(row.conflict_reason), soci::use(existing);
        return existing;
    }
    long long id = 0;
    session.sql() << "INSERT INTO reviews (dossier_id, expert_id, requested_by, requested_at, due_on, state, conflict_reason) "
                     "VALUES (:dossier, :expert, :by, :at, :due, :state, :reason) RETURNING id",
        soci::use(row.dossier_id), soci::use(row.expert_id), soci::use(row.requested_by), soci::use(row.requested_at),
        soci::use(row.due_on), soci::use(state), soci::use(row.conflict_reason), soci::into(id);
    return id;
}

void set_review_state(db::Session& session, long long review_id, ReviewState state, const std::string& conflict_reason)
{
    std::string code(review_state_code(state));
    std::string reason = conflict_reason;
    session.sql() << "UPDATE reviews SET state = :state, conflict_reason = :reason WHERE id = :id", soci::use(code),
        soci::use(reason), soci::use(review_id);
}

void save_opinion(db::Session& session, long long review_id, const OpinionInput& opinion, long long now)
{
    session.sql() << "DELETE FROM review_scores WHERE review_id = :id", soci::use(review_id);
    for (const auto& score : opinion.scores) {
        ReviewScore row = score;
        session.sql() << "INSERT INTO review_scores (review_id, criterion_id, score, comment) "
                         "VALUES (:review, :criterion, :score, :comment)",
            soci::use(review_id), soci::use(row.criterion_id), soci::use(row.score), soci::use(row.comment);
    }
    std::string recommendation(recommendation_code(opinion.recommendation));
    std::string comment = opinion.comment;
    session.sql() << "UPDATE reviews SET state = 'rendu', recommendation = :recommendation, comment = :comment, "
                     "submitted_at = :now WHERE id = :id",
        soci::use(recommendation), soci::use(comment), soci::use(now), soci::use(review_id);
}

std::vector<ExpertRequest> list_expert_requests(db::Session& session, long long expert_id)
{
    auto reviews = select_reviews(session,
        // An expert who declared a conflict of interest is out of the dossier, as after a cancellation.
        "WHERE r.expert_id = :expert AND r.state IN ('demande', 'rendu') "
        "ORDER BY CASE WHEN r.state = 'demande' THEN 0 ELSE 1 END, r.due_on, r.id",
        expert_id);
    std::vector<ExpertRequest> requests;
    for (auto& review : reviews) {
        ExpertRequest request;
        request.review = std::move(review);
        session.sql() << "SELECT c.id, c.title, o.name FROM dossiers d JOIN calls c ON c.id = d.call_id "
                         "JOIN organisations o ON o.id = d.organisation_id WHERE d.id = :dossier",
            soci::use(request.review.dossier_id), soci::into(request.call_id), soci::into(request.call_title),
            soci::into(request.organisation_name);
        requests.push_back(std::move(request));
    }
    return requests;
}

std::vector<OverdueReview> list_overdue_reviews(db::Session& session, const std::string& today, long long reminded_before)
{
    OverdueReview row;
    std::string day = today;
    soci::statement statement = (session.sql().prepare
            << "SELECT r.id, r.dossier_id, u.email, r.due_on, c.title FROM reviews r JOIN users u ON u.id = r.expert_id "
               "JOIN dossiers d ON d.id = r.dossier_id JOIN calls c ON c.id = d.call_id "
               "WHERE r.state = 'demande' AND d.state IN ('depose', 'en_instruction', 'complements_demandes', 'en_comite') "
               "AND r.due_on < :today AND (r.reminded_at IS NULL OR r.reminded_at <= :before) "
               "ORDER BY r.id",
        soci::use(day), soci::use(reminded_before), soci::into(row.id), soci::into(row.dossier_id), soci::into(row.expert_email),
        soci::into(row.due_on), soci::into(row.call_title));
    statement.execute();
    std::vector<OverdueReview> overdue;
    while (statement.fetch())
        overdue.push_back(row);
    return overdue;
}

void mark_reminded(db::Session& session, long long review_id, long long now)
{
    session.sql() << "UPDATE reviews SET reminded_at = :now WHERE id = :id", soci::use(now), soci::use(review_id);
}

} // namespace essaim::labelling
