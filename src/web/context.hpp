#pragma once
// Everything a route handler needs for one request.

#include "auth/identity.hpp"
#include "http/cookies.hpp"
#include "http/form.hpp"
#include "http/request.hpp"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace essaim::core {
struct Config;
class Clock;
} // namespace essaim::core

namespace essaim::db {
class Session;
class Pool;
class Lease;
} // namespace essaim::db

namespace essaim::web {

class Renderer;
class Registry;

//! Long-lived services shared by all requests; built once at start-up.
struct Services {
    const core::Config& config;
    const core::Clock& clock;
    db::Pool& pool;
    Renderer& renderer;
    const Registry& registry;
    //! DSFR's version, part of its asset URLs so they can be cached for a year.
    std::string dsfr_version;
    //! The key of the CSRF tokens' HMAC (core::server_secret).
    std::string secret_key;
};

struct Context {
    Context(http::Request& request, Services& services);
    ~Context();

    http::Request& request;
    Services& services;
    auth::Identity identity;
    //! The token forms and the `x-csrf-token` header must echo back, masked afresh for this answer
    //! (web/csrf.hpp). A visitor's is tied to a pre-session cookie, made and set on first use, so
    //! answers without a form (probes, API, redirects) set no cookie.
    const std::string& csrf_token();
    //! The visitor's pre-session cookie as the request carried it, if well formed (set by the pipeline).
    std::string pre_session_cookie;
    //! The request's cookies, parsed once by the pipeline.
    std::map<std::string, std::string> request_cookies;
    //! Cookies to set on whatever response the handler returns.
    std::vector<http::SetCookie> cookies;
    //! Flash message code read from the cookie for this page (shown once).
    std::string flash_code;

    //! The request's database connection, borrowed from the pool on first use.
    db::Session& db();
    //! After an unexpected database error: close the connection rather than reuse it.
    void discard_connection();
    const core::Config& config() const { return services.config; }
    const core::Clock& clock() const { return services.clock; }
    //! The parsed urlencoded body (cached).
    const http::Form& form();
    //! Shows a message on the next page (codes are registered by modules).
    void flash(std::string code);

private:
    bool m_form_parsed = false;
    http::Form m_form;
    std::unique_ptr<db::Lease> m_lease;
    std::string m_csrf_token;
};

} // namespace essaim::web
