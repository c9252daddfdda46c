#include "web/context.hpp"

#include "core/crypto.hpp"
#include "core/config.hpp"
#include "db/session.hpp"
#include "http/multipart.hpp"
#include "web/application.hpp"
#include "web/csrf.hpp"

namespace essaim::web {

Context::Context(http::Request& request_, Services& services_)
    : request(request_)
    , services(services_)
{
}

Context::~Context() = default;

db::Session& Context::db()
{
    if (!m_lease)
        m_lease = std::make_unique<db::Lease>(services.pool.acquire());
    return **m_lease;
}

void Context::discard_connection()
{
    if (m_lease)
        m_lease->discard();
    m_lease.reset();
}

const http::Form& Context::form()
{
    if (!m_form_parsed) {
        auto type = request.header("content-type").value_or("");
        if (type.rfind("application/x-www-form-urlencoded", 0) == 0)
            m_form = http::parse_urlencoded(request.body);
        else if (type.rfind("multipart/form-data", 0) == 0) {
            // Browsers send a file form's csrf_token inside the multipart body: its text fields
            // are the form, so the pipeline's CSRF and clean-text checks apply to uploads too.
            http::MultipartLimits limits;
            limits.max_body_bytes = services.config.max_upload_bytes;
            limits.max_parts = 2000;
            if (auto body = http::parse_multipart(type, request.body, limits))
                m_form = body->fields();
        }
        m_form_parsed = true;
    }
    return m_form;
}

const std::string& Context::csrf_token()
{
    if (m_csrf_token.empty()) {
        if (identity.signed_in()) {
            m_csrf_token = mask_csrf_token(session_csrf_token(services.secret_key, identity.session_key));
        } else {
            if (pre_session_cookie.empty()) {
                pre_session_cookie = core::random_token(16);
                http::SetCookie cookie;
                cookie.name = csrf_cookie_name;
                cookie.value = pre_session_cookie;
                cookies.push_back(std::move(cookie));
            }
            m_csrf_token = mask_csrf_token(visitor_csrf_token(services.secret_key, pre_session_cookie));
        }
    }
    return m_csrf_token;
}

void Context::flash(std::string code)
{
    http::SetCookie cookie;
    cookie.name = "__Host-flash";
    cookie.value = std::move(code);
    cookie.max_age_seconds = 60;
    cookies.push_back(std::move(cookie));
}

} // namespace essaim::web
