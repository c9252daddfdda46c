#include "privacy/privacy_store.hpp"

#include "db/session.hpp"
#include "labelling/dossier_store.hpp"

#include <soci/soci.h>

namespace essaim::privacy {

namespace {

// The organisations the member belongs to, as a sub-query with one placeholder.
constexpr const char* member_organisations = "SELECT organisation_id FROM organisation_memberships WHERE user_id = :member";

std::string text_or_empty(const std::string& value, soci::indicator indicator)
{
    return indicator == soci::i_null ? std::string() : value;
}

long long number_or_zero(long long value, soci::indicator indicator) { return indicator == soci::i_null ? 0 : value; }

// LIKE pattern matching `needle` anywhere, with '!' as the escape character on both backends
// (PostgreSQL would otherwise read a backslash of a JSON escape as its default escape).
std::string containing(const std::string& needle)
{
    std::string pattern = "%";
    for (char c : needle) {
        if (c == '!' || c == '%' || c == '_')
            pattern += '!';
        pattern += c;
    }
    return pattern + "%";
}

// One rewrite: `column` of `table`, restricted by `scope`, whose two placeholders take the user id.
struct TextTarget {
    const char* table;
    const char* column;
    std::string scope;
};

std::vector<TextTarget> linked_text_targets()
{
    const std::string organisations = std::string("id IN (") + member_organisations + ") OR created_by = :creator";
    const std::string organisation_children
        = std::string("organisation_id IN (") + member_organisations + ") OR created_by = :creator";
    const std::string dossier_children = std::string("dossier_id IN (SELECT id FROM dossiers WHERE organisation_id IN (")
        + member_organisations + ") OR created_by = :creator)";
    std::vector<TextTarget> targets;
    for (const char* column : {"name", "acronym", "description", "address_line", "website", "refusal_reason"})
        targets.push_back({"organisations", column, organisations});
    targets.push_back({"organisation_revisions", "changes_json",
        std::string("organisation_id IN (") + member_organisations + ") OR actor_user_id = :creator"});
    for (const char* column : {"title", "summary", "social_need", "beneficiaries", "needs_details", "hidden_reason"})
        targets.push_back({"projects", column, organisation_children});
    targets.push_back({"project_revisions", "changes_json",
        std::string("project_id IN (SELECT id FROM projects WHERE organisation_id IN (") + member_organisations
            + ")) OR actor_user_id = :creator"});
    targets.push_back({"dossiers", "answers_json", organisation_children});
    targets.push_back({"dossier_messages", "body", dossier_children});
    targets.push_back({"dossier_transitions", "motivation", dossier_children});
    targets.push_back({"dossier_attachments", "file_name", dossier_children});
    targets.push_back({"reviews", "comment", "expert_id = :member OR expert_id = :creator"});
    targets.push_back({"reviews", "conflict_reason", "expert_id = :member OR expert_id = :creator"});
    targets.push_back({"organisation_claims", "message", "user_id = :member OR user_id = :creator"});
    return targets;
}

long long replace_text(db::Session& session, const std::string& table, const std::string& column, const std::string& scope,
    long long user_id, const std::string& needle, const std::string& pseudonym)
{
    auto pattern = containing(needle);
    auto sql = "UPDATE " + table + " SET " + column + " = REPLACE(" + column + ", :needle, :pseudonym) WHERE (" + scope
        + ") AND " + column + " LIKE :pattern ESCAPE '!'";
    soci::statement statement = (session.sql().prepare << sql, soci::use(needle), soci::use(pseudonym), soci::use(user_id),
        soci::use(user_id), soci::use(pattern));
    statement.execute(true);
    return statement.get_affected_rows();
}

} // namespace

std::vector<ProjectRow> member_projects(db::Session& session, long long user_id)
{
    std::vector<ProjectRow> rows;
    ProjectRow row;
    long long created_by = 0;
    soci::indicator created_ind = soci::i_ok;
    soci::statement statement = (session.sql().prepare
            << std::string("SELECT p.id, p.title, o.name, p.status, p.created_by FROM projects p "
                           "JOIN organisations o ON o.id = p.organisation_id "
                           "WHERE p.organisation_id IN (")
                + member_organisations + ") OR p.created_by = :creator ORDER BY p.id",
        soci::use(user_id), soci::use(user_id), soci::into(row.id), soci::into(row.title), soci::into(row.organisation_name),
        soci::into(row.status), soci::into(created_by, created_ind));
    statement.execute();
    while (statement.fetch()) {
        row.created_by_member = number_or_zero(created_by, created_ind) == user_id;
        rows.push_back(row);
    }
    return rows;
}

std::vector<DossierRow> member_dossiers(db::Session& session, long long user_id)
{
    std::vector<DossierRow> rows;
    {
        DossierRow row;
        long long created_by = 0;
        long long deposited = 0;
        soci::indicator created_ind = soci::i_ok;
        soci::indicator deposited_ind = soci::i_ok;
        soci::statement statement = (session.sql().prepare
                << std::string("SELECT d.id, c.title, o.name, d.state, d.answers_json, f.definition_json, d.created_at, "
                               "d.updated_at, d.deposited_at, d.created_by FROM dossiers d "
                               "JOIN calls c ON c.id = d.call_id JOIN organisations o ON o.id = d.organisation_id "
                               "JOIN call_forms f ON f.id = d.form_id "
                               "WHERE d.organisation_id IN (")
                    + member_organisations + ") OR d.created_by = :creator ORDER BY d.id",
            soci::use(user_id), soci::use(user_id), soci::into(row.id), soci::into(row.call_title),
            soci::into(row.organisation_name), soci::into(row.state), soci::into(row.answers_json), soci::into(row.form_json), soci::into(row.created_at),
            soci::into(row.updated_at), soci::into(deposited, deposited_ind), soci::into(created_by, created_ind));
        statement.execute();
        while (statement.fetch()) {
            row.deposited_at = number_or_zero(deposited, deposited_ind);
            row.created_by_member = number_or_zero(created_by, created_ind) == user_id;
            rows.push_back(row);
        }
    }
    for (auto& dossier : rows) {
        AttachmentRow attachment;
        long long uploaded_by = 0;
        soci::indicator uploaded_ind = soci::i_ok;
        soci::statement statement = (session.sql().prepare
                << "SELECT id, dossier_id, file_name, content_type, size_bytes, sha256, uploaded_by "
                   "FROM dossier_attachments WHERE dossier_id = :dossier ORDER BY id",
            soci::use(dossier.id), soci::into(attachment.id), soci::into(attachment.dossier_id),
            soci::into(attachment.file_name), soci::into(attachment.content_type), soci::into(attachment.size_bytes),
            soci::into(attachment.sha256), soci::into(uploaded_by, uploaded_ind));
        statement.execute();
        while (statement.fetch()) {
            attachment.uploaded_by_member = number_or_zero(uploaded_by, uploaded_ind) == user_id;
            dossier.attachments.push_back(attachment);
        }
    }
    return rows;
}

std::vector<ReviewRow> member_reviews(db::Session& session, long long user_id)
{
    std::vector<ReviewRow> rows;
    {
        ReviewRow row;
        std::string recommendation;
        long long submitted = 0;
        soci::indicator recommendation_ind = soci::i_ok;
        soci::indicator submitted_ind = soci::i_ok;
        soci::statement statement = (session.sql().prepare
                << "SELECT id, dossier_id, state, due_on, recommendation, comment, conflict_reason, submitted_at "
                   "FROM reviews WHERE expert_id = :expert ORDER BY id",
            soci::use(user_id), soci::into(row.id), soci::into(row.dossier_id), soci::into(row.state), soci::into(row.due_on),
            soci::into(recommendation, recommendation_ind), soci::into(row.comment), soci::into(row.conflict_reason),
            soci::into(submitted, submitted_ind));
        statement.execute();
        while (statement.fetch()) {
            row.recommendation = text_or_empty(recommendation, recommendation_ind);
            row.submitted_at = number_or_zero(submitted, submitted_ind);
            rows.push_back(row);
        }
    }
    for (auto& review : rows) {
        ReviewScoreRow score;
        soci::statement statement = (session.sql().prepare
                << "SELECT c.title, s.score, s.comment FROM review_scores s JOIN call_criteria c ON c.id = s.criterion_id "
                   "WHERE s.review_id = :review ORDER BY c.position",
            soci::use(review.id), soci::into(score.criterion), soci::into(score.score), soci::into(score.comment));
        statement.execute();
        while (statement.fetch())
            review.scores.push_back(score);
    }
    return rows;
}

std::vector<ClaimRow> member_claims(db::Session& session, long long user_id)
{
    std::vector<ClaimRow> rows;
    ClaimRow row;
    soci::statement statement = (session.sql().prepare
            << "SELECT c.id, o.name, c.status, c.message, c.created_at FROM organisation_claims c "
               "JOIN organisations o ON o.id = c.organisation_id WHERE c.user_id = :member ORDER BY c.id",
        soci::use(user_id), soci::into(row.id), soci::into(row.organisation_name), soci::into(row.status),
        soci::into(row.message), soci::into(row.created_at));
    statement.execute();
    while (statement.fetch())
        rows.push_back(row);
    return rows;
}

std::vector<MessageRow> member_messages(db::Session& session, long long user_id)
{
    std::vector<MessageRow> rows;
    MessageRow row;
    soci::statement statement = (session.sql().prepare
            << "SELECT id, dossier_id, visibility, body, created_at FROM dossier_messages WHERE author_user_id = :member "
               "ORDER BY id",
        soci::use(user_id), soci::into(row.id), soci::into(row.dossier_id), soci::into(row.visibility), soci::into(row.body),
        soci::into(row.created_at));
    statement.execute();
    while (statement.fetch())
        rows.push_back(row);
    return rows;
}

std::vector<JournalRow> member_journal(db::Session& session, long long user_id, int limit)
{
    std::vector<JournalRow> rows;
    JournalRow row;
    std::string before;
    std::string after;
    soci::indicator before_ind = soci::i_ok;
    soci::indicator after_ind = soci::i_ok;
    auto target = std::to_string(user_id);
    soci::statement statement = (session.sql().prepare
            << "SELECT id, at, action, remote_address, before_json, after_json FROM audit_log "
               "WHERE actor_user_id = :member OR (target_type = 'user' AND target_id = :target) ORDER BY id DESC LIMIT :limit",
        soci::use(user_id), soci::use(target), soci::use(limit), soci::into(row.id), soci::into(row.at),
        soci::into(row.action), soci::into(row.remote_address), soci::into(before, before_ind),
        soci::into(after, after_ind));
    statement.execute();
    while (statement.fetch()) {
        row.details = text_or_empty(after, after_ind);
        if (row.details.empty())
            row.details = text_or_empty(before, before_ind);
        rows.push_back(row);
    }
    return rows;
}

std::vector<TeamRow> member_teams(db::Session& session, long long user_id)
{
    std::vector<TeamRow> rows;
    std::string label;
    std::string name;
    {
        soci::statement statement = (session.sql().prepare
                << "SELECT c.title FROM call_instructors i JOIN calls c ON c.id = i.call_id WHERE i.user_id = :member "
                   "ORDER BY c.id",
            soci::use(user_id), soci::into(label));
        statement.execute();
        while (statement.fetch())
            rows.push_back({"appel", label, {}});
    }
    {
        soci::statement statement = (session.sql().prepare
                << "SELECT i.region_code, COALESCE(r.name, i.region_code) FROM instructor_regions i "
                   "LEFT JOIN regions r ON r.code = i.region_code WHERE i.user_id = :member ORDER BY i.region_code",
            soci::use(user_id), soci::into(label), soci::into(name));
        statement.execute();
        while (statement.fetch())
            rows.push_back({"region", label, name});
    }
    {
        soci::statement statement = (session.sql().prepare
                << "SELECT c.title FROM committee_members m JOIN committees c ON c.id = m.committee_id "
                   "WHERE m.user_id = :member ORDER BY c.id",
            soci::use(user_id), soci::into(label));
        statement.execute();
        while (statement.fetch())
            rows.push_back({"comite", label, {}});
    }
    return rows;
}

long long begin_erasure(db::Session& session, long long user_id, const std::string& reason, long long now)
{
    long long id = 0;
    session.sql() << "INSERT INTO account_erasures (user_id, reason, started_at) VALUES (:user, :reason, :at) RETURNING id",
        soci::use(user_id), soci::use(reason), soci::use(now), soci::into(id);
    return id;
}

void finish_erasure(db::Session& session, long long erasure_id, long long now)
{
    session.sql() << "UPDATE account_erasures SET finished_at = :at WHERE id = :id", soci::use(now), soci::use(erasure_id);
}

std::vector<long long> drafts_only_theirs(db::Session& session, long long user_id)
{
    std::vector<long long> ids;
    long long id = 0;
    soci::statement statement = (session.sql().prepare
            << "SELECT d.id FROM dossiers d WHERE d.state = 'brouillon' AND d.created_by = :member "
               "AND NOT EXISTS (SELECT 1 FROM organisation_memberships m WHERE m.organisation_id = d.organisation_id "
               "AND m.user_id <> :again) ORDER BY d.id",
        soci::use(user_id), soci::use(user_id), soci::into(id));
    statement.execute();
    while (statement.fetch())
        ids.push_back(id);
    return ids;
}

std::vector<std::string> attachment_hashes(db::Session& session, long long dossier_id)
{
    std::vector<std::string> hashes;
    std::string hash;
    soci::statement statement = (session.sql().prepare << "SELECT sha256 FROM dossier_attachments WHERE dossier_id = :dossier",
        soci::use(dossier_id), soci::into(hash));
    statement.execute();
    while (statement.fetch())
        hashes.push_back(hash);
    return hashes;
}

void delete_dossier(db::Session& session, long long dossier_id)
{
    // Rows that name the dossier without a cascade (SQLite runs without the foreign_keys pragma).
    session.sql() << "DELETE FROM committee_agenda WHERE dossier_id = :id", soci::use(dossier_id);
    session.sql() << "DELETE FROM dossier_transitions WHERE dossier_id = :id", soci::use(dossier_id);
    labelling::delete_dossier_row(session, dossier_id);
}

long long replace_in_linked_texts(db::Session& session, long long user_id, const std::vector<std::string>& email_needles,
    const std::vector<std::string>& name_needles, const std::string& pseudonym)
{
    long long changed = 0;
    auto target = std::to_string(user_id);
    auto rewrite_audit = [&](const std::string& needle, bool anywhere) {
        for (const char* column : {"before_json", "after_json", "remote_address"}) {
            auto pattern = containing(needle);
            auto sql = std::string("UPDATE audit_log SET ") + column + " = REPLACE(" + column + ", :needle, :pseudonym) WHERE "
                + column + " LIKE :pattern ESCAPE '!'";
            if (!anywhere)
                sql += " AND (actor_user_id = :member OR (target_type = 'user' AND target_id = :target))";
            if (anywhere) {
                soci::statement statement
                    = (session.sql().prepare << sql, soci::use(needle), soci::use(pseudonym), soci::use(pattern));
                statement.execute(true);
                changed += statement.get_affected_rows();
            } else {
                soci::statement statement = (session.sql().prepare << sql, soci::use(needle), soci::use(pseudonym),
                    soci::use(pattern), soci::use(user_id), soci::use(target));
                statement.execute(true);
                changed += statement.get_affected_rows();
            }
        }
    };
    for (const auto& needle : email_needles) {
        if (needle.empty())
            continue;
        for (const auto& text : linked_text_targets())
            changed += replace_text(session, text.table, text.column, text.scope, user_id, needle, pseudonym);
        // An address is distinctive: any entry quoting it is about them (a failed sign-in or a
        // sign-up attempt with their address, made while signed out, names no account).
        rewrite_audit(needle, true);
    }
    for (const auto& needle : name_needles) {
        if (needle.empty())
            continue;
        for (const auto& text : linked_text_targets())
            changed += replace_text(session, text.table, text.column, text.scope, user_id, needle, pseudonym);
        // A name is not distinctive: only the entries by them or about their account.
        rewrite_audit(needle, false);
    }
    return changed;
}

std::vector<OutboxRow> outbox_rows_to(db::Session& session, const std::string& email)
{
    std::vector<OutboxRow> rows;
    OutboxRow row;
    long long sent = 0;
    soci::indicator sent_ind = soci::i_ok;
    soci::statement statement = (session.sql().prepare
            << "SELECT id, created_at, sent_at FROM outbox WHERE recipient = :email",
        soci::use(email), soci::into(row.id), soci::into(row.created_at), soci::into(sent, sent_ind));
    statement.execute();
    while (statement.fetch()) {
        row.sent = sent_ind != soci::i_null;
        rows.push_back(row);
    }
    return rows;
}

long long purge_outbox(db::Session& session, const std::string& email, const std::string& pseudonym)
{
    soci::statement removal = (session.sql().prepare << "DELETE FROM outbox WHERE recipient = :email", soci::use(email));
    removal.execute(true);
    auto deleted = removal.get_affected_rows();
    auto pattern = containing(email);
    for (const char* column : {"subject", "body_text"}) {
        auto sql = std::string("UPDATE outbox SET ") + column + " = REPLACE(" + column + ", :needle, :pseudonym) WHERE " + column
            + " LIKE :pattern ESCAPE '!'";
        session.sql() << sql, soci::use(email), soci::use(pseudonym), soci::use(pattern);
    }
    return deleted;
}

void remove_links(db::Session& session, long long user_id, const std::string& email)
{
    // Explicit deletes: SQLite runs without the foreign_keys pragma, so no cascade does it.
    for (const char* table : {"sessions", "one_time_tokens", "user_roles", "organisation_memberships", "organisation_claims",
             "call_instructors", "instructor_regions"}) {
        session.sql() << std::string("DELETE FROM ") + table + " WHERE user_id = :member", soci::use(user_id);
    }
    session.sql() << "DELETE FROM sign_in_failures WHERE key_kind = 'account' AND key = :email", soci::use(email);
    // An opinion not given yet will not be: the instruction team sees it cancelled and may ask someone else.
    session.sql() << "UPDATE reviews SET state = 'annule' WHERE expert_id = :member AND state = 'demande'", soci::use(user_id);
    // Open dossiers they instruct go back to the team's queue; decided ones keep the pseudonymous name.
    session.sql() << "UPDATE dossiers SET instructor_id = NULL WHERE instructor_id = :member "
                     "AND state IN ('depose', 'en_instruction', 'complements_demandes', 'en_comite')",
        soci::use(user_id);
}

void anonymise_user(db::Session& session, long long user_id, const std::string& pseudonym, long long now)
{
    // The pseudonym is unique per account (it carries the id), as the e-mail column requires, and
    // holds no '@': no address check accepts it and no mail can be sent to it. An empty hash never verifies.
    std::string empty;
    session.sql() << "UPDATE users SET email = :email, display_name = :name, password_hash = :hash, updated_at = :at, "
                     "deleted_at = :deleted WHERE id = :id",
        soci::use(pseudonym), soci::use(pseudonym), soci::use(empty), soci::use(now), soci::use(now), soci::use(user_id);
}

void delete_user(db::Session& session, long long user_id)
{
    session.sql() << "DELETE FROM users WHERE id = :id", soci::use(user_id);
}

std::vector<RetentionAccount> unconfirmed_accounts_to_remind(db::Session& session, long long created_before)
{
    std::vector<RetentionAccount> rows;
    RetentionAccount row;
    soci::statement statement = (session.sql().prepare
            << "SELECT id, email, created_at FROM users WHERE confirmed_at IS NULL AND deleted_at IS NULL "
               "AND retention_notice_at IS NULL AND created_at < :before ORDER BY id",
        soci::use(created_before), soci::into(row.id), soci::into(row.email), soci::into(row.created_at));
    statement.execute();
    while (statement.fetch())
        rows.push_back(row);
    return rows;
}

void mark_account_reminded(db::Session& session, long long user_id, long long at)
{
    session.sql() << "UPDATE users SET retention_notice_at = :at WHERE id = :id", soci::use(at), soci::use(user_id);
}

std::vector<RetentionAccount> unconfirmed_accounts_to_delete(
    db::Session& session, long long created_before, long long reminded_before)
{
    std::vector<RetentionAccount> rows;
    RetentionAccount row;
    soci::statement statement = (session.sql().prepare
            << "SELECT id, email, created_at FROM users WHERE confirmed_at IS NULL AND deleted_at IS NULL "
               "AND retention_notice_at IS NOT NULL AND retention_notice_at <= :reminded AND created_at < :created "
               "ORDER BY id",
        soci::use(reminded_before), soci::use(created_before), soci::into(row.id), soci::into(row.email),
        soci::into(row.created_at));
    statement.execute();
    while (statement.fetch())
        rows.push_back(row);
    return rows;
}

std::vector<RetentionDraft> drafts_to_notify(db::Session& session, long long updated_before)
{
    std::vector<RetentionDraft> rows;
    {
        RetentionDraft row;
        soci::statement statement = (session.sql().prepare
                << "SELECT d.id, c.title, o.name, d.updated_at FROM dossiers d JOIN calls c ON c.id = d.call_id "
                   "JOIN organisations o ON o.id = d.organisation_id WHERE d.state = 'brouillon' AND d.updated_at < :before "
                   "AND (d.retention_notice_at IS NULL OR d.retention_notice_at < d.updated_at) ORDER BY d.id",
            soci::use(updated_before), soci::into(row.id), soci::into(row.call_title), soci::into(row.organisation_name),
            soci::into(row.updated_at));
        statement.execute();
        while (statement.fetch())
            rows.push_back(row);
    }
    for (auto& draft : rows) {
        std::string email;
        // The member who started it, unless erased; else the organisation's owners.
        soci::statement creator = (session.sql().prepare
                << "SELECT u.email FROM dossiers d JOIN users u ON u.id = d.created_by "
                   "WHERE d.id = :id AND u.deleted_at IS NULL",
            soci::use(draft.id), soci::into(email));
        creator.execute();
        while (creator.fetch())
            draft.recipients.push_back(email);
        if (!draft.recipients.empty())
            continue;
        soci::statement owners = (session.sql().prepare
                << "SELECT u.email FROM dossiers d JOIN organisation_memberships m ON m.organisation_id = d.organisation_id "
                   "JOIN users u ON u.id = m.user_id WHERE d.id = :id AND m.role = 'owner' AND u.deleted_at IS NULL "
                   "ORDER BY u.id",
            soci::use(draft.id), soci::into(email));
        owners.execute();
        while (owners.fetch())
            draft.recipients.push_back(email);
    }
    return rows;
}

void mark_draft_notified(db::Session& session, long long dossier_id, long long at)
{
    session.sql() << "UPDATE dossiers SET retention_notice_at = :at WHERE id = :id", soci::use(at), soci::use(dossier_id);
}

std::vector<long long> drafts_to_delete(db::Session& session, long long updated_before, long long notified_before)
{
    std::vector<long long> ids;
    long long id = 0;
    soci::statement statement = (session.sql().prepare
            << "SELECT id FROM dossiers WHERE state = 'brouillon' AND updated_at < :updated "
               "AND retention_notice_at IS NOT NULL AND retention_notice_at >= updated_at "
               "AND retention_notice_at <= :notified ORDER BY id",
        soci::use(updated_before), soci::use(notified_before), soci::into(id));
    statement.execute();
    while (statement.fetch())
        ids.push_back(id);
    return ids;
}

} // namespace essaim::privacy
