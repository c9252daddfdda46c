#include "site/module.hpp"

#include "core/config.hpp"
#include "db/session.hpp"
#include "site/health_store.hpp"
#include "web/context.hpp"
#include "web/page.hpp"

namespace essaim::site {

namespace {

//! A page of the site's own texts; the legal notice and the contact page read [legal] of the configuration.
http::Response static_page(web::Context& context, const std::string& title, const std::string& content_template,
    const std::string& description)
{
    web::Page page(context, title, content_template);
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb(title, "");
    page.set_description(description);
    const auto& config = context.config();
    const auto& legal = config.legal;
    auto& content = page.content();
    content.SetValue("SERVICE_NAME", config.service_name);
    content.SetValue("PUBLISHER", legal.publisher);
    content.SetValue("PUBLISHER_ADDRESS", legal.publisher_address);
    content.SetValue("PUBLICATION_DIRECTOR", legal.publication_director);
    content.SetValue("HOST", legal.host);
    content.SetValue("HOST_ADDRESS", legal.host_address);
    content.SetValue("CONTACT_EMAIL", legal.contact_email);
    content.SetValue("CONTACT_ADDRESS", legal.contact_address.empty() ? legal.publisher_address : legal.contact_address);
    return page.render();
}

class SiteModule final : public web::Module {
public:
    std::string name() const override { return "site"; }

    void register_routes(web::Registry& registry) override
    {
        registry.add_navigation("Accueil", "/", 0);
        registry.get("/", auth::anyone(), [](web::Context& context) {
            web::Page page(context, "Accueil", "site/home.tpl");
            page.set_description(context.config().service_tagline
                + " : l’annuaire des acteurs, les labels, les appels à candidatures et les territoires de l’innovation sociale.");
            return page.render();
        });
        registry.get("/accessibilite", auth::anyone(),
            [](web::Context& context) { return static_page(context, "Déclaration d'accessibilité", "site/accessibility.tpl",
                "Déclaration d’accessibilité d’Essaim : état de conformité au RGAA, défauts connus et voies de recours."); });
        registry.get("/mentions-legales", auth::anyone(), [](web::Context& context) {
            return static_page(context, "Mentions légales", "site/legal_notice.tpl",
                "Mentions légales d’Essaim : éditeur, direction de la publication, hébergeur, licences et crédits.");
        });
        registry.get("/contact", auth::anyone(), [](web::Context& context) {
            return static_page(context, "Contact", "site/contact.tpl",
                "Contacter l’équipe d’Essaim, par e-mail ou par courrier, selon votre demande.");
        });
        registry.get("/donnees-personnelles", auth::anyone(),
            [](web::Context& context) { return static_page(context, "Données personnelles", "site/personal_data.tpl",
                "Les données personnelles qu’Essaim conserve, pourquoi, combien de temps, et comment exercer vos droits."); });
        registry.get("/plan-du-site", auth::anyone(), [&registry](web::Context& context) {
            web::Page page(context, "Plan du site", "site/sitemap.tpl");
            page.set_description("Plan du site d’Essaim : toutes les rubriques de la plateforme.");
            page.add_breadcrumb("Accueil", "/");
            page.add_breadcrumb("Plan du site", "");
            for (const auto& item : registry.navigation()) {
                auto* entry = page.content().AddSectionDictionary("ENTRY");
                entry->SetValue("HREF", item.href);
                entry->SetValue("LABEL", item.label);
            }
            return page.render();
        });
        // Liveness: the process answers. Touches nothing else, so a load balancer can poll it cheaply.
        registry.get("/healthz", auth::anyone(), [](web::Context&) {
            auto response = http::Response::text("ok\n");
            response.set_header("Cache-Control", "no-store");
            return response;
        });
        // Readiness: the database answers too.
        registry.get("/readyz", auth::anyone(), [](web::Context& context) {
            if (!database_answers(context.db()))
                return http::Response::text("database unreachable\n", 503);
            return http::Response::text("ready\n");
        });
    }
};

} // namespace

std::unique_ptr<web::Module> make_module() { return std::make_unique<SiteModule>(); }

} // namespace essaim::site
