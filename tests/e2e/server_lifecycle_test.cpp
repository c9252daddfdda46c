// The server under slow clients and shutdown: timeouts free connections, stop() drains in-flight work.

#include "app/platform.hpp"
#include "support/http_client.hpp"
#include "support/test_platform.hpp"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using essaim::test::HttpClient;
using essaim::test::TestPlatform;

namespace {

int connect_to(std::uint16_t port)
{
    int socket_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    timeval timeout{10, 0};
    setsockopt(socket_fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    if (::connect(socket_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        ::close(socket_fd);
        return -1;
    }
    return socket_fd;
}

} // namespace

TEST(ServerLifecycle, ASlowClientIsDisconnectedAfterTheHeaderTimeoutWhileOthersAreServed)
{
    auto& platform = TestPlatform::instance();
    int slow = connect_to(platform.port());
    ASSERT_GE(slow, 0);
    const char partial[] = "GET / HTTP/1.1\r\nHost: x\r\n";
    ASSERT_GT(::send(slow, partial, sizeof partial - 1, MSG_NOSIGNAL), 0);

    HttpClient client(platform.port());
    EXPECT_EQ(client.get("/healthz").status, 200);

    auto started = std::chrono::steady_clock::now();
    char buffer[256];
    auto received = ::recv(slow, buffer, sizeof buffer, 0);
    auto waited = std::chrono::steady_clock::now() - started;
    ::close(slow);
    EXPECT_EQ(received, 0) << "the server should close the connection, not answer it";
    EXPECT_LT(waited, std::chrono::seconds(platform.config().header_timeout_seconds + 3));
}

TEST(ServerLifecycle, StopLetsTheInFlightRequestFinish)
{
    auto& shared = TestPlatform::instance();
    essaim::core::Config config = shared.config();
    config.listen_port = 0;
    essaim::app::Platform second(config, shared.clock(), essaim::test::fault_injection_modules());
    auto port = second.start();

    essaim::test::HttpResponse slow_answer;
    std::thread request([&] {
        HttpClient client(port);
        slow_answer = client.get("/test/lent?ms=800");
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    second.stop();
    request.join();
    EXPECT_EQ(slow_answer.status, 200);
    EXPECT_EQ(slow_answer.body, "fini");
    EXPECT_LT(connect_to(port), 0) << "no longer accepting after stop";
}
