// Pages: /inscription (sign-up), its confirmation link, and sending a new link.

#include "auth/confirm_email.hpp"
#include "auth/route_support.hpp"
#include "auth/sign_up.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/registry.hpp"

namespace essaim::auth {

namespace {

http::Response sign_up_form(web::Context& context, const AccountInput& input, const core::Error* error)
{
    web::Page page(context, "Créer un compte", "auth/sign_up.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Créer un compte", "");
    page.content().SetValue("EMAIL", input.email);
    page.content().SetValue("DISPLAY_NAME", input.display_name);
    if (error)
        page.set_errors(*error);
    return page.render(error ? core::http_status_of(error->kind) : 200);
}

} // namespace

void register_sign_up_routes(web::Registry& registry)
{
    registry.get("/inscription", anyone(), [](web::Context& context) {
        if (context.identity.signed_in())
            return http::Response::redirect("/compte");
        return sign_up_form(context, AccountInput{}, nullptr);
    });

    registry.post("/inscription", anyone(), [](web::Context& context) {
        const auto& form = context.form();
        AccountInput input{form.get("email"), form.get("display_name"), form.get("password")};
        auto result = sign_up(context.services, context.db(), input, request_info(context));
        if (!result)
            return sign_up_form(context, input, &result.error());
        return http::Response::redirect("/inscription/courriel-envoye");
    });

    // The same page whether the address was new or already had an account: no enumeration.
    registry.get("/inscription/courriel-envoye", anyone(), [](web::Context& context) {
        return message_page(context,
            {"Vérifiez votre boîte de réception",
                "Nous venons d’envoyer un e-mail à l’adresse indiquée. Ouvrez le lien qu’il contient pour activer votre compte.",
                "Le lien est valable 48 heures. Pensez à regarder dans les courriers indésirables. Rien reçu après quelques "
                "minutes ? Demandez un nouveau lien.",
                "/inscription/renvoyer", "Recevoir un nouveau lien"});
    });

    registry.get("/inscription/confirmer", anyone(), [](web::Context& context) {
        auto token = context.request.query_parameter("jeton").value_or("");
        auto result = confirm_email(context.services, context.db(), token, request_info(context));
        if (!result)
            return message_page(context, {"Lien de confirmation invalide", result.error().message, "",
                                             "/inscription/renvoyer", "Recevoir un nouveau lien",
                                             core::http_status_of(result.error().kind)});
        context.flash("adresse-confirmee");
        return http::Response::redirect("/connexion");
    });

    registry.get("/inscription/renvoyer", anyone(), [](web::Context& context) {
        web::Page page(context, "Recevoir un nouveau lien de confirmation", "auth/resend.tpl");
        page.add_breadcrumb("Accueil", "/");
        page.add_breadcrumb("Nouveau lien de confirmation", "");
        page.content().SetValue("EMAIL", context.request.query_parameter("email").value_or(""));
        return page.render();
    });

    registry.post("/inscription/renvoyer", anyone(), [](web::Context& context) {
        resend_confirmation(context.services, context.db(), context.form().get("email"), request_info(context));
        return http::Response::redirect("/inscription/courriel-envoye");
    });
}

} // namespace essaim::auth
