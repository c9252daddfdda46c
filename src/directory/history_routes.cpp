// Page: /organisations/{id}/historique, every change of a profile (who, when, what), newest first.
// For the organisation's owners and the administrators.

#include "auth/time_format.hpp"
#include "directory/changes.hpp"
#include "directory/organisation_store.hpp"
#include "directory/permissions.hpp"
#include "directory/routes.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/path_parameters.hpp"
#include "web/registry.hpp"

#include <boost/json.hpp>

namespace essaim::directory {

namespace {

constexpr int revisions_shown = 200;

//! A stored value as people read it: codes become labels, nothing becomes "(vide)".
std::string readable(const std::string& field, const boost::json::value& value)
{
    if (value.is_null())
        return "(vide)";
    if (const auto* array = value.if_array()) {
        std::string text;
        for (const auto& item : *array) {
            if (!item.is_string())
                continue;
            std::string code(item.as_string());
            auto label = label_of(actor_types(), code);
            text += (text.empty() ? "" : ", ") + (label ? std::string(*label) : code);
        }
        return text.empty() ? "(vide)" : text;
    }
    if (!value.is_string())
        return boost::json::serialize(value);
    std::string code(value.as_string());
    if (field == "status") {
        OrganisationStatus status;
        return status_from_code(code, status) ? std::string(status_label(status)) : code;
    }
    if (field == "ess_family")
        return std::string(label_of(ess_families(), code).value_or(code));
    if (field == "headcount_band")
        return std::string(label_of(headcount_bands(), code).value_or(code));
    return code;
}

http::Response history_page(web::Context& context)
{
    auto id = web::positive_id_parameter(context);
    auto organisation = id ? find_organisation(context.db(), *id) : std::nullopt;
    auto membership = organisation ? membership_of(context, *id) : std::nullopt;
    if (!organisation || !may_view_organisation(context.identity, organisation->status, membership))
        return error_response(context, 404, "Cette organisation n’existe pas ou sa fiche n’est pas encore publiée.");
    if (!may_view_history(context.identity, membership))
        return error_response(context, 403, "L’historique d’une fiche est réservé à ses responsables et aux administrateurs.");

    const auto& name = organisation->profile.name;
    web::Page page(context, "Historique de la fiche", "directory/history.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb(name, organisation_href(*id));
    page.add_breadcrumb("Historique", "");
    auto& content = page.content();
    content.SetValue("NAME", name);
    content.SetValue("ORGANISATION_HREF", organisation_href(*id));
    auto revisions = list_revisions(context.db(), *id, revisions_shown);
    content.ShowSection(revisions.empty() ? "NO_REVISION" : "HAS_REVISIONS");
    for (const auto& revision : revisions) {
        auto* row = content.AddSectionDictionary("REVISION");
        row->SetValue("REVISION_AT", auth::format_paris_time(revision.at));
        row->SetValue("REVISION_ACTOR", revision.actor_user_id == 0 ? std::string("Import des répertoires officiels")
                : revision.actor_name.empty()                       ? "Compte supprimé"
                                                                    : revision.actor_name);
        for (const auto& change : parse_changes_json(revision.changes_json)) {
            auto* item = row->AddSectionDictionary("CHANGE");
            item->SetValue("CHANGE_FIELD", std::string(field_label(change.field)));
            item->SetValue("CHANGE_BEFORE", readable(change.field, change.before));
            item->SetValue("CHANGE_AFTER", readable(change.field, change.after));
        }
    }
    return page.render();
}

} // namespace

void register_history_routes(web::Registry& registry)
{
    registry.get("/organisations/{id}/historique", auth::signed_in(), history_page);
}

} // namespace essaim::directory
