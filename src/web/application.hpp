#pragma once
// The request pipeline every request goes through: static files, then for routes the session,
// CSRF, access rule, handler, and the one error handler; security headers on every answer.

#include "http/request.hpp"
#include "http/server.hpp"
#include "http/static_files.hpp"

#include <memory>

namespace essaim::web {

struct Services;

class Application {
public:
    explicit Application(Services& services);
    http::Response handle(http::Request& request);
    //! How much of a body the server may read, from the header alone: the upload bound for a route
    //! that takes files (BodySize::Upload) and a signed-in person it allows, whose `x-csrf-token`
    //! header, if sent, is valid; 403 for anyone else there; the form bound everywhere else.
    http::BodyAdmission admit(const http::Request& head);

private:
    http::Response dispatch(http::Request& request);
    void add_security_headers(const http::Request& request, http::Response& response) const;

    Services& m_services;
    http::StaticFiles m_static;
};

//! Name of the visitor's pre-session cookie, a random value the CSRF token of a visitor is derived
//! from; forms echo the token in the `csrf_token` field.
inline constexpr const char* csrf_cookie_name = "__Host-csrf";
inline constexpr const char* csrf_field_name = "csrf_token";

} // namespace essaim::web
