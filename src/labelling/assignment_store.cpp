#include "labelling/assignment_store.hpp"

#include "db/session.hpp"

#include <soci/soci.h>

#include <map>

namespace essaim::labelling {

namespace {

std::vector<Account> read_accounts(soci::statement& statement, Account& row)
{
    std::vector<Account> accounts;
    statement.execute();
    while (statement.fetch())
        accounts.push_back(row);
    return accounts;
}

} // namespace

std::vector<AssignmentCandidate> assignment_candidates(db::Session& session, long long call_id)
{
    // The load counts every open dossier of the instructeur, whatever the call: it is their work.
    std::vector<AssignmentCandidate> candidates;
    std::map<long long, std::size_t> index;
    long long user_id = 0, load = 0;
    soci::statement members = (session.sql().prepare
            << "SELECT u.id, (SELECT COUNT(*) FROM dossiers d WHERE d.instructor_id = u.id "
               "AND d.state IN ('depose', 'en_instruction', 'complements_demandes', 'en_comite')) "
               "FROM call_instructors c JOIN users u ON u.id = c.user_id "
               "JOIN user_roles r ON r.user_id = u.id AND r.role = 'instructeur' "
               "WHERE c.call_id = :call ORDER BY u.id",
        soci::use(call_id), soci::into(user_id), soci::into(load));
    members.execute();
    while (members.fetch()) {
        index[user_id] = candidates.size();
        candidates.push_back(AssignmentCandidate{user_id, {}, load});
    }
    std::string region;
    soci::statement regions = (session.sql().prepare
            << "SELECT i.user_id, i.region_code FROM instructor_regions i "
               "JOIN call_instructors c ON c.user_id = i.user_id WHERE c.call_id = :call ORDER BY i.user_id, i.region_code",
        soci::use(call_id), soci::into(user_id), soci::into(region));
    regions.execute();
    while (regions.fetch()) {
        auto found = index.find(user_id);
        if (found != index.end())
            candidates[found->second].regions.push_back(region);
    }
    return candidates;
}

void set_dossier_instructor(db::Session& session, long long dossier_id, long long user_id, long long now)
{
    session.sql() << "UPDATE dossiers SET instructor_id = :user, updated_at = :now WHERE id = :id", soci::use(user_id),
        soci::use(now), soci::use(dossier_id);
}

std::vector<Account> call_instructor_accounts(db::Session& session, long long call_id)
{
    Account row;
    soci::statement statement = (session.sql().prepare
            << "SELECT u.id, u.display_name, u.email FROM call_instructors c JOIN users u ON u.id = c.user_id "
               "JOIN user_roles r ON r.user_id = u.id AND r.role = 'instructeur' "
               "WHERE c.call_id = :call ORDER BY u.display_name, u.id",
        soci::use(call_id), soci::into(row.user_id), soci::into(row.name), soci::into(row.email));
    return read_accounts(statement, row);
}

std::optional<Account> find_account(db::Session& session, long long user_id)
{
    Account account;
    session.sql() << "SELECT id, display_name, email FROM users WHERE id = :id", soci::use(user_id),
        soci::into(account.user_id), soci::into(account.name), soci::into(account.email);
    if (!session.sql().got_data())
        return std::nullopt;
    return account;
}

bool account_has_role(db::Session& session, long long user_id, const std::string& role_code)
{
    long long count = 0;
    session.sql() << "SELECT COUNT(*) FROM user_roles WHERE user_id = :user AND role = :role", soci::use(user_id),
        soci::use(role_code), soci::into(count);
    return count > 0;
}

std::vector<Account> accounts_with_role(db::Session& session, const std::string& role_code)
{
    Account row;
    soci::statement statement = (session.sql().prepare
            << "SELECT u.id, u.display_name, u.email FROM users u JOIN user_roles r ON r.user_id = u.id "
               "WHERE r.role = :role ORDER BY u.display_name, u.id",
        soci::use(role_code), soci::into(row.user_id), soci::into(row.name), soci::into(row.email));
    return read_accounts(statement, row);
}

} // namespace essaim::labelling
