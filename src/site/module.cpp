#include "site/module.hpp"

#include "db/session.hpp"
#include "site/health_store.hpp"
#include "web/context.hpp"
#include "web/page.hpp"

namespace essaim::site {

namespace {

http::Response static_page(web::Context& context, const std::string& title, const std::string& content_template)
{
    web::Page page(context, title, content_template);
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb(title, "");
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
            return page.render();
        });
        registry.get("/accessibilite", auth::anyone(),
            [](web::Context& context) { return static_page(context, "Déclaration d'accessibilité", "site/accessibility.tpl"); });
        registry.get("/mentions-legales", auth::anyone(),
            [](web::Context& context) { return static_page(context, "Mentions légales", "site/legal_notice.tpl"); });
        registry.get("/donnees-personnelles", auth::anyone(),
            [](web::Context& context) { return static_page(context, "Données personnelles", "site/personal_data.tpl"); });
        registry.get("/plan-du-site", auth::anyone(), [&registry](web::Context& context) {
            web::Page page(context, "Plan du site", "site/sitemap.tpl");
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
