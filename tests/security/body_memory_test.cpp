// Large bodies and the server's memory. A body may exceed the form bound only on an upload route,
// for a signed-in person, which the server decides from the header before it reads a byte of the
// body; and all bodies in flight share one budget. Forty parallel clients pushing 12 MiB bodies
// at a form route, or anonymously at an upload route, are answered 413 or 403 while the server's
// resident memory (this process's: the test platform runs the real server in it) barely moves.

#include "auth/auth_test_support.hpp"
#include "core/config.hpp"

#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <cstdio>
#include <fstream>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace essaim::test;
using namespace essaim::test::auth_support;

namespace {

const std::string boundary = "----essaim-memoire-frontiere";

//! The resident memory of this process, the one serving the requests, in KiB.
long resident_kib()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stol(line.substr(6));
    }
    return -1;
}

int connect_to(std::uint16_t port)
{
    int socket_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    timeval timeout{20, 0};
    setsockopt(socket_fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    setsockopt(socket_fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    if (::connect(socket_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        ::close(socket_fd);
        return -1;
    }
    return socket_fd;
}

std::string multipart_head(const std::string& target, std::size_t length, const std::string& extra_headers = "")
{
    return "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=" + boundary
        + "\r\nContent-Length: " + std::to_string(length) + "\r\n" + extra_headers + "\r\n";
}

//! The status of the answer's first line, or 0 when there is none yet (or the line is incomplete).
int status_of(const std::string& received)
{
    if (received.size() < 12 || received.rfind("HTTP/1.1 ", 0) != 0)
        return 0;
    return std::atoi(received.substr(9, 3).c_str());
}

//! Sends `head`, then up to `body_bytes` of filler as fast as the server takes them, reading
//! whatever it answers meanwhile; returns the answer's status (0 when none came).
int push_body(std::uint16_t port, const std::string& head, std::size_t body_bytes)
{
    static const std::string filler(64 * 1024, 'x');
    int socket_fd = connect_to(port);
    if (socket_fd < 0)
        return -1;
    std::string received;
    char buffer[4096];
    auto read_available = [&](int flags) {
        auto got = ::recv(socket_fd, buffer, sizeof buffer, flags);
        if (got > 0)
            received.append(buffer, static_cast<std::size_t>(got));
        return got;
    };
    if (::send(socket_fd, head.data(), head.size(), MSG_NOSIGNAL) != static_cast<ssize_t>(head.size())) {
        ::close(socket_fd);
        return -1;
    }
    std::size_t sent = 0;
    while (sent < body_bytes && status_of(received) == 0) {
        auto chunk = std::min(filler.size(), body_bytes - sent);
        auto written = ::send(socket_fd, filler.data(), chunk, MSG_NOSIGNAL);
        if (written <= 0)
            break;
        sent += static_cast<std::size_t>(written);
        read_available(MSG_DONTWAIT);
    }
    while (status_of(received) == 0 && read_available(0) > 0) {
    }
    ::close(socket_fd);
    return status_of(received);
}

//! Samples the resident memory until stopped; keeps the highest value.
class PeakSampler {
public:
    PeakSampler()
        : m_thread([this] {
            while (!m_stop) {
                m_peak = std::max(m_peak.load(), resident_kib());
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
        })
    {
    }
    long stop()
    {
        m_stop = true;
        m_thread.join();
        return m_peak;
    }

private:
    std::atomic<bool> m_stop{false};
    std::atomic<long> m_peak{0};
    std::thread m_thread;
};

//! Reads until the end of the answer's header, or the connection's end.
std::string read_header(int socket_fd)
{
    std::string received;
    char buffer[1024];
    while (received.find("\r\n\r\n") == std::string::npos) {
        auto got = ::recv(socket_fd, buffer, sizeof buffer, 0);
        if (got <= 0)
            break;
        received.append(buffer, static_cast<std::size_t>(got));
    }
    return received;
}

} // namespace

TEST(BodyMemory, FortyLargeBodiesToAFormRouteOrAnonymouslyToAnUploadRouteAreRefusedWithoutTheirMemory)
{
    auto& platform = TestPlatform::instance();
    const std::size_t declared = platform.config().max_upload_bytes;  // 12 MiB, what the attack declared
    ASSERT_GT(declared, platform.config().max_body_bytes);
    HttpClient warm(platform.port());
    ASSERT_EQ(warm.get("/connexion").status, 200);

    constexpr int clients = 40;
    std::vector<int> statuses(clients, 0);
    std::vector<std::thread> threads;
    const long before = resident_kib();
    PeakSampler sampler;
    for (int i = 0; i < clients; ++i) {
        // Half to a route that takes forms only; half, without a session, to the attachment route.
        const std::string target = i % 2 == 0 ? "/connexion" : "/dossiers/1/pieces";
        threads.emplace_back([&, i, target] { statuses[i] = push_body(platform.port(), multipart_head(target, declared), declared); });
    }
    for (auto& thread : threads)
        thread.join();
    const long peak = sampler.stop();
    const long growth_mib = (peak - before) / 1024;
    std::printf("[ measure  ] resident memory before %ld MiB, peak during %d large bodies %ld MiB (+%ld MiB)\n",
        before / 1024, clients, peak / 1024, growth_mib);
    for (int i = 0; i < clients; ++i)
        EXPECT_EQ(statuses[i], i % 2 == 0 ? 413 : 403) << "client " << i;
    // Unfixed, the server buffered each 12 MiB body before routing: hundreds of MiB.
    EXPECT_LT(growth_mib, 60);
    EXPECT_EQ(warm.get("/healthz").status, 200);
}

TEST(BodyMemory, ASignedInUploadWithAnotherSessionsTokenInItsHeaderIsRefusedBeforeItsBody)
{
    auto& platform = TestPlatform::instance();
    auto member = signed_in_actor("memoire-jeton");
    auto other = signed_in_actor("memoire-autre");
    const std::string cookie = "Cookie: __Host-session=" + member.client.cookie("__Host-session").value_or("") + "\r\n";
    int socket_fd = connect_to(platform.port());
    ASSERT_GE(socket_fd, 0);
    // Only the header goes out: the answer must come from it alone.
    auto head = multipart_head("/dossiers/1/pieces", platform.config().max_upload_bytes,
        cookie + "X-CSRF-Token: " + other.client.csrf_token() + "\r\n");
    ASSERT_EQ(::send(socket_fd, head.data(), head.size(), MSG_NOSIGNAL), static_cast<ssize_t>(head.size()));
    auto answer = read_header(socket_fd);
    ::close(socket_fd);
    EXPECT_EQ(status_of(answer), 403) << answer.substr(0, 200);
}

TEST(BodyMemory, BodiesInFlightShareOneBudgetPastWhichANewOneGets503WithRetryAfter)
{
    auto& shared = TestPlatform::instance();
    essaim::core::Config config = shared.config();
    config.listen_port = 0;
    config.max_body_bytes_in_flight = 3 * 1024 * 1024;
    essaim::app::Platform small(config, shared.clock(), fault_injection_modules());
    const auto port = small.start();
    auto member = signed_in_actor("memoire-budget");
    const std::string cookie = "Cookie: __Host-session=" + member.client.cookie("__Host-session").value_or("") + "\r\n";
    const std::size_t two_mib = 2 * 1024 * 1024;
    const std::string expect = "Expect: 100-continue\r\n";

    // The first upload is admitted (100 Continue comes once its share is reserved) and left unfinished.
    int first = connect_to(port);
    ASSERT_GE(first, 0);
    auto head = multipart_head("/dossiers/1/pieces", two_mib, cookie + expect);
    ::send(first, head.data(), head.size(), MSG_NOSIGNAL);
    EXPECT_EQ(status_of(read_header(first)), 100);

    // A second one does not fit beside it: refused unread, told when to come back.
    int second = connect_to(port);
    ASSERT_GE(second, 0);
    ::send(second, head.data(), head.size(), MSG_NOSIGNAL);
    auto refused = read_header(second);
    ::close(second);
    EXPECT_EQ(status_of(refused), 503) << refused.substr(0, 200);
    EXPECT_NE(refused.find("Retry-After: 5"), std::string::npos) << refused.substr(0, 300);
    // Requests that fit are still served meanwhile.
    HttpClient client(port);
    EXPECT_EQ(client.get("/healthz").status, 200);
    EXPECT_EQ(client.post_form("/test/echo", {{"value", "petit"}}).body, "petit");

    // Once the first connection goes, its share comes back.
    ::close(first);
    bool admitted = false;
    for (int attempt = 0; attempt < 50 && !admitted; ++attempt) {
        int third = connect_to(port);
        ::send(third, head.data(), head.size(), MSG_NOSIGNAL);
        admitted = status_of(read_header(third)) == 100;
        ::close(third);
        if (!admitted)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    EXPECT_TRUE(admitted);
    small.stop();
}
