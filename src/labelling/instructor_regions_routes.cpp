// /admin/instructeurs: administrators set the regions each instructeur covers, which the
// automatic assignment of deposited dossiers reads.

#include "auth/route_support.hpp"
#include "labelling/instructor_regions.hpp"
#include "labelling/instructor_regions_store.hpp"
#include "labelling/review_routes.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/path_parameters.hpp"
#include "web/registry.hpp"

#include <algorithm>

namespace essaim::labelling {

namespace {

http::Response instructors_page(web::Context& context, long long failed_user = 0, const core::Error* error = nullptr,
    const std::vector<std::string>* posted = nullptr)
{
    auto& session = context.db();
    auto regions = list_region_choices(session);
    web::Page page(context, "Régions des instructeurs", "labelling/instructeurs.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Administration", "/admin");
    page.add_breadcrumb("Régions des instructeurs", "");
    auto& content = page.content();
    auto instructors = list_instructor_coverage(session);
    content.ShowSection(instructors.empty() ? "EMPTY" : "HAS_INSTRUCTORS");
    for (const auto& instructor : instructors) {
        auto* block = content.AddSectionDictionary("INSTRUCTOR");
        block->SetIntValue("USER_ID", instructor.user_id);
        block->SetValue("NAME", instructor.name);
        block->SetValue("EMAIL", instructor.email);
        block->SetValue("ACTION", "/admin/instructeurs/" + std::to_string(instructor.user_id));
        const auto& checked = (posted && instructor.user_id == failed_user) ? *posted : instructor.regions;
        std::string covered;
        for (const auto& region : regions) {
            auto* option = block->AddSectionDictionary("REGION");
            option->SetValue("CODE", region.code);
            option->SetValue("NAME", region.name);
            if (std::find(checked.begin(), checked.end(), region.code) != checked.end())
                option->ShowSection("CHECKED");
            if (std::find(instructor.regions.begin(), instructor.regions.end(), region.code) != instructor.regions.end())
                covered += (covered.empty() ? "" : ", ") + region.name;
        }
        block->SetValue("COVERED", covered.empty() ? "toutes les régions" : covered);
        if (error && instructor.user_id == failed_user)
            block->SetValueAndShowSection("ERROR_MESSAGE", error->field_errors.count("regions")
                    ? error->field_errors.at("regions") : error->message, "REGIONS_ERROR");
    }
    if (error)
        page.set_errors(core::Error{error->kind, error->message, {}});
    return page.render(error ? core::http_status_of(error->kind) : 200);
}

} // namespace

void register_instructor_region_routes(web::Registry& registry)
{
    registry.add_admin_tile({"Régions des instructeurs", "/admin/instructeurs",
        "Choisir les régions de chaque instructeur pour l’attribution automatique des dossiers.", 41});
    registry.get("/admin/instructeurs", auth::administrators(), [](web::Context& context) { return instructors_page(context); });

    registry.post("/admin/instructeurs/{id}", auth::administrators(), [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        if (!id)
            return web::error_page(context, 404, "Ce compte n’existe pas.");
        auto regions = context.form().all("regions");
        auto result = save_instructor_regions(context.services, context.db(), context.identity, *id, regions,
            auth::request_info(context));
        if (!result) {
            if (result.error().kind != core::ErrorKind::Invalid)
                return web::error_page(context, core::http_status_of(result.error().kind), result.error().message);
            return instructors_page(context, *id, &result.error(), &regions);
        }
        context.flash("regions-enregistrees");
        return http::Response::redirect("/admin/instructeurs");
    });
}

} // namespace essaim::labelling
