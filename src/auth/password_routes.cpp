// Pages: /mot-de-passe-oublie (ask for a link) and /mot-de-passe/reinitialiser (use it).

#include "auth/reset_password.hpp"
#include "auth/route_support.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/registry.hpp"

namespace essaim::auth {

namespace {

http::Response invalid_link(web::Context& context, const core::Error& error)
{
    return message_page(context, {"Lien de réinitialisation invalide", error.message, "", "/mot-de-passe-oublie",
                                     "Recevoir un nouveau lien", core::http_status_of(error.kind)});
}

http::Response reset_form(web::Context& context, const std::string& token, const core::Error* error)
{
    web::Page page(context, "Choisir un nouveau mot de passe", "auth/reset_password.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Nouveau mot de passe", "");
    page.content().SetValue("JETON", token);
    if (error)
        page.set_errors(*error);
    return page.render(error ? core::http_status_of(error->kind) : 200);
}

http::Response forgot_form(web::Context& context, const std::string& email, const core::Error* error)
{
    web::Page page(context, "Mot de passe oublié", "auth/forgot_password.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Mot de passe oublié", "");
    page.content().SetValue("EMAIL", email);
    if (error)
        page.set_errors(*error);
    return page.render(error ? core::http_status_of(error->kind) : 200);
}

} // namespace

void register_password_routes(web::Registry& registry)
{
    registry.get("/mot-de-passe-oublie", anyone(), [](web::Context& context) { return forgot_form(context, "", nullptr); });

    registry.post("/mot-de-passe-oublie", anyone(), [](web::Context& context) {
        auto email = context.form().get("email");
        auto result = request_password_reset(context.services, context.db(), email, request_info(context));
        if (!result)
            return forgot_form(context, email, &result.error());
        return http::Response::redirect("/mot-de-passe-oublie/courriel-envoye");
    });

    // The same answer whether or not the address has an account.
    registry.get("/mot-de-passe-oublie/courriel-envoye", anyone(), [](web::Context& context) {
        return message_page(context,
            {"Vérifiez votre boîte de réception",
                "Si un compte existe avec cette adresse, nous venons de lui envoyer un lien pour choisir un nouveau mot de passe.",
                "Le lien est valable une heure et ne sert qu’une fois. Pensez à regarder dans les courriers indésirables.",
                "/connexion", "Retour à la connexion"});
    });

    registry.get("/mot-de-passe/reinitialiser", anyone(), [](web::Context& context) {
        auto token = context.request.query_parameter("jeton").value_or("");
        auto valid = check_reset_token(context.services, context.db(), token);
        if (!valid)
            return invalid_link(context, valid.error());
        return reset_form(context, token, nullptr);
    });

    registry.post("/mot-de-passe/reinitialiser", anyone(), [](web::Context& context) {
        const auto& form = context.form();
        auto token = form.get("jeton");
        auto result = reset_password(context.services, context.db(), token, form.get("password"), request_info(context));
        if (!result) {
            if (result.error().kind == core::ErrorKind::Invalid)
                return reset_form(context, token, &result.error());
            return invalid_link(context, result.error());
        }
        context.flash("mot-de-passe-reinitialise");
        return http::Response::redirect("/connexion");
    });
}

} // namespace essaim::auth
