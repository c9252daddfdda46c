// Pages: /connexion (sign-in) and /deconnexion (sign-out).

#include "auth/demo_accounts.hpp"
#include "auth/end_sessions.hpp"
#include "auth/resolve_session.hpp"
#include "auth/route_support.hpp"
#include "auth/sign_in.hpp"
#include "core/config.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/registry.hpp"

namespace essaim::auth {

namespace {

std::string safe_return_path(const std::string& requested)
{
    return is_local_path(requested) ? requested : std::string();
}

http::Response sign_in_form(web::Context& context, const std::string& email, const std::string& retour,
    const core::Error* error)
{
    web::Page page(context, "Se connecter", "auth/sign_in.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Se connecter", "");
    page.content().SetValue("EMAIL", email);
    page.content().SetValue("RETOUR", retour);
    int status = 200;
    if (error) {
        page.set_errors(*error);
        status = core::http_status_of(error->kind);
        if (error->kind == core::ErrorKind::Forbidden)
            page.content().SetValueAndShowSection("UNCONFIRMED_EMAIL", email, "UNCONFIRMED");
        // A locked-out owner need not wait: a reset link lets them in at once.
        if (error->kind == core::ErrorKind::TooManyRequests)
            page.content().ShowSection("LOCKED_OUT");
    }
    if (context.config().demo_mode) {
        page.content().ShowSection("DEMO");
        for (const auto& account : demo_accounts()) {
            auto* row = page.content().AddSectionDictionary("DEMO_ACCOUNT");
            row->SetValue("ROLE", std::string(role_label(account.role)));
            row->SetValue("DEMO_EMAIL", account.email);
            row->SetValue("DEMO_PASSWORD", account.password);
        }
    }
    return page.render(status);
}

} // namespace

void register_sign_in_routes(web::Registry& registry)
{
    registry.get("/connexion", anyone(), [](web::Context& context) {
        auto retour = safe_return_path(context.request.query_parameter("retour").value_or(""));
        return sign_in_form(context, "", retour, nullptr);
    });

    registry.post("/connexion", anyone(), [](web::Context& context) {
        const auto& form = context.form();
        auto retour = safe_return_path(form.get("retour"));
        SignInInput input{form.get("email"), form.get("password")};
        auto result = sign_in(context.services, context.db(), input, presented_session_key(context), request_info(context));
        if (!result)
            return sign_in_form(context, input.email, retour, &result.error());
        set_session_cookie(context, result->token);
        context.flash("connecte");
        return http::Response::redirect(retour.empty() ? "/compte" : retour);
    });

    // Open to visitors too: a browser holding a stale cookie can always sign out.
    registry.post("/deconnexion", anyone(), [](web::Context& context) {
        sign_out(context.services, context.db(), context.identity, request_info(context));
        if (!presented_session_key(context).empty())
            clear_session_cookie(context);
        context.flash("deconnecte");
        return http::Response::redirect("/");
    });
}

} // namespace essaim::auth
