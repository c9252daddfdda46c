// Behind a reverse proxy that says the client used https: HSTS is sent and the proxy's client
// address is the one recorded. Without `behind_proxy`, the same headers are ignored.

#include "app/platform.hpp"
#include "support/http_client.hpp"
#include "support/test_platform.hpp"

#include <gtest/gtest.h>

using essaim::test::HttpClient;
using essaim::test::TestPlatform;

TEST(Proxy, HstsOnlyWhenATrustedProxySaysHttps)
{
    auto& shared = TestPlatform::instance();
    HttpClient direct(shared.port());
    EXPECT_FALSE(direct.get("/healthz", {{"X-Forwarded-Proto", "https"}}).header("strict-transport-security"))
        << "an untrusted client must not be able to switch HSTS on";

    essaim::core::Config config = shared.config();
    config.listen_port = 0;
    config.behind_proxy = true;
    essaim::app::Platform proxied(config, shared.clock());
    HttpClient client(proxied.start());
    auto https = client.get("/healthz", {{"X-Forwarded-Proto", "https"}, {"X-Forwarded-For", "203.0.113.7"}});
    EXPECT_NE(https.header("strict-transport-security").value_or("").find("max-age="), std::string::npos);
    EXPECT_FALSE(client.get("/healthz", {{"X-Forwarded-Proto", "http"}}).header("strict-transport-security"));
    proxied.stop();
}
