#include "auth/demo_accounts.hpp"

#include "auth/create_user.hpp"
#include "auth/user_store.hpp"
#include "core/log.hpp"

#include <stdexcept>

namespace essaim::auth {

const std::vector<DemoAccount>& demo_accounts()
{
    // Long, not in the common-password lists, and different per account so that a demo of one
    // role cannot be mistaken for another.
    static const std::vector<DemoAccount> accounts = {
        {"admin@demo.essaim.fr", "Adèle Administratrice", "ruche-pilote-demo-2024", Role::Administrateur},
        {"accompagnateur@demo.essaim.fr", "Ahmed Accompagnateur", "ruche-accompagne-demo-2024", Role::Accompagnateur},
        {"financeur@demo.essaim.fr", "Françoise Financeuse", "ruche-finance-demo-2024", Role::Financeur},
        {"instructeur@demo.essaim.fr", "Ibrahim Instructeur", "ruche-instruit-demo-2024", Role::Instructeur},
        {"expert@demo.essaim.fr", "Élise Experte", "ruche-evalue-demo-2024", Role::Expert},
        {"hacker@demo.essaim.fr", "Hugo Hacker public", "ruche-debloque-demo-2024", Role::HackerPublic},
        {"agent@demo.essaim.fr", "Amina Agente publique", "ruche-administre-demo-2024", Role::AgentPublic},
        {"membre@demo.essaim.fr", "Marc Membre", "ruche-innove-demo-2024", Role::Membre},
    };
    return accounts;
}

void seed_demo_accounts(web::Services& services, db::Session& session)
{
    if (count_users(session) != 0) {
        core::log::info("demo accounts skipped: the users table is not empty");
        return;
    }
    for (const auto& account : demo_accounts()) {
        auto created = create_confirmed_user(services, session, account.email, account.display_name, account.password,
            {account.role});
        if (!created)
            throw std::runtime_error("demo account " + account.email + " refused: " + created.error().message);
    }
    core::log::info("demo accounts created", {core::log::field("count", static_cast<long long>(demo_accounts().size()))});
}

} // namespace essaim::auth
