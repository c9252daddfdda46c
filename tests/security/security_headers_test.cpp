// Every answer carries the security headers (issue 5, foundation's list): every GET route of the
// access matrix as a visitor, a membre and an administrator, and the answers no route makes
// (404, 405, 403, the sign-in redirect, static files, problem+json, an error 500). HSTS only over
// HTTPS as a trusted proxy reports it; cookies are __Host-, Secure, HttpOnly, SameSite.

#include "security/access_matrix_world.hpp"

#include "core/config.hpp"

#include <gtest/gtest.h>

#include <map>
#include <sstream>

namespace essaim::test {
namespace {

using namespace access_matrix;

//! The CSP's directives: name → sources.
std::map<std::string, std::vector<std::string>> csp_directives(const std::string& policy)
{
    std::map<std::string, std::vector<std::string>> directives;
    std::stringstream parts(policy);
    std::string part;
    while (std::getline(parts, part, ';')) {
        std::stringstream words(part);
        std::string name, source;
        if (!(words >> name))
            continue;
        auto& sources = directives[name];
        while (words >> source)
            sources.push_back(source);
    }
    return directives;
}

bool contains(const std::string& text, const std::string& needle) { return text.find(needle) != std::string::npos; }

//! The headers every answer carries, whatever produced it.
void expect_security_headers(const HttpResponse& response, const std::string& what)
{
    auto policy = response.header("content-security-policy");
    ASSERT_TRUE(policy.has_value()) << what << " has no Content-Security-Policy";
    EXPECT_FALSE(contains(*policy, "unsafe-inline")) << what << ": " << *policy;
    EXPECT_FALSE(contains(*policy, "unsafe-eval")) << what << ": " << *policy;
    auto directives = csp_directives(*policy);
    const std::vector<std::string> self{"'self'"};
    const std::vector<std::string> none{"'none'"};
    EXPECT_EQ(directives["default-src"], self) << what << ": " << *policy;
    EXPECT_EQ(directives["script-src"], self) << what << ": " << *policy;
    EXPECT_EQ(directives["style-src"], self) << what << ": " << *policy;
    EXPECT_EQ(directives["frame-ancestors"], none) << what << ": " << *policy;
    EXPECT_EQ(directives["object-src"], none) << what << ": " << *policy;
    for (const auto& [name, sources] : directives)
        for (const auto& source : sources)
            EXPECT_TRUE(source != "*" && source != "http:" && source != "https:") << what << ": " << name << " " << source;
    EXPECT_EQ(response.header("x-content-type-options").value_or(""), "nosniff") << what;
    EXPECT_EQ(response.header("x-frame-options").value_or(""), "DENY") << what;
    auto referrer = response.header("referrer-policy").value_or("");
    EXPECT_TRUE(referrer == "strict-origin-when-cross-origin" || referrer == "no-referrer" || referrer == "same-origin"
        || referrer == "strict-origin")
        << what << ": Referrer-Policy '" << referrer << "'";
    // Plain HTTP: no HSTS (only over HTTPS as reported by a trusted proxy).
    EXPECT_FALSE(response.header("strict-transport-security").has_value()) << what;
}

void expect_no_store(const HttpResponse& response, const std::string& what)
{
    EXPECT_TRUE(contains(response.header("cache-control").value_or(""), "no-store"))
        << what << ": Cache-Control '" << response.header("cache-control").value_or("") << "'";
}

TEST(SecurityHeaders, EveryGetRouteOfTheMatrixForVisitorMemberAndAdministrator)
{
    auto& w = world();
    int answers = 0;
    for (const auto* entry : platform_routes()) {
        if (entry->method != http::Method::Get)
            continue;
        auto path = path_for(entry->pattern, w.shared);
        for (int index : {0, 2, 11}) {
            auto& actor = w.actor(index);
            auto response = actor.client.get(path);
            auto what = "GET " + path + " as " + actor.name + " (" + std::to_string(response.status) + ")";
            expect_security_headers(response, what);
            // Anything answered to a signed-in person may be personal: never stored by a cache, but
            // for the open data that is the same for everyone (reference communes, the labels' lists).
            bool open_data = entry->pattern == "/api/v1/communes" || entry->pattern == "/labels.csv"
                || entry->pattern == "/labels.json";
            if (!actor.visitor && !open_data)
                expect_no_store(response, what);
            ++answers;
        }
    }
    EXPECT_GT(answers, 100);
}

TEST(SecurityHeaders, ErrorsRedirectsStaticFilesAndProblemJson)
{
    auto& w = world();
    HttpClient visitor(TestPlatform::instance().port());
    auto& member = w.actor(1).client;

    auto not_found = visitor.get("/cette-page-n-existe-pas");
    ASSERT_EQ(not_found.status, 404);
    expect_security_headers(not_found, "404");
    expect_no_store(not_found, "404");

    auto wrong_method = visitor.request("DELETE", "/accessibilite", "", {});
    ASSERT_EQ(wrong_method.status, 405);
    expect_security_headers(wrong_method, "405");

    auto forbidden = member.get("/admin");
    ASSERT_EQ(forbidden.status, 403);
    expect_security_headers(forbidden, "403");
    expect_no_store(forbidden, "403");

    auto no_csrf = member.post_form("/compte/deconnexion-partout", {}, false);
    ASSERT_EQ(no_csrf.status, 403);
    expect_security_headers(no_csrf, "403 (CSRF)");

    auto redirect = visitor.get("/compte");
    ASSERT_EQ(redirect.status, 303);
    expect_security_headers(redirect, "redirect to sign in");

    auto unauthorized = visitor.request("PATCH", "/api/v1/organisations/" + std::to_string(w.shared.organisation), "{}",
        {{"Content-Type", "application/json"}, {"X-CSRF-Token", visitor.csrf_token()}});
    ASSERT_EQ(unauthorized.status, 401);
    expect_security_headers(unauthorized, "401 problem+json");

    auto problem = visitor.get("/api/v1/organisations/999999999");
    ASSERT_EQ(problem.status, 404);
    EXPECT_TRUE(contains(problem.header("content-type").value_or(""), "application/problem+json"));
    expect_security_headers(problem, "404 problem+json");

    auto failure = visitor.get("/test/panne");
    ASSERT_EQ(failure.status, 500);
    expect_security_headers(failure, "500");
    expect_no_store(failure, "500");
    auto json_failure = visitor.get("/api/v1/test/panne");
    ASSERT_EQ(json_failure.status, 500);
    EXPECT_TRUE(contains(json_failure.header("content-type").value_or(""), "application/problem+json"));
    expect_security_headers(json_failure, "500 problem+json");

    auto stylesheet = visitor.get("/static/css/essaim.css");
    ASSERT_EQ(stylesheet.status, 200);
    expect_security_headers(stylesheet, "static file");
    auto script = visitor.get("/static/js/commune-autocomplete.js");
    ASSERT_EQ(script.status, 200);
    expect_security_headers(script, "static script");
    auto dsfr = visitor.get("/static/dsfr/" + TestPlatform::instance().platform().services().dsfr_version + "/dsfr.min.css");
    ASSERT_EQ(dsfr.status, 200);
    expect_security_headers(dsfr, "DSFR file");
    auto missing_static = visitor.get("/static/css/absent.css");
    expect_security_headers(missing_static, "missing static file (" + std::to_string(missing_static.status) + ")");
    auto traversal = visitor.get("/static/../../etc/passwd");
    EXPECT_NE(traversal.status, 200);
    expect_security_headers(traversal, "static traversal (" + std::to_string(traversal.status) + ")");

    auto head = visitor.request("HEAD", "/", "", {});
    expect_security_headers(head, "HEAD /");
}

TEST(SecurityHeaders, PersonalPagesAreNeverCached)
{
    auto& w = world();
    auto dossier = "/dossiers/" + std::to_string(w.shared.dossier);
    for (const std::string& path : {std::string("/compte"), std::string("/mes-dossiers"), dossier,
             dossier + "/pieces/" + std::to_string(w.shared.piece), std::string("/organisations/nouvelle")}) {
        auto response = w.owner().client.get(path);
        ASSERT_EQ(response.status, 200) << path;
        expect_no_store(response, path);
    }
}

TEST(SecurityHeaders, CookiesAreHostOnlySecureHttpOnlyAndSameSite)
{
    HttpClient client(TestPlatform::instance().port());
    auto email = TestPlatform::instance().unique_email("entetes-cookies");
    auth_support::create_account(email);
    auto page = client.get("/connexion");
    auto signed_in = auth_support::sign_in(client, email);
    ASSERT_EQ(signed_in.status, 303);
    std::vector<std::string> cookies = page.all("set-cookie");
    for (const auto& cookie : signed_in.all("set-cookie"))
        cookies.push_back(cookie);
    bool saw_session = false, saw_csrf = false;
    for (const auto& cookie : cookies) {
        EXPECT_EQ(cookie.rfind("__Host-", 0), 0u) << cookie;
        EXPECT_TRUE(contains(cookie, "; Secure")) << cookie;
        EXPECT_TRUE(contains(cookie, "; HttpOnly")) << cookie;
        EXPECT_TRUE(contains(cookie, "; SameSite=Lax") || contains(cookie, "; SameSite=Strict")) << cookie;
        EXPECT_TRUE(contains(cookie, "; Path=/")) << cookie;
        EXPECT_FALSE(contains(cookie, "Domain=")) << cookie;  // __Host- cookies carry no Domain
        saw_session = saw_session || cookie.rfind("__Host-session=", 0) == 0;
        saw_csrf = saw_csrf || cookie.rfind("__Host-csrf=", 0) == 0;
    }
    EXPECT_TRUE(saw_session);
    EXPECT_TRUE(saw_csrf);
}

TEST(SecurityHeaders, HstsOnlyWhenATrustedProxyReportsHttps)
{
    // The test platform trusts no proxy: a client cannot claim HTTPS to get (or spoof) HSTS.
    HttpClient direct(TestPlatform::instance().port());
    auto spoofed = direct.get("/", {{"X-Forwarded-Proto", "https"}});
    EXPECT_FALSE(spoofed.header("strict-transport-security").has_value());

    // The same site behind a proxy (behind_proxy = true), as in production.
    auto& test_platform = TestPlatform::instance();
    core::Config config = test_platform.config();
    config.behind_proxy = true;
    app::Platform proxied(config, test_platform.clock());
    HttpClient client(proxied.start());
    auto secure = client.get("/", {{"X-Forwarded-Proto", "https"}, {"X-Forwarded-For", "203.0.113.7"}});
    ASSERT_EQ(secure.status, 200);
    auto hsts = secure.header("strict-transport-security").value_or("");
    EXPECT_TRUE(contains(hsts, "max-age=")) << hsts;
    EXPECT_GE(std::atoll(hsts.substr(hsts.find("max-age=") + 8).c_str()), 31536000LL) << hsts;
    auto secure_error = client.get("/nexiste-pas", {{"X-Forwarded-Proto", "https"}});
    EXPECT_TRUE(secure_error.header("strict-transport-security").has_value());
    auto plain = client.get("/", {{"X-Forwarded-Proto", "http"}});
    EXPECT_FALSE(plain.header("strict-transport-security").has_value());
    proxied.stop();
}

} // namespace
} // namespace essaim::test
