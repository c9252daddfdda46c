// The site over real HTTP: pages, health probes, error pages, security headers, limits.

#include "support/http_client.hpp"
#include "support/test_platform.hpp"

#include <gtest/gtest.h>

using essaim::test::HttpClient;
using essaim::test::TestPlatform;

namespace {

void expect_security_headers(const essaim::test::HttpResponse& response, const std::string& what)
{
    auto csp = response.header("content-security-policy");
    ASSERT_TRUE(csp) << what;
    EXPECT_EQ(csp->find("unsafe-inline"), std::string::npos) << what;
    EXPECT_EQ(csp->find("unsafe-eval"), std::string::npos) << what;
    EXPECT_NE(csp->find("frame-ancestors 'none'"), std::string::npos) << what;
    EXPECT_EQ(response.header("x-content-type-options").value_or(""), "nosniff") << what;
    EXPECT_TRUE(response.header("referrer-policy")) << what;
    EXPECT_FALSE(response.header("server")) << what;
}

} // namespace

TEST(Site, HomePageIsFrenchDsfrWithSkipLinksAndFooterLinks)
{
    HttpClient client(TestPlatform::instance().port());
    auto response = client.get("/");
    ASSERT_EQ(response.status, 200);
    EXPECT_NE(response.body.find("<html lang=\"fr\""), std::string::npos);
    EXPECT_NE(response.body.find("fr-skiplinks"), std::string::npos);
    EXPECT_NE(response.body.find("Accélérateur national d&#39;innovation sociale"), std::string::npos);
    for (const char* link : {"/accessibilite", "/mentions-legales", "/donnees-personnelles"})
        EXPECT_NE(response.body.find(std::string("href=\"") + link + "\""), std::string::npos) << link;
}

TEST(Site, HealthAndReadinessProbesAnswer)
{
    HttpClient client(TestPlatform::instance().port());
    EXPECT_EQ(client.get("/healthz").status, 200);
    auto ready = client.get("/readyz");
    EXPECT_EQ(ready.status, 200);
    EXPECT_EQ(ready.body, "ready\n");
}

TEST(Site, UnknownRouteAnswersTheDsfrNotFoundPage)
{
    HttpClient client(TestPlatform::instance().port());
    auto response = client.get("/cette-page-n-existe-pas");
    EXPECT_EQ(response.status, 404);
    EXPECT_NE(response.body.find("Page non trouvée"), std::string::npos);
    EXPECT_NE(response.body.find("fr-header"), std::string::npos);
}

TEST(Site, UnknownApiRouteAnswersProblemJson)
{
    HttpClient client(TestPlatform::instance().port());
    auto response = client.get("/api/v1/rien");
    EXPECT_EQ(response.status, 404);
    EXPECT_EQ(response.header("content-type").value_or(""), "application/problem+json");
    EXPECT_NE(response.body.find("\"status\":404"), std::string::npos);
}

TEST(Site, EveryKindOfAnswerCarriesTheSecurityHeaders)
{
    HttpClient client(TestPlatform::instance().port());
    expect_security_headers(client.get("/"), "page");
    expect_security_headers(client.get("/nope"), "404");
    expect_security_headers(client.get("/api/v1/nope"), "api 404");
    expect_security_headers(client.get("/healthz"), "probe");
    expect_security_headers(client.get("/static/css/essaim.css"), "static");
    expect_security_headers(client.post_form("/", {}, false), "405/403");
}

TEST(Site, StaticFilesHaveEtagsAndVersionedOnesCacheForAYear)
{
    auto& platform = TestPlatform::instance();
    HttpClient client(platform.port());
    auto css = client.get("/static/css/essaim.css");
    ASSERT_EQ(css.status, 200);
    auto etag = css.header("etag");
    ASSERT_TRUE(etag);
    EXPECT_EQ(client.get("/static/css/essaim.css", {{"If-None-Match", *etag}}).status, 304);

    auto home = client.get("/").body;
    auto at = home.find("/static/dsfr/");
    ASSERT_NE(at, std::string::npos);
    auto url = home.substr(at, home.find('"', at) - at);
    auto dsfr = client.get(url);
    EXPECT_EQ(dsfr.status, 200);
    EXPECT_NE(dsfr.header("cache-control").value_or("").find("immutable"), std::string::npos);
    EXPECT_EQ(client.get("/static/../CMakeLists.txt").status, 404);
    EXPECT_EQ(client.get("/static/%2e%2e/%2e%2e/CMakeLists.txt").status, 404);
}

TEST(Site, OversizedBodyIsRefusedWith413)
{
    auto& platform = TestPlatform::instance();
    HttpClient client(platform.port());
    std::string body(platform.config().max_body_bytes + 10, 'a');
    auto response = client.request("POST", "/connexion", body, {{"Content-Type", "application/x-www-form-urlencoded"}});
    EXPECT_EQ(response.status, 413);
}

TEST(Site, MalformedRequestLineGets400AndTheServerKeepsServing)
{
    HttpClient client(TestPlatform::instance().port());
    auto raw = client.send_raw("GARBAGE\r\n\r\n");
    EXPECT_NE(raw.find(" 400 "), std::string::npos) << raw;
    EXPECT_EQ(client.get("/healthz").status, 200);
}

TEST(Site, OversizedHeadersGet431)
{
    HttpClient client(TestPlatform::instance().port());
    auto raw = client.send_raw("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(64 * 1024, 'b') + "\r\n\r\n");
    EXPECT_NE(raw.find(" 431 "), std::string::npos) << raw.substr(0, 100);
}

TEST(Site, AnUnexpectedErrorShowsAnIncidentIdAndNoInternals)
{
    HttpClient client(TestPlatform::instance().port());
    auto page = client.get("/test/panne");
    EXPECT_EQ(page.status, 500);
    EXPECT_NE(page.body.find("Numéro d’incident"), std::string::npos);
    EXPECT_EQ(page.body.find("SELECT"), std::string::npos);
    EXPECT_EQ(page.body.find("simulated_failure"), std::string::npos);

    auto api = client.get("/api/v1/test/panne");
    EXPECT_EQ(api.status, 500);
    EXPECT_EQ(api.header("content-type").value_or(""), "application/problem+json");
    EXPECT_NE(api.body.find("\"incident\":\""), std::string::npos);
    EXPECT_EQ(api.body.find("SELECT"), std::string::npos);
}

TEST(Site, CsrfTokenFromTheCookieLetsAFormThroughAndAMissingOneIsRefused)
{
    HttpClient client(TestPlatform::instance().port());
    auto accepted = client.post_form("/test/echo", {{"value", "bonjour"}});
    EXPECT_EQ(accepted.status, 200);
    EXPECT_EQ(accepted.body, "bonjour");
    EXPECT_EQ(client.post_form("/test/echo", {{"value", "x"}}, false).status, 403);
    EXPECT_EQ(client.post_form("/test/echo", {{"value", "x"}, {"csrf_token", "forged-forged-forged-forged"}}, false).status, 403);
    HttpClient stranger(TestPlatform::instance().port());
    stranger.set_cookie("__Host-csrf", "another-token-another-token");
    EXPECT_EQ(stranger.post_form("/test/echo", {{"csrf_token", client.csrf_token()}}, false).status, 403);
}

TEST(Site, HeadAnswersWithoutABodyAndWrongMethodGets405WithAllow)
{
    HttpClient client(TestPlatform::instance().port());
    auto raw = client.send_raw("HEAD /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    EXPECT_NE(raw.find(" 200 "), std::string::npos);
    EXPECT_NE(raw.find("Content-Length: 3"), std::string::npos);
    EXPECT_EQ(raw.substr(raw.size() - 4), "\r\n\r\n");
    auto wrong = client.request("DELETE", "/test/echo", "", {});
    EXPECT_EQ(wrong.status, 405);
    EXPECT_EQ(wrong.header("allow").value_or(""), "POST");
}

TEST(Site, KeepAliveServesSeveralRequestsOnOneConnection)
{
    HttpClient client(TestPlatform::instance().port());
    auto raw = client.send_raw("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    auto first = raw.find("HTTP/1.1 200");
    ASSERT_NE(first, std::string::npos);
    EXPECT_NE(raw.find("HTTP/1.1 200", first + 1), std::string::npos);
}

TEST(Site, EachResponseCarriesARequestId)
{
    HttpClient client(TestPlatform::instance().port());
    auto a = client.get("/healthz").header("x-request-id");
    auto b = client.get("/healthz").header("x-request-id");
    ASSERT_TRUE(a && b);
    EXPECT_EQ(a->size(), 16u);
    EXPECT_NE(*a, *b);
}

TEST(Site, FormWithBytesThatAreNotTextIsRefusedWith400)
{
    HttpClient client(TestPlatform::instance().port());
    auto token = client.csrf_token();
    auto response = client.request("POST", "/test/echo", "value=%C3%28&csrf_token=" + token,
        {{"Content-Type", "application/x-www-form-urlencoded"}});
    EXPECT_EQ(response.status, 400);
    auto nul = client.request("POST", "/test/echo", "value=a%00b&csrf_token=" + token,
        {{"Content-Type", "application/x-www-form-urlencoded"}});
    EXPECT_EQ(nul.status, 400);
}

TEST(Site, AnswersWithoutAFormSetNoCookieAndPagesWithFormsSetTheCsrfCookieOnce)
{
    HttpClient client(TestPlatform::instance().port());
    EXPECT_TRUE(client.get("/healthz").all("set-cookie").empty());
    EXPECT_TRUE(client.get("/api/v1/rien").all("set-cookie").empty());
    auto first = client.get("/");
    ASSERT_EQ(first.all("set-cookie").size(), 1u);
    EXPECT_EQ(first.all("set-cookie")[0].rfind("__Host-csrf=", 0), 0u);
    EXPECT_TRUE(client.get("/").all("set-cookie").empty()) << "the token is reused, not rotated per page";
}
