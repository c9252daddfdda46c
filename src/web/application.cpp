#include "web/application.hpp"

#include "core/config.hpp"
#include "core/crypto.hpp"
#include "core/log.hpp"
#include "db/session.hpp"
#include "http/form.hpp"
#include "web/context.hpp"
#include "web/csrf.hpp"
#include "web/page.hpp"
#include "web/registry.hpp"

#include <algorithm>

namespace essaim::web {

namespace {

constexpr const char* flash_cookie_name = "__Host-flash";

http::Response refuse(Context& context, int status, const std::string& message, const std::string& incident = {})
{
    if (context.request.wants_json()) {
        std::string extra = incident.empty() ? std::string() : "\"incident\":\"" + incident + "\"";
        return http::Response::problem(status, std::string(http::reason_phrase(status)), message, extra);
    }
    try {
        return error_page(context, status, message, incident);
    } catch (const std::exception& failure) {
        // The error page itself failed (templates broken?): answer plainly rather than not at all.
        core::log::error("error page failed", {core::log::field("error", failure.what())});
        return http::Response::text(message, status);
    }
}

bool form_is_clean_text(const http::Form& form)
{
    for (const auto& [name, value] : form.fields()) {
        if (!http::is_clean_utf8(name) || !http::is_clean_utf8(value))
            return false;
    }
    return true;
}

std::string allow_header(const std::vector<http::Method>& methods)
{
    std::string allow;
    for (auto method : methods) {
        if (!allow.empty())
            allow += ", ";
        allow += http::method_name(method);
    }
    return allow;
}

//! The request's cookies, and the visitor's pre-session cookie when it is well formed.
void read_request_cookies(Context& context)
{
    context.request_cookies = http::parse_cookie_header(context.request.header("cookie").value_or(""));
    const auto& cookies = context.request_cookies;
    if (auto found = cookies.find(csrf_cookie_name); found != cookies.end() && found->second.size() >= 22
        && found->second.size() <= 64 && http::is_cookie_token(found->second))
        context.pre_session_cookie = found->second;
}

http::BodyAdmission refuse_body(int status, std::string message)
{
    http::BodyAdmission refusal;
    refusal.refusal_status = status;
    refusal.message = std::move(message);
    return refusal;
}

} // namespace

Application::Application(Services& services)
    : m_services(services)
{
    const auto& config = services.config;
    m_static.mount("/static/dsfr/" + services.dsfr_version + "/", config.node_modules / "@gouvfr/dsfr/dist",
        http::CachePolicy::Immutable);
    m_static.mount("/static/", config.web_root / "public", http::CachePolicy::Revalidate);
}

http::Response Application::handle(http::Request& request)
{
    http::Response response;
    if (auto file = m_static.serve(request)) {
        response = std::move(*file);
    } else {
        response = dispatch(request);
    }
    add_security_headers(request, response);
    return response;
}

http::BodyAdmission Application::admit(const http::Request& head)
{
    const auto& config = m_services.config;
    http::BodyAdmission form_body;
    form_body.limit = config.max_body_bytes;
    auto match = m_services.registry.router().match(head.method, head.path);
    if (!match.entry || match.entry->route.body_size != BodySize::Upload)
        return form_body;
    const Route& route = match.entry->route;
    // A copy without the body, which is not read yet: the hooks resolve the session from it.
    http::Request request = head;
    request.path_parameters = std::move(match.parameters);
    Context context(request, m_services);
    read_request_cookies(context);
    try {
        for (const auto& hook : m_services.registry.request_hooks())
            hook(context);
    } catch (const std::exception& failure) {
        if (m_services.pool.dialect() != db::Dialect::Sqlite)
            context.discard_connection();
        core::log::error("upload admission failed", {core::log::field("request_id", head.request_id),
                                                         core::log::field("error", failure.what())});
        return refuse_body(503, "Le service est momentanément indisponible. Réessayez dans quelques instants.");
    }
    if (!context.identity.signed_in())
        return refuse_body(403, "Connectez-vous pour envoyer des fichiers.");
    if (!route.access.allows(context.identity))
        return refuse_body(403, "Votre compte n'a pas accès à cette page.");
    // A script sends its token in the header, checked now; a plain form's comes inside the body
    // and is checked by dispatch() once the body is read, from a person whose session holds.
    if (auto sent = head.header("x-csrf-token"); sent && !csrf_token_is_valid(context, *sent))
        return refuse_body(403, "Le jeton de sécurité du formulaire est absent ou expiré. Rechargez la page et recommencez.");
    http::BodyAdmission upload;
    upload.limit = std::max(config.max_body_bytes, config.max_upload_bytes);
    return upload;
}

http::Response Application::dispatch(http::Request& request)
{
    Context context(request, m_services);
    read_request_cookies(context);
    const auto& cookies = context.request_cookies;
    if (auto found = cookies.find(flash_cookie_name); found != cookies.end()) {
        context.flash_code = found->second;
        http::SetCookie clear;
        clear.name = flash_cookie_name;
        clear.max_age_seconds = 0;
        context.cookies.push_back(clear);
    }

    http::Response response;
    std::string incident;
    try {
        for (const auto& hook : m_services.registry.request_hooks())
            hook(context);

        auto match = m_services.registry.router().match(request.method, request.path);
        if (!match.entry) {
            if (!match.allowed_methods.empty()) {
                response = refuse(context, 405, "Cette adresse n'accepte pas cette méthode.");
                response.set_header("Allow", allow_header(match.allowed_methods));
            } else {
                response = refuse(context, 404, "La page que vous cherchez est introuvable. Vérifiez l'adresse ou revenez à l'accueil.");
            }
        } else {
            request.path_parameters = std::move(match.parameters);
            const Route& route = match.entry->route;
            bool csrf_ok = true;
            if (http::changes_state(request.method) && !route.csrf_exempt) {
                std::string sent = std::string(request.header("x-csrf-token").value_or(""));
                if (sent.empty())
                    sent = context.form().get(csrf_field_name);
                csrf_ok = csrf_token_is_valid(context, sent);
            }
            if (!csrf_ok) {
                response = refuse(context, 403,
                    "Le jeton de sécurité du formulaire est absent ou expiré. Rechargez la page et recommencez.");
            } else if (!form_is_clean_text(context.form())) {
                // Checked once here so no module stores bytes that are not text.
                response = refuse(context, 400, "Le formulaire contient des caractères invalides.");
            } else if (!route.access.allows(context.identity)) {
                if (!context.identity.signed_in() && !request.wants_json()) {
                    response = http::Response::redirect("/connexion?retour=" + http::percent_encode(request.path));
                } else if (!context.identity.signed_in()) {
                    response = refuse(context, 401, "Connectez-vous pour accéder à cette ressource.");
                } else {
                    response = refuse(context, 403, "Votre compte n'a pas accès à cette page.");
                }
            } else {
                response = route.handler(context);
            }
        }
    } catch (const std::exception& failure) {
        // A PostgreSQL connection may be broken; a SQLite one is kept (the pool rolls it back):
        // closing the last one would make SQLite drop files it could not recreate on a full disk.
        if (m_services.pool.dialect() != db::Dialect::Sqlite)
            context.discard_connection();
        incident = core::random_token(6);
        // A full disk or a database that went away is not a bug: the client is told so, with a
        // status it can act on, and nothing half-written stays behind (the transaction rolled back).
        const db::Failure kind = m_services.pool.note_failure(failure);
        const char* what = kind == db::Failure::StorageFull ? "storage full"
            : kind == db::Failure::Unavailable                ? "database unavailable"
                                                              : "unhandled error";
        core::log::error(what,
            {core::log::field("incident", incident), core::log::field("request_id", request.request_id),
                core::log::field("path", request.path), core::log::field("error", failure.what())});
        if (kind == db::Failure::StorageFull) {
            response = refuse(context, 507, core::storage_full_message, incident);
            response.set_header("Retry-After", "60");
        } else if (kind == db::Failure::Unavailable) {
            response = refuse(context, 503, "Le service est momentanément indisponible. Réessayez dans quelques instants.", incident);
            response.set_header("Retry-After", "5");
        } else {
            response = refuse(context, 500,
                "Une erreur inattendue s'est produite. Si elle persiste, contactez-nous en indiquant ce numéro d'incident.",
                incident);
        }
    }
    for (const auto& cookie : context.cookies)
        response.add_header("Set-Cookie", cookie.to_header_value());
    return response;
}

void Application::add_security_headers(const http::Request& request, http::Response& response) const
{
    response.set_header("Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
    response.set_header("X-Content-Type-Options", "nosniff");
    response.set_header("Referrer-Policy", "strict-origin-when-cross-origin");
    response.set_header("X-Frame-Options", "DENY");
    response.set_header("Cross-Origin-Opener-Policy", "same-origin");
    response.set_header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (request.secure)
        response.set_header("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
    if (!response.header("cache-control"))
        response.set_header("Cache-Control", "no-store");
}

} // namespace essaim::web
