#include "labelling/committee_store.hpp"

#include "db/session.hpp"
#include "labelling/scoring.hpp"

#include <soci/soci.h>

#include <map>

namespace essaim::labelling {

namespace {

std::string text_or_empty(const std::string& value, soci::indicator indicator)
{
    return indicator == soci::i_null ? std::string() : value;
}
long long number_or_zero(long long value, soci::indicator indicator) { return indicator == soci::i_null ? 0 : value; }

} // namespace

long long insert_committee(db::Session& session, const Committee& committee)
{
    // SOCI binds values and indicators by reference: keep them in locals.
    Committee row = committee;
    soci::indicator call_ind = row.call_id == 0 ? soci::i_null : soci::i_ok;
    soci::indicator created_by_ind = row.created_by == 0 ? soci::i_null : soci::i_ok;
    long long id = 0;
    session.sql() << "INSERT INTO committees (title, meets_on, call_id, state, created_at, created_by) "
                     "VALUES (:title, :meets_on, :call, 'prevu', :created_at, :created_by) RETURNING id",
        soci::use(row.title), soci::use(row.meets_on), soci::use(row.call_id, call_ind), soci::use(row.created_at),
        soci::use(row.created_by, created_by_ind), soci::into(id);
    return id;
}

void update_committee(db::Session& session, const Committee& committee)
{
    Committee row = committee;
    soci::indicator call_ind = row.call_id == 0 ? soci::i_null : soci::i_ok;
    session.sql() << "UPDATE committees SET title = :title, meets_on = :meets_on, call_id = :call WHERE id = :id",
        soci::use(row.title), soci::use(row.meets_on), soci::use(row.call_id, call_ind), soci::use(row.id);
}

void set_committee_state(db::Session& session, long long committee_id, CommitteeState state)
{
    std::string code(committee_state_code(state));
    session.sql() << "UPDATE committees SET state = :state WHERE id = :id", soci::use(code), soci::use(committee_id);
}

std::optional<Committee> find_committee(db::Session& session, long long committee_id)
{
    Committee committee;
    std::string state, call_title;
    long long call_id = 0, created_by = 0;
    soci::indicator call_ind, title_ind, created_by_ind;
    soci::statement statement = (session.sql().prepare
            << "SELECT k.title, k.meets_on, k.call_id, c.title, k.state, k.created_at, k.created_by "
               "FROM committees k LEFT JOIN calls c ON c.id = k.call_id WHERE k.id = :id",
        soci::use(committee_id), soci::into(committee.title), soci::into(committee.meets_on),
        soci::into(call_id, call_ind), soci::into(call_title, title_ind), soci::into(state),
        soci::into(committee.created_at), soci::into(created_by, created_by_ind));
    if (!statement.execute(true))
        return std::nullopt;
    committee.id = committee_id;
    committee.call_id = number_or_zero(call_id, call_ind);
    committee.call_title = text_or_empty(call_title, title_ind);
    committee_state_from_code(state, committee.state);
    committee.created_by = number_or_zero(created_by, created_by_ind);
    return committee;
}

std::vector<CommitteeSummary> list_committees(db::Session& session, long long member_user_id)
{
    std::vector<CommitteeSummary> list;
    long long id = 0, call_id = 0, created_at = 0;
    std::string title, meets_on, call_title, state;
    int members = 0, lines = 0, decided = 0;
    soci::indicator call_ind, call_title_ind;
    // Every session for 0, else a condition on the member; the parameter is used either way.
    std::string filter = member_user_id == 0
        ? "WHERE k.id > :member "
        : "WHERE EXISTS (SELECT 1 FROM committee_members m WHERE m.committee_id = k.id AND m.user_id = :member) ";
    soci::statement statement = (session.sql().prepare
            << "SELECT k.id, k.title, k.meets_on, k.call_id, c.title, k.state, k.created_at, "
               "(SELECT COUNT(*) FROM committee_members m WHERE m.committee_id = k.id), "
               "(SELECT COUNT(*) FROM committee_agenda a WHERE a.committee_id = k.id), "
               "(SELECT COUNT(*) FROM committee_agenda a WHERE a.committee_id = k.id AND a.decision IS NOT NULL) "
               "FROM committees k LEFT JOIN calls c ON c.id = k.call_id "
                + filter + "ORDER BY k.meets_on DESC, k.id DESC",
        soci::use(member_user_id), soci::into(id), soci::into(title), soci::into(meets_on),
        soci::into(call_id, call_ind), soci::into(call_title, call_title_ind), soci::into(state),
        soci::into(created_at), soci::into(members), soci::into(lines), soci::into(decided));
    statement.execute();
    while (statement.fetch()) {
        CommitteeSummary summary;
        summary.committee.id = id;
        summary.committee.title = title;
        summary.committee.meets_on = meets_on;
        summary.committee.call_id = number_or_zero(call_id, call_ind);
        summary.committee.call_title = text_or_empty(call_title, call_title_ind);
        committee_state_from_code(state, summary.committee.state);
        summary.committee.created_at = created_at;
        summary.members = members;
        summary.agenda_lines = lines;
        summary.decided_lines = decided;
        list.push_back(std::move(summary));
    }
    return list;
}

std::vector<CommitteeMember> list_members(db::Session& session, long long committee_id)
{
    std::vector<CommitteeMember> members;
    long long user_id = 0;
    std::string email, name;
    soci::statement statement = (session.sql().prepare
            << "SELECT u.id, u.email, u.display_name FROM committee_members m JOIN users u ON u.id = m.user_id "
               "WHERE m.committee_id = :id ORDER BY u.email",
        soci::use(committee_id), soci::into(user_id), soci::into(email), soci::into(name));
    statement.execute();
    while (statement.fetch())
        members.push_back(CommitteeMember{user_id, email, name});
    return members;
}

void replace_members(db::Session& session, long long committee_id, const std::vector<long long>& user_ids)
{
    session.sql() << "DELETE FROM committee_members WHERE committee_id = :id", soci::use(committee_id);
    for (long long user_id : user_ids) {
        long long id = user_id;
        session.sql() << "INSERT INTO committee_members (committee_id, user_id) VALUES (:committee, :user)",
            soci::use(committee_id), soci::use(id);
    }
}

bool is_committee_member(db::Session& session, long long committee_id, long long user_id)
{
    int count = 0;
    session.sql() << "SELECT COUNT(*) FROM committee_members WHERE committee_id = :committee AND user_id = :user",
        soci::use(committee_id), soci::use(user_id), soci::into(count);
    return count > 0;
}

namespace {

// The weights of the grids of the calls the agenda's dossiers answer, by call.
std::map<long long, std::vector<CriterionWeight>> agenda_grids(db::Session& session, long long committee_id)
{
    std::map<long long, std::vector<CriterionWeight>> grids;
    long long call_id = 0, criterion_id = 0;
    int weight = 0;
    soci::statement statement
        = (session.sql().prepare << "SELECT cc.call_id, cc.id, cc.weight FROM call_criteria cc WHERE cc.call_id IN "
                                    "(SELECT d.call_id FROM committee_agenda a JOIN dossiers d ON d.id = a.dossier_id "
                                    "WHERE a.committee_id = :id) ORDER BY cc.call_id, cc.position, cc.id",
            soci::use(committee_id), soci::into(call_id), soci::into(criterion_id), soci::into(weight));
    statement.execute();
    while (statement.fetch())
        grids[call_id].push_back(CriterionWeight{criterion_id, weight});
    return grids;
}

// The scores of the given opinions on the agenda's dossiers, by review.
std::map<long long, std::vector<CriterionScore>> agenda_scores(db::Session& session, long long committee_id)
{
    std::map<long long, std::vector<CriterionScore>> scores;
    long long review_id = 0, criterion_id = 0;
    int score = 0;
    soci::statement statement = (session.sql().prepare
            << "SELECT s.review_id, s.criterion_id, s.score FROM review_scores s JOIN reviews r ON r.id = s.review_id "
               "JOIN committee_agenda a ON a.dossier_id = r.dossier_id "
               "WHERE a.committee_id = :id AND r.state = 'rendu'",
        soci::use(committee_id), soci::into(review_id), soci::into(criterion_id), soci::into(score));
    statement.execute();
    while (statement.fetch())
        scores[review_id].push_back(CriterionScore{criterion_id, score});
    return scores;
}

} // namespace

std::vector<AgendaLine> list_agenda(db::Session& session, long long committee_id)
{
    std::vector<AgendaLine> lines;
    {
        AgendaLine line;
        std::string state, decision, decided_by;
        long long decided_at = 0;
        soci::indicator decision_ind, decided_at_ind, decided_by_ind;
        soci::statement statement = (session.sql().prepare
                << "SELECT a.dossier_id, a.position, d.organisation_id, o.name, d.call_id, c.title, d.state, "
                   "a.decision, a.motivation, a.decided_at, u.display_name "
                   "FROM committee_agenda a JOIN dossiers d ON d.id = a.dossier_id "
                   "JOIN organisations o ON o.id = d.organisation_id JOIN calls c ON c.id = d.call_id "
                   "LEFT JOIN users u ON u.id = a.decided_by "
                   "WHERE a.committee_id = :id ORDER BY a.position, a.dossier_id",
            soci::use(committee_id), soci::into(line.dossier_id), soci::into(line.position),
            soci::into(line.organisation_id), soci::into(line.organisation_name), soci::into(line.call_id),
            soci::into(line.call_title), soci::into(state), soci::into(decision, decision_ind),
            soci::into(line.motivation), soci::into(decided_at, decided_at_ind),
            soci::into(decided_by, decided_by_ind));
        statement.execute();
        while (statement.fetch()) {
            AgendaLine copy = line;
            state_from_code(state, copy.dossier_state);
            CommitteeDecision parsed;
            if (decision_ind != soci::i_null && decision_from_code(decision, parsed))
                copy.decision = parsed;
            copy.decided_at = number_or_zero(decided_at, decided_at_ind);
            copy.decided_by_name = text_or_empty(decided_by, decided_by_ind);
            lines.push_back(std::move(copy));
        }
    }
    if (lines.empty())
        return lines;

    auto grids = agenda_grids(session, committee_id);
    auto scores = agenda_scores(session, committee_id);
    long long review_id = 0, dossier_id = 0;
    std::string recommendation, expert_name, comment;
    soci::indicator recommendation_ind;
    soci::statement statement
        = (session.sql().prepare << "SELECT r.id, r.dossier_id, r.recommendation, u.display_name, r.comment "
                                    "FROM reviews r JOIN committee_agenda a ON a.dossier_id = r.dossier_id "
                                    "JOIN users u ON u.id = r.expert_id "
                                    "WHERE a.committee_id = :id AND r.state = 'rendu' ORDER BY r.id",
            soci::use(committee_id), soci::into(review_id), soci::into(dossier_id),
            soci::into(recommendation, recommendation_ind), soci::into(expert_name), soci::into(comment));
    statement.execute();
    while (statement.fetch()) {
        for (auto& line : lines) {
            if (line.dossier_id != dossier_id)
                continue;
            AgendaOpinion opinion;
            opinion.review_id = review_id;
            opinion.recommendation = text_or_empty(recommendation, recommendation_ind);
            opinion.expert_name = expert_name;
            opinion.comment = comment;
            auto grid = grids.find(line.call_id);
            auto given = scores.find(review_id);
            if (grid != grids.end() && given != scores.end())
                opinion.score = weighted_score(grid->second, given->second);
            line.opinions.push_back(std::move(opinion));
        }
    }
    return lines;
}

std::vector<AgendaCandidate> list_agenda_candidates(db::Session& session, long long call_id, int limit)
{
    std::vector<AgendaCandidate> candidates;
    AgendaCandidate candidate;
    // Any call for 0, else that call; the parameter is used either way.
    std::string filter = call_id == 0 ? "AND d.call_id > :call " : "AND d.call_id = :call ";
    soci::statement statement = (session.sql().prepare
            << "SELECT d.id, o.name, c.title FROM dossiers d JOIN organisations o ON o.id = d.organisation_id "
               "JOIN calls c ON c.id = d.call_id WHERE d.state = 'en_instruction' "
                + filter + "ORDER BY d.id LIMIT :limit",
        soci::use(call_id), soci::use(limit), soci::into(candidate.dossier_id), soci::into(candidate.organisation_name),
        soci::into(candidate.call_title));
    statement.execute();
    while (statement.fetch())
        candidates.push_back(candidate);
    return candidates;
}

std::optional<bool> agenda_line_decided(db::Session& session, long long committee_id, long long dossier_id)
{
    std::string decision;
    soci::indicator decision_ind;
    soci::statement statement = (session.sql().prepare
            << "SELECT decision FROM committee_agenda WHERE committee_id = :committee AND dossier_id = :dossier",
        soci::use(committee_id), soci::use(dossier_id), soci::into(decision, decision_ind));
    if (!statement.execute(true))
        return std::nullopt;
    return decision_ind != soci::i_null;
}

long long next_committee_for_call(db::Session& session, long long call_id, const std::string& today)
{
    long long id = 0;
    soci::indicator id_ind = soci::i_null;
    // ISO dates compare as text on both backends.
    session.sql() << "SELECT id FROM committees WHERE state = 'prevu' AND meets_on >= :today AND call_id = :call "
                     "ORDER BY meets_on, id LIMIT 1",
        soci::use(today), soci::use(call_id), soci::into(id, id_ind);
    return id_ind == soci::i_ok ? id : 0;
}

long long pending_committee_of(db::Session& session, long long dossier_id)
{
    long long id = 0;
    soci::indicator id_ind = soci::i_null;
    session.sql() << "SELECT a.committee_id FROM committee_agenda a JOIN committees k ON k.id = a.committee_id "
                     "WHERE a.dossier_id = :dossier AND a.decision IS NULL AND k.state = 'prevu' "
                     "ORDER BY k.meets_on, k.id LIMIT 1",
        soci::use(dossier_id), soci::into(id, id_ind);
    return id_ind == soci::i_ok ? id : 0;
}

void insert_agenda_line(db::Session& session, long long committee_id, long long dossier_id)
{
    int position = 0;
    soci::indicator position_ind;
    session.sql() << "SELECT MAX(position) FROM committee_agenda WHERE committee_id = :id", soci::use(committee_id),
        soci::into(position, position_ind);
    int next = (position_ind == soci::i_null ? 0 : position) + 1;
    session.sql()
        << "INSERT INTO committee_agenda (committee_id, dossier_id, position) VALUES (:committee, :dossier, :position)",
        soci::use(committee_id), soci::use(dossier_id), soci::use(next);
}

void record_line_decision(db::Session& session, long long committee_id, long long dossier_id,
    CommitteeDecision decision, const std::string& motivation, long long at, long long decided_by)
{
    std::string code(decision_code(decision));
    session.sql() << "UPDATE committee_agenda SET decision = :decision, motivation = :motivation, decided_at = :at, "
                     "decided_by = :by WHERE committee_id = :committee AND dossier_id = :dossier",
        soci::use(code), soci::use(motivation), soci::use(at), soci::use(decided_by), soci::use(committee_id),
        soci::use(dossier_id);
}

void delete_agenda_line(db::Session& session, long long committee_id, long long dossier_id)
{
    session.sql() << "DELETE FROM committee_agenda WHERE committee_id = :committee AND dossier_id = :dossier",
        soci::use(committee_id), soci::use(dossier_id);
}

int count_undecided_lines(db::Session& session, long long committee_id)
{
    int count = 0;
    session.sql() << "SELECT COUNT(*) FROM committee_agenda a JOIN dossiers d ON d.id = a.dossier_id "
                     "WHERE a.committee_id = :id AND a.decision IS NULL AND d.state = 'en_comite'",
        soci::use(committee_id), soci::into(count);
    return count;
}

std::vector<CallChoice> list_call_choices(db::Session& session)
{
    std::vector<CallChoice> calls;
    CallChoice call;
    soci::statement statement
        = (session.sql().prepare << "SELECT id, title FROM calls WHERE state <> 'brouillon' ORDER BY id DESC",
            soci::into(call.id), soci::into(call.title));
    statement.execute();
    while (statement.fetch())
        calls.push_back(call);
    return calls;
}

} // namespace essaim::labelling
