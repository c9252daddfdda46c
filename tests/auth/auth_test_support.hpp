#pragma once
// Shared steps for the auth integration tests: accounts made directly, sign-in over HTTP, mail.

#include "app/platform.hpp"
#include "auth/create_user.hpp"
#include "db/session.hpp"
#include "support/http_client.hpp"
#include "support/test_platform.hpp"
#include "web/context.hpp"

#include <gtest/gtest.h>
#include <thread>

namespace essaim::test::auth_support {

//! A password that passes the rules; the same for every test account.
inline const std::string password = "abeilles butinent au printemps";

inline long long create_account(const std::string& email, std::vector<auth::Role> roles = {})
{
    auto& platform = TestPlatform::instance();
    auto& services = platform.platform().services();
    auto lease = services.pool.acquire();
    auto created = auth::create_confirmed_user(services, *lease, email, "Compte de test", password, roles);
    EXPECT_TRUE(created.ok()) << (created.ok() ? "" : created.error().message);
    return created.ok() ? created.value() : 0;
}

inline HttpResponse sign_in(HttpClient& client, const std::string& email, const std::string& secret = password,
    const std::string& retour = "")
{
    Fields fields{{"email", email}, {"password", secret}};
    if (!retour.empty())
        fields.emplace_back("retour", retour);
    return client.post_form("/connexion", fields);
}

//! A signed-in client for a new account.
struct Actor {
    std::string email;
    long long user_id = 0;
    HttpClient client;
};

inline Actor signed_in_actor(const std::string& prefix, std::vector<auth::Role> roles = {})
{
    auto& platform = TestPlatform::instance();
    auto email = platform.unique_email(prefix);
    Actor actor{email, create_account(email, std::move(roles)), HttpClient(platform.port())};
    auto response = sign_in(actor.client, actor.email);
    EXPECT_EQ(response.status, 303) << response.body;
    return actor;
}

inline bool contains(const std::string& text, const std::string& needle) { return text.find(needle) != std::string::npos; }

//! The newest e-mail to `to` whose text holds `marker`, waiting for the delivery job.
inline std::string wait_for_mail_with(const std::string& to, const std::string& marker,
    std::chrono::milliseconds wait = std::chrono::seconds(10))
{
    auto deadline = std::chrono::steady_clock::now() + wait;
    while (true) {
        auto remaining = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        auto text = TestPlatform::instance().wait_for_mail(to, std::max(remaining, std::chrono::milliseconds(1)));
        if (text.find(marker) != std::string::npos)
            return text;
        if (std::chrono::steady_clock::now() > deadline)
            throw std::runtime_error("no e-mail to " + to + " containing " + marker);
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

//! Runs one SQL statement on the test database (fixtures the auth pages do not create themselves).
inline void execute_sql(const std::string& statement)
{
    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    lease->execute(statement);
}

} // namespace essaim::test::auth_support
