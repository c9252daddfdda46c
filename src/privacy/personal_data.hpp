#pragma once
// Everything the platform holds about one member, gathered for the "Mes données" page and its
// JSON download (right of access and to portability, RGPD articles 15 and 20).

#include "auth/permissions.hpp"
#include "auth/session_store.hpp"
#include "auth/user_store.hpp"
#include "privacy/privacy_store.hpp"

#include <set>
#include <string>
#include <vector>

namespace essaim::db {
class Session;
}

namespace essaim::privacy {

//! How many security journal entries the export carries (newest first).
inline constexpr int journal_export_limit = 500;

struct PersonalData {
    auth::UserRecord account;
    std::set<auth::Role> roles;
    std::vector<auth::SessionRow> sessions;
    std::vector<auth::Membership> memberships;
    std::vector<TeamRow> teams;
    std::vector<ProjectRow> projects;
    std::vector<DossierRow> dossiers;
    std::vector<ReviewRow> reviews;
    std::vector<ClaimRow> claims;
    std::vector<MessageRow> messages;
    std::vector<JournalRow> journal;
};

//! Reads everything about `user_id` (NotFound semantics are the caller's: the account exists while signed in).
PersonalData collect_personal_data(db::Session& session, long long user_id);

//! The JSON export: one object, French keys, times as ISO 8601 UTC and Unix seconds.
std::string personal_data_json(const PersonalData& data, long long generated_at);

//! "2026-11-29T06:00:00Z" for Unix seconds.
std::string iso_utc(long long at);

} // namespace essaim::privacy
