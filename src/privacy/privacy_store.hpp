#pragma once
// SQL of the privacy module: reading everything held about one member (export), removing or
// pseudonymising it (erasure), and finding what the retention job must notify or delete.

#include <string>
#include <vector>

namespace essaim::db {
class Session;
}

namespace essaim::privacy {

//! A project of one of the member's organisations, or one they created.
struct ProjectRow {
    long long id = 0;
    std::string title;
    std::string organisation_name;
    std::string status;
    bool created_by_member = false;
};

struct AttachmentRow {
    long long id = 0;
    long long dossier_id = 0;
    std::string file_name;
    std::string content_type;
    long long size_bytes = 0;
    std::string sha256;
    bool uploaded_by_member = false;
};

//! A dossier of one of the member's organisations, or one they started.
struct DossierRow {
    long long id = 0;
    std::string call_title;
    std::string organisation_name;
    std::string state;
    std::string answers_json;
    std::string form_json;  //!< the definition of the form version answered, for the questions' labels
    long long created_at = 0;
    long long updated_at = 0;
    long long deposited_at = 0;  //!< 0 = never
    bool created_by_member = false;
    std::vector<AttachmentRow> attachments;
};

struct ReviewScoreRow {
    std::string criterion;
    int score = 0;
    std::string comment;
};

//! An opinion asked of the member as an expert.
struct ReviewRow {
    long long id = 0;
    long long dossier_id = 0;
    std::string state;
    std::string due_on;
    std::string recommendation;
    std::string comment;
    std::string conflict_reason;
    long long submitted_at = 0;
    std::vector<ReviewScoreRow> scores;
};

struct ClaimRow {
    long long id = 0;
    std::string organisation_name;
    std::string status;
    std::string message;
    long long created_at = 0;
};

struct MessageRow {
    long long id = 0;
    long long dossier_id = 0;
    std::string visibility;
    std::string body;
    long long created_at = 0;
};

//! An entry of the security journal the member did or that is about their account.
struct JournalRow {
    long long id = 0;
    long long at = 0;
    std::string action;
    std::string remote_address;
    std::string details;  //!< after_json, or before_json when there is no after state
};

//! Teams the member belongs to: calls they instruct, regions, committees.
struct TeamRow {
    std::string kind;  //!< "appel", "region", "comite"
    std::string label;
    std::string shown;  //!< how the page names it, when the label is a code (a region's name)
};

std::vector<ProjectRow> member_projects(db::Session& session, long long user_id);
//! Dossiers with their attachments.
std::vector<DossierRow> member_dossiers(db::Session& session, long long user_id);
std::vector<ReviewRow> member_reviews(db::Session& session, long long user_id);
std::vector<ClaimRow> member_claims(db::Session& session, long long user_id);
std::vector<MessageRow> member_messages(db::Session& session, long long user_id);
//! Newest first, at most `limit`.
std::vector<JournalRow> member_journal(db::Session& session, long long user_id, int limit);
std::vector<TeamRow> member_teams(db::Session& session, long long user_id);

// ---- erasure ------------------------------------------------------------------------------

//! Opens the erasure record (the audit log accepts rewrites of its JSON while one is open).
long long begin_erasure(db::Session& session, long long user_id, const std::string& reason, long long now);
void finish_erasure(db::Session& session, long long erasure_id, long long now);

//! Drafts the member started on an organisation where nobody else is a member: theirs alone.
std::vector<long long> drafts_only_theirs(db::Session& session, long long user_id);
//! The SHA-256 of every attachment of `dossier_id`.
std::vector<std::string> attachment_hashes(db::Session& session, long long dossier_id);
void delete_dossier(db::Session& session, long long dossier_id);

//! Replaces each needle (e-mail forms anywhere in the audit log, name forms only in entries by
//! or about the member) by `pseudonym` in the free text of records the member is linked to
//! (their organisations and projects and their revisions, dossiers and messages, audit entries).
//! Call before the memberships are removed. Answers the number of rows changed.
long long replace_in_linked_texts(db::Session& session, long long user_id, const std::vector<std::string>& email_needles,
    const std::vector<std::string>& name_needles, const std::string& pseudonym);

//! The outbox rows addressed to `email` (id, created_at, whether delivered).
struct OutboxRow {
    long long id = 0;
    long long created_at = 0;
    bool sent = false;
};
std::vector<OutboxRow> outbox_rows_to(db::Session& session, const std::string& email);
//! Deletes the rows to `email`, and replaces `email` in the text of the others. Answers the deleted count.
long long purge_outbox(db::Session& session, const std::string& email, const std::string& pseudonym);

//! Removes memberships, claims, roles, sessions, tokens, teams and the failed sign-ins keyed by
//! the e-mail; cancels pending opinion requests; hands back open dossiers they instruct.
void remove_links(db::Session& session, long long user_id, const std::string& email);

//! Blanks the account row: e-mail and name become the pseudonym, no password, deleted_at set.
void anonymise_user(db::Session& session, long long user_id, const std::string& pseudonym, long long now);
//! Deletes the account row (an account never confirmed: nothing of others refers to it).
void delete_user(db::Session& session, long long user_id);

// ---- retention ------------------------------------------------------------------------------

struct RetentionAccount {
    long long id = 0;
    std::string email;
    long long created_at = 0;
};

struct RetentionDraft {
    long long id = 0;
    std::string call_title;
    std::string organisation_name;
    long long updated_at = 0;
    std::vector<std::string> recipients;  //!< the creator, else the organisation's owners
};

//! Unconfirmed, not erased accounts created before `created_before` and not yet reminded.
std::vector<RetentionAccount> unconfirmed_accounts_to_remind(db::Session& session, long long created_before);
void mark_account_reminded(db::Session& session, long long user_id, long long at);
//! Unconfirmed accounts created before `created_before` and reminded before `reminded_before`.
std::vector<RetentionAccount> unconfirmed_accounts_to_delete(
    db::Session& session, long long created_before, long long reminded_before);

//! Drafts untouched since `updated_before` whose notice is missing or older than their last change.
std::vector<RetentionDraft> drafts_to_notify(db::Session& session, long long updated_before);
void mark_draft_notified(db::Session& session, long long dossier_id, long long at);
//! Drafts untouched since `updated_before` notified (after their last change) before `notified_before`.
std::vector<long long> drafts_to_delete(db::Session& session, long long updated_before, long long notified_before);

} // namespace essaim::privacy
