#pragma once
// The request pipeline every request goes through: static files, then for routes the session,
// CSRF, access rule, handler, and the one error handler; security headers on every answer.

#include "http/request.hpp"
#include "http/static_files.hpp"

#include <memory>

namespace essaim::web {

struct Services;

class Application {
public:
    explicit Application(Services& services);
    http::Response handle(http::Request& request);

private:
    http::Response dispatch(http::Request& request);
    void add_security_headers(const http::Request& request, http::Response& response) const;

    Services& m_services;
    http::StaticFiles m_static;
};

//! Name of the cookie that carries the CSRF token; forms echo it in the `csrf_token` field.
inline constexpr const char* csrf_cookie_name = "__Host-csrf";
inline constexpr const char* csrf_field_name = "csrf_token";

} // namespace essaim::web
