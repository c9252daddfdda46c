// Pages for administrators: the possible duplicates side by side, merging a pair (one record kept,
// the other absorbed) and dismissing a pair that names two distinct actors.

#include "directory/duplicate_routes.hpp"

#include "auth/route_support.hpp"
#include "auth/time_format.hpp"
#include "core/text.hpp"
#include "directory/duplicate_detection.hpp"
#include "directory/duplicate_store.hpp"
#include "directory/merge_organisations.hpp"
#include "directory/organisation_store.hpp"
#include "directory/routes.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/path_parameters.hpp"
#include "web/registry.hpp"


namespace essaim::directory {

namespace {

constexpr std::size_t pairs_shown = 50;

std::optional<long long> form_id(web::Context& context, std::string_view name)
{
    return web::positive_id(context.form().get(name));
}

std::string or_dash(const std::string& text) { return text.empty() ? "—" : text; }

void describe(web::Context& context, ctemplate::TemplateDictionary& pair, const Organisation& organisation,
    const char* prefix)
{
    auto set = [&](const std::string& name, const std::string& value) { pair.SetValue(prefix + name, value); };
    const auto& profile = organisation.profile;
    set("ID", std::to_string(organisation.id));
    set("HREF", organisation_href(organisation.id));
    set("NAME", profile.name);
    set("ACRONYM", or_dash(profile.acronym));
    set("SIREN", or_dash(profile.siren));
    set("RNA", or_dash(profile.rna));
    auto commune = profile.commune_code.empty() ? std::nullopt : find_commune(context.db(), profile.commune_code);
    set("COMMUNE", commune ? commune->name + " (" + commune->code + ")" : or_dash(profile.commune_code));
    set("ADDRESS", or_dash(profile.address_line));
    set("WEBSITE", or_dash(profile.website));
    set("STATUS", std::string(status_label(organisation.status)) + (organisation.ceased ? " — cessée" : ""));
    set("SOURCE", std::string(source_code(organisation.source)));
    set("CREATED_AT", auth::format_paris_time(organisation.created_at));
    set("MEMBERS", std::to_string(count_memberships(context.db(), organisation.id)));
    set("PROJECTS", std::to_string(count_projects(context.db(), organisation.id)));
}

http::Response list_page(web::Context& context)
{
    auto pairs = find_duplicate_pairs(context.db(), pairs_shown);
    web::Page page(context, "Doublons possibles", "directory/duplicate_list.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Administration", "/admin");
    page.add_breadcrumb("Doublons possibles", "");
    auto& content = page.content();
    content.ShowSection(pairs.empty() ? "NO_PAIRS" : "HAS_PAIRS");
    content.SetValue("COUNT", core::count_of(static_cast<long long>(pairs.size()), "paire", "paires"));
    if (pairs.size() >= pairs_shown)
        content.ShowSection("MAYBE_MORE");
    for (const auto& pair : pairs) {
        auto first = find_organisation(context.db(), pair.first_id);
        auto second = find_organisation(context.db(), pair.second_id);
        if (!first || !second)
            continue;
        auto* row = content.AddSectionDictionary("PAIR");
        row->SetValue("REASON", pair.reason);
        describe(context, *row, *first, "FIRST_");
        describe(context, *row, *second, "SECOND_");
    }
    return page.render();
}

http::Response failure(web::Context& context, const core::Error& error)
{
    return error_response(context, core::http_status_of(error.kind), error.message);
}

} // namespace

void register_duplicate_routes(web::Registry& registry)
{
    registry.add_flash("doublon-ecarte", {web::FlashLevel::Info, "Paire écartée",
        "Ces deux fiches ne seront plus proposées comme doublons."});
    registry.add_flash("doublon-fusionne", {web::FlashLevel::Success, "Fiches fusionnées",
        "La fiche gardée a repris les membres, projets, demandes et l’historique de l’autre, qui n’est plus publiée."});
    registry.add_admin_tile({"Doublons possibles", "/admin/doublons",
        "Fusionner les fiches qui décrivent le même acteur, ou les écarter.", 30});
    registry.get("/admin/doublons", auth::administrators(), list_page);

    registry.post("/admin/doublons/ecarter", auth::administrators(), [](web::Context& context) {
        auto first = form_id(context, "first_id");
        auto second = form_id(context, "second_id");
        if (!first || !second)
            return error_response(context, 400, "La paire de fiches à écarter est incomplète.");
        auto result = dismiss_duplicate(context.services, context.db(), context.identity, *first, *second,
            auth::request_info(context));
        if (!result)
            return failure(context, result.error());
        context.flash("doublon-ecarte");
        return http::Response::redirect("/admin/doublons");
    });

    registry.post("/admin/doublons/fusionner", auth::administrators(), [](web::Context& context) {
        auto kept = form_id(context, "kept_id");
        auto absorbed = form_id(context, "absorbed_id");
        if (!kept || !absorbed)
            return error_response(context, 400, "Indiquez la fiche à garder et celle à absorber.");
        auto result = merge_organisations(context.services, context.db(), context.identity, *kept, *absorbed,
            auth::request_info(context));
        if (!result)
            return failure(context, result.error());
        context.flash("doublon-fusionne");
        return http::Response::redirect("/admin/doublons");
    });
}

} // namespace essaim::directory
