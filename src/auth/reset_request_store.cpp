#include "auth/reset_request_store.hpp"

#include "db/session.hpp"

#include <soci/soci.h>

namespace essaim::auth {

void insert_reset_request(db::Session& session, const ResetRequestRow& row)
{
    session.sql() << "INSERT INTO password_reset_requests (email, requested_at, remote_address, request_id) "
                     "VALUES (:email, :at, :address, :request)",
        soci::use(row.email), soci::use(row.requested_at), soci::use(row.remote_address), soci::use(row.request_id);
}

std::vector<ResetRequestRow> oldest_reset_requests(db::Session& session, int limit)
{
    std::vector<ResetRequestRow> rows;
    ResetRequestRow row;
    soci::statement statement = (session.sql().prepare
            << "SELECT id, email, requested_at, remote_address, request_id FROM password_reset_requests "
               "ORDER BY id LIMIT :limit",
        soci::use(limit), soci::into(row.id), soci::into(row.email), soci::into(row.requested_at),
        soci::into(row.remote_address), soci::into(row.request_id));
    statement.execute();
    while (statement.fetch())
        rows.push_back(row);
    return rows;
}

bool delete_reset_request(db::Session& session, long long id)
{
    soci::statement statement = (session.sql().prepare << "DELETE FROM password_reset_requests WHERE id = :id",
        soci::use(id));
    statement.execute(true);
    return statement.get_affected_rows() == 1;
}

} // namespace essaim::auth
