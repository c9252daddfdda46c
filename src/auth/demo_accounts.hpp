#pragma once
// Demo accounts, one per role, with documented passwords. They are created by `essaim seed-demo`
// only into an empty database, and listed on the sign-in page only in demo mode.

#include "auth/identity.hpp"

#include <string>
#include <vector>

namespace essaim::db {
class Session;
}
namespace essaim::web {
struct Services;
}

namespace essaim::auth {

struct DemoAccount {
    std::string email;
    std::string display_name;
    std::string password;  //!< public on purpose: demo data only
    Role role;
};

const std::vector<DemoAccount>& demo_accounts();

//! Creates the demo accounts when the users table is empty; otherwise does nothing.
void seed_demo_accounts(web::Services& services, db::Session& session);

} // namespace essaim::auth
