// The membership queries declared in permissions.hpp.

#include "auth/permissions.hpp"

#include "db/session.hpp"

#include <soci/soci.h>

namespace essaim::auth {

std::vector<Membership> load_memberships(db::Session& session, long long user_id)
{
    std::vector<Membership> memberships;
    long long organisation_id = 0;
    std::string name;
    std::string role_text;
    soci::statement statement = (session.sql().prepare
            << "SELECT o.id, o.name, m.role FROM organisation_memberships m "
               "JOIN organisations o ON o.id = m.organisation_id WHERE m.user_id = :user ORDER BY o.name, o.id",
        soci::use(user_id), soci::into(organisation_id), soci::into(name), soci::into(role_text));
    statement.execute();
    while (statement.fetch()) {
        MembershipRole role;
        if (membership_role_from_code(role_text, role))
            memberships.push_back(Membership{organisation_id, name, role});
    }
    return memberships;
}

std::optional<MembershipRole> load_membership_role(db::Session& session, long long user_id, long long organisation_id)
{
    std::string role_text;
    session.sql() << "SELECT role FROM organisation_memberships WHERE user_id = :user AND organisation_id = :organisation",
        soci::use(user_id), soci::use(organisation_id), soci::into(role_text);
    MembershipRole role;
    if (!session.sql().got_data() || !membership_role_from_code(role_text, role))
        return std::nullopt;
    return role;
}

} // namespace essaim::auth
