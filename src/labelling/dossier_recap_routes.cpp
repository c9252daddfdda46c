// Pages: /dossiers/{id}/recapitulatif (the answers and what is still missing, before the
// deposit) and /dossiers/{id}/deposer (the deposit, confirmed on the recap).
//
// The form's "Déposer le dossier" saves the answers and leads here: the deposit is irreversible,
// so the applicant reads what will be sent, and each missing item links to its field.

#include "auth/route_support.hpp"
#include "db/session.hpp"
#include "labelling/call_store.hpp"
#include "labelling/dossier_page_support.hpp"
#include "labelling/dossier_store.hpp"
#include "labelling/save_dossier.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/registry.hpp"

#include <ctemplate/template.h>

#include <variant>

namespace essaim::labelling {

namespace {

std::string missing_title(std::size_t count)
{
    return count == 1 ? "Il manque 1 élément avant le dépôt" : "Il manque " + std::to_string(count) + " éléments avant le dépôt";
}

http::Response recap_page(web::Context& context, const Dossier& dossier, const core::Error* error)
{
    auto& session = context.db();
    const auto id = std::to_string(dossier.id);
    web::Page page(context, "Récapitulatif du dossier n° " + id, "labelling/dossier_recap.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Mes dossiers", "/mes-dossiers");
    page.add_breadcrumb("Dossier n° " + id, dossier_href(dossier.id));
    page.add_breadcrumb("Récapitulatif", "");
    auto& content = page.content();
    content.SetValue("ID", id);
    content.SetValue("HREF", dossier_href(dossier.id));
    content.SetValue("EDIT_HREF", dossier_href(dossier.id) + "/modifier");
    content.SetValue("CALL_TITLE", call_title(session, dossier.call_id));
    content.SetValue("ORGANISATION", organisation_name(session, dossier.organisation_id));
    auto form = find_form(session, dossier.form_id);
    const auto definition = form ? form->definition : FormDefinition{};
    const auto links = attachment_links(session, dossier.id);
    page.set_trusted_markup("ANSWERS_MARKUP", render_form(context, definition, dossier.answers_json, {}, links, FormMode::Read));
    add_other_attachments(content, &definition, links);
    const auto problems = deposit_problems(session, dossier, definition);
    if (error) {
        add_error_summary(page, definition, *error, dossier_href(dossier.id) + "/modifier");
    } else if (!problems.empty()) {
        auto* missing = content.AddSectionDictionary("MISSING");
        missing->SetValue("MISSING_TITLE", missing_title(problems.size()));
        for (const auto& item : error_summary(definition, problems)) {
            auto* row = missing->AddSectionDictionary("MISSING_ITEM");
            row->SetValue("ITEM_HREF", dossier_href(dossier.id) + "/modifier#" + item.input_name);
            row->SetValue("ITEM_TEXT", item.text);
        }
    }
    if (problems.empty())
        content.ShowSection("CONFIRM");
    else
        content.ShowSection("INCOMPLETE");
    return page.render(error ? core::http_status_of(error->kind) : 200);
}

//! The dossier of the path when the user may fill it in; the refusal otherwise.
std::variant<VisibleDossier, http::Response> editable(web::Context& context)
{
    auto visible = visible_dossier(context);
    if (!visible)
        return not_found_response(context);
    if (!may_edit_application(visible->access, visible->dossier))
        return failure_response(context, core::Error::forbidden(visible->access.applicant
                ? "Ce dossier ne se dépose plus : il est « " + std::string(state_label(visible->dossier.state)) + " »."
                : "Seuls les membres de l’organisation candidate déposent le dossier."));
    return std::move(*visible);
}

} // namespace

void register_dossier_recap_routes(web::Registry& registry)
{
    registry.get("/dossiers/{id}/recapitulatif", auth::signed_in(), [](web::Context& context) {
        auto found = editable(context);
        if (auto* refusal = std::get_if<http::Response>(&found))
            return std::move(*refusal);
        return recap_page(context, std::get<VisibleDossier>(found).dossier, nullptr);
    });

    registry.post("/dossiers/{id}/deposer", auth::signed_in(), [](web::Context& context) {
        auto found = editable(context);
        if (auto* refusal = std::get_if<http::Response>(&found))
            return std::move(*refusal);
        const auto& dossier = std::get<VisibleDossier>(found).dossier;
        SaveRequest request;
        request.dossier_id = dossier.id;
        request.action = SaveAction::Deposit;  // the stored answers: the recap posts none
        auto result = save_dossier(context.services, context.db(), context.identity, request, auth::request_info(context));
        if (!result) {
            if (result.error().kind != core::ErrorKind::Invalid || context.request.wants_json())
                return failure_response(context, result.error());
            return recap_page(context, dossier, &result.error());
        }
        context.flash("dossier-depose");
        return http::Response::redirect(dossier_href(dossier.id));
    });
}

} // namespace essaim::labelling
