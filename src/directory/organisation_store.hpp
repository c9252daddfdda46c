#pragma once
// SQL for organisations, their actor types, owners and revisions. Writers expect the caller's
// transaction.

#include "directory/organisation.hpp"

#include <optional>
#include <string>
#include <vector>

namespace essaim::db {
class Session;
}

namespace essaim::directory {

std::optional<Organisation> find_organisation(db::Session& session, long long id);
//! How many organisations exist, whatever their status.
long long count_organisations(db::Session& session);

//! Holds the organisation's row until the transaction ends, so that a read-modify-write (edit,
//! moderation) records what it really replaced. PostgreSQL locks the row; SQLite's write
//! transaction already excludes every other writer.
void lock_organisation(db::Session& session, long long id);

//! Inserts the organisation with its actor types (id ignored); nothing when its SIREN or RNA is
//! already taken (a concurrent creation included).
std::optional<long long> insert_organisation(db::Session& session, const Organisation& organisation);

//! Writes the profile, status, refusal reason, updated_at and member_edited_fields, and replaces the actor types.
void update_organisation(db::Session& session, const Organisation& organisation);

//! Sets the moderation outcome (status, reason) and who decided, when.
void record_moderation(db::Session& session, long long id, OrganisationStatus status, const std::string& refusal_reason,
    long long at, long long moderator_user_id);

//! The organisation holding `siren` (or `rna`), other than `except_id`.
std::optional<long long> organisation_with_siren(db::Session& session, const std::string& siren, long long except_id = 0);
std::optional<long long> organisation_with_rna(db::Session& session, const std::string& rna, long long except_id = 0);

//! Makes `user_id` an owner of the organisation.
void add_owner(db::Session& session, long long organisation_id, long long user_id);
//! The e-mail addresses of the organisation's owners, to tell them about moderation.
std::vector<std::string> owner_emails(db::Session& session, long long organisation_id);

struct CommunePlace {
    std::string code;
    std::string name;
    std::string department_code;
    std::string department_name;
};
//! The commune with INSEE code `code`, from the territory reference tables.
std::optional<CommunePlace> find_commune(db::Session& session, const std::string& code);

void insert_revision(db::Session& session, long long organisation_id, long long at, long long actor_user_id,
    const std::string& changes_json);

struct RevisionRow {
    long long id = 0;
    long long at = 0;
    long long actor_user_id = 0;  //!< 0 = the system
    std::string actor_name;       //!< display name of the account, "" when none
    std::string changes_json;
};
//! Newest first.
std::vector<RevisionRow> list_revisions(db::Session& session, long long organisation_id, int limit);

struct PendingOrganisation {
    long long id = 0;
    std::string name;
    std::string siren;
    std::string commune_code;
    std::string commune_name;
    long long created_at = 0;
    std::string creator_email;
};
//! Organisations awaiting moderation, oldest first.
std::vector<PendingOrganisation> list_pending(db::Session& session, int limit);
long long count_pending(db::Session& session);

} // namespace essaim::directory
