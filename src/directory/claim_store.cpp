#include "directory/claim_store.hpp"

#include "db/session.hpp"

#include <soci/soci.h>

namespace essaim::directory {

long long insert_claim(db::Session& session, const Claim& claim)
{
    long long id = 0;
    std::string status(claim_status_code(claim.status));
    session.sql() << "INSERT INTO organisation_claims (organisation_id, user_id, message, status, created_at) "
                     "VALUES (:organisation, :user, :message, :status, :created) RETURNING id",
        soci::use(claim.organisation_id), soci::use(claim.user_id), soci::use(claim.message), soci::use(status),
        soci::use(claim.created_at), soci::into(id);
    return id;
}

std::optional<Claim> find_claim(db::Session& session, long long id)
{
    Claim claim;
    std::string status;
    int automatic = 0;
    session.sql() << "SELECT id, organisation_id, user_id, message, status, automatic, refusal_reason, created_at "
                     "FROM organisation_claims WHERE id = :id",
        soci::use(id), soci::into(claim.id), soci::into(claim.organisation_id), soci::into(claim.user_id),
        soci::into(claim.message), soci::into(status), soci::into(automatic), soci::into(claim.refusal_reason),
        soci::into(claim.created_at);
    if (!session.sql().got_data())
        return std::nullopt;
    claim_status_from_code(status, claim.status);
    claim.automatic = automatic != 0;
    return claim;
}

bool has_pending_claim(db::Session& session, long long organisation_id, long long user_id)
{
    long long count = 0;
    session.sql() << "SELECT COUNT(*) FROM organisation_claims WHERE organisation_id = :organisation AND user_id = :user "
                     "AND status = 'en_attente'",
        soci::use(organisation_id), soci::use(user_id), soci::into(count);
    return count > 0;
}

void record_claim_decision(db::Session& session, long long id, ClaimStatus status, bool automatic,
    const std::string& refusal_reason, long long at, long long decided_by)
{
    std::string code(claim_status_code(status));
    int automatic_flag = automatic ? 1 : 0;
    soci::indicator by_indicator = decided_by != 0 ? soci::i_ok : soci::i_null;
    session.sql() << "UPDATE organisation_claims SET status = :status, automatic = :automatic, refusal_reason = :reason, "
                     "decided_at = :at, decided_by = :by WHERE id = :id",
        soci::use(code), soci::use(automatic_flag), soci::use(refusal_reason), soci::use(at),
        soci::use(decided_by, by_indicator), soci::use(id);
}

long long count_owners(db::Session& session, long long organisation_id)
{
    long long count = 0;
    session.sql() << "SELECT COUNT(*) FROM organisation_memberships WHERE organisation_id = :id AND role = 'owner'",
        soci::use(organisation_id), soci::into(count);
    return count;
}

std::vector<PendingClaim> list_pending_claims(db::Session& session, int limit)
{
    std::vector<PendingClaim> rows;
    PendingClaim row;
    soci::statement statement = (session.sql().prepare
            << "SELECT c.id, c.organisation_id, o.name, o.website, u.email, u.display_name, c.message, c.created_at "
               "FROM organisation_claims c JOIN organisations o ON o.id = c.organisation_id "
               "JOIN users u ON u.id = c.user_id WHERE c.status = 'en_attente' ORDER BY c.created_at, c.id LIMIT :limit",
        soci::use(limit), soci::into(row.id), soci::into(row.organisation_id), soci::into(row.organisation_name),
        soci::into(row.website), soci::into(row.claimant_email), soci::into(row.claimant_name), soci::into(row.message),
        soci::into(row.created_at));
    statement.execute();
    while (statement.fetch())
        rows.push_back(row);
    return rows;
}

std::string claimant_email(db::Session& session, long long user_id)
{
    std::string email;
    session.sql() << "SELECT email FROM users WHERE id = :id", soci::use(user_id), soci::into(email);
    return email;
}

} // namespace essaim::directory
