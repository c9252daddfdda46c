#pragma once
// Shared steps for the attacks on the account forms: requests sent all at once from many clients,
// and counts read straight from the database (e-mails queued, failures recorded).

#include "auth/auth_test_support.hpp"

#include <soci/soci.h>

#include <functional>
#include <latch>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace essaim::test::account_limits {

//! Runs `attempt(i)` for i in [0, count) on `count` threads released together; returns the
//! statuses answered, by status. Each attempt uses its own client, made (and given its CSRF token)
//! before the release, so that only the requests under test race.
inline std::map<int, int> statuses_of_parallel(int count, const std::function<HttpClient(int)>& make_client,
    const std::function<HttpResponse(HttpClient&, int)>& attempt, std::vector<HttpResponse>* responses = nullptr)
{
    std::vector<HttpClient> clients;
    for (int i = 0; i < count; ++i) {
        clients.push_back(make_client(i));
        clients.back().csrf_token();
    }
    std::latch start(count);
    std::mutex mutex;
    std::map<int, int> statuses;
    std::vector<std::thread> threads;
    for (int i = 0; i < count; ++i) {
        threads.emplace_back([&, i] {
            start.arrive_and_wait();
            auto response = attempt(clients[static_cast<std::size_t>(i)], i);
            std::lock_guard lock(mutex);
            ++statuses[response.status];
            if (responses)
                responses->push_back(std::move(response));
        });
    }
    for (auto& thread : threads)
        thread.join();
    return statuses;
}

inline long long count_rows(const std::string& sql, const std::string& parameter)
{
    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    long long value = 0;
    lease->sql() << sql, soci::use(parameter), soci::into(value);
    return value;
}

//! E-mails queued for `to` whose subject holds `subject_part`, delivered or not.
inline long long mails_to(const std::string& to, const std::string& subject_part)
{
    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    long long value = 0;
    std::string pattern = "%" + subject_part + "%";
    lease->sql() << "SELECT COUNT(*) FROM outbox WHERE recipient = :to AND subject LIKE :pattern", soci::use(to),
        soci::use(pattern), soci::into(value);
    return value;
}

inline int count_of(const std::map<int, int>& statuses, int status)
{
    auto found = statuses.find(status);
    return found == statuses.end() ? 0 : found->second;
}

inline std::string describe(const std::map<int, int>& statuses)
{
    std::string text;
    for (const auto& [status, count] : statuses)
        text += std::to_string(status) + "×" + std::to_string(count) + " ";
    return text;
}

} // namespace essaim::test::account_limits
