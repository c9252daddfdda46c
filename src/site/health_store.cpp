#include "site/health_store.hpp"

#include "db/session.hpp"

#include <soci/soci.h>

namespace essaim::site {

bool database_answers(db::Session& session)
{
    int one = 0;
    session.sql() << "SELECT 1", soci::into(one);
    return one == 1;
}

} // namespace essaim::site
