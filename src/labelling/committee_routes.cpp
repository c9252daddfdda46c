// Administrators' pages for committee sessions: /admin/comites (upcoming sessions first, then
// past ones), creating one and editing it; and /comites, the sessions a member sits on.

#include "labelling/committee_routes.hpp"

#include "auth/route_support.hpp"
#include "core/calendar.hpp"
#include "core/clock.hpp"
#include "directory/organisation_form.hpp"
#include "directory/routes.hpp"
#include "labelling/committee_edit.hpp"
#include "labelling/committee_store.hpp"
#include "labelling/permissions.hpp"
#include "labelling/routes.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/path_parameters.hpp"
#include "web/registry.hpp"

#include <algorithm>

namespace essaim::labelling {

std::string committee_href(long long committee_id) { return "/comites/" + std::to_string(committee_id); }

http::Response committee_error(web::Context& context, const core::Error& error)
{
    return web::error_page(context, core::http_status_of(error.kind), error.message);
}

namespace {

std::string edit_href(long long committee_id) { return "/admin/comites/" + std::to_string(committee_id) + "/modifier"; }

void add_group(ctemplate::TemplateDictionary& content, const std::string& title, const std::string& caption,
    const std::string& empty_text, const std::vector<CommitteeSummary>& sessions, bool administrator)
{
    auto* group = content.AddSectionDictionary("GROUP");
    group->SetValue("GROUP_TITLE", title);
    if (administrator)
        group->ShowSection("CAN_CREATE");
    if (sessions.empty()) {
        group->AddSectionDictionary("EMPTY_GROUP")->SetValue("EMPTY_TEXT", empty_text);
        return;
    }
    auto* table = group->AddSectionDictionary("HAS_SESSIONS");
    table->SetValue("CAPTION", caption);
    if (administrator)
        table->ShowSection("CAN_CREATE");
    for (const auto& summary : sessions) {
        const auto& committee = summary.committee;
        auto* row = table->AddSectionDictionary("SESSION");
        row->SetValue("MEETS_ON", core::french_date(committee.meets_on));
        row->SetValue("HREF", committee_href(committee.id));
        row->SetValue("TITLE", committee.title);
        row->SetValue("CALL_TITLE", committee.call_title.empty() ? "Tous les appels" : committee.call_title);
        row->SetIntValue("MEMBERS", summary.members);
        row->SetIntValue("DECIDED", summary.decided_lines);
        row->SetIntValue("LINES", summary.agenda_lines);
        row->SetValue("STATE_LABEL", std::string(committee_state_label(committee.state)));
        row->SetValue("STATE_CLASS", committee.state == CommitteeState::Tenu ? "fr-badge--success" : "fr-badge--info");
        if (administrator) {
            row->ShowSection("CAN_CREATE");
            row->SetValue("EDIT_HREF", edit_href(committee.id));
        }
    }
}

http::Response sessions_page(web::Context& context, bool administration)
{
    bool administrator = may_administer_labelling(context.identity);
    auto all = list_committees(context.db(), administration ? 0 : context.identity.user_id);
    auto today = core::iso_day(context.clock().now());
    std::vector<CommitteeSummary> upcoming, past;
    for (auto& summary : all)
        (summary.committee.meets_on >= today && summary.committee.state == CommitteeState::Prevu ? upcoming : past)
            .push_back(std::move(summary));
    // The nearest session first among those to come; the store lists the most recent first.
    std::reverse(upcoming.begin(), upcoming.end());

    web::Page page(context, "Comités de labellisation", "labelling/committee_list.tpl");
    page.add_breadcrumb("Accueil", "/");
    if (administration)
        page.add_breadcrumb("Administration", "/admin");
    page.add_breadcrumb("Comités de labellisation", "");
    auto& content = page.content();
    content.SetValue("HEADING", administration ? "Comités de labellisation" : "Mes comités de labellisation");
    content.SetValue("LEAD",
        administration ? "Les séances du comité : leur ordre du jour, le classement des dossiers par les avis des "
                         "experts, et les décisions."
                       : "Les séances dont vous êtes membre.");
    if (administration && administrator)
        content.ShowSection("CAN_CREATE");
    bool show_admin_links = administration && administrator;
    add_group(content, "Séances à venir", "Séances à venir, de la plus proche à la plus lointaine",
        "Aucune séance n’est prévue.", upcoming, show_admin_links);
    add_group(content, "Séances passées", "Séances passées, de la plus récente à la plus ancienne",
        "Aucune séance passée.", past, show_admin_links);
    return page.render();
}

struct FormPage {
    std::string title;
    std::string action;
    std::string submit_label;
    std::string cancel_href;
};

http::Response form_page(
    web::Context& context, const FormPage& form, const CommitteeInput& input, const core::Error* error)
{
    web::Page page(context, form.title, "labelling/committee_form.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Administration", "/admin");
    page.add_breadcrumb("Comités de labellisation", "/admin/comites");
    page.add_breadcrumb(form.title, "");
    auto& content = page.content();
    content.SetValue("HEADING", form.title);
    content.SetValue("FORM_ACTION", form.action);
    content.SetValue("SUBMIT_LABEL", form.submit_label);
    content.SetValue("CANCEL_HREF", form.cancel_href);
    content.SetValue("TITRE", input.title);
    content.SetValue("DATE_SEANCE", input.meets_on);
    content.SetValue("MEMBRES", input.member_emails);
    for (const auto& call : list_call_choices(context.db())) {
        auto* option = content.AddSectionDictionary("CALL_OPTION");
        option->SetIntValue("ID", call.id);
        option->SetValue("TITLE", call.title);
        if (std::to_string(call.id) == input.call_id)
            option->ShowSection("SELECTED");
    }
    if (error) {
        page.set_errors(*error);
        if (error->field_errors.count("appel"))
            content.SetValue("APPEL_SELECT_CLASS", "fr-select-group--error");
    }
    return page.render(error ? core::http_status_of(error->kind) : 200);
}

CommitteeInput input_from(web::Context& context)
{
    const auto& posted = context.form();
    return CommitteeInput{posted.get("titre"), posted.get("date_seance"), posted.get("appel"), posted.get("membres")};
}

const FormPage new_session_form{
    "Organiser une séance du comité", "/admin/comites/nouveau", "Créer la séance", "/admin/comites"};

FormPage edit_session_form(long long committee_id)
{
    return FormPage{"Modifier la séance", edit_href(committee_id), "Enregistrer", committee_href(committee_id)};
}

} // namespace

void register_committee_admin_routes(web::Registry& registry)
{
    registry.add_admin_tile({"Comités de labellisation", "/admin/comites",
        "Organiser les séances, leur ordre du jour et enregistrer les décisions.", 42});
    registry.add_flash("comite-cree",
        {web::FlashLevel::Success, "Séance créée", "Inscrivez maintenant les dossiers à son ordre du jour."});
    registry.add_flash("comite-modifie",
        {web::FlashLevel::Success, "Séance modifiée", "Ses informations et ses membres sont à jour."});

    registry.get(
        "/admin/comites", auth::administrators(), [](web::Context& context) { return sessions_page(context, true); });
    registry.get("/comites", auth::signed_in(), [](web::Context& context) { return sessions_page(context, false); });

    registry.get("/admin/comites/nouveau", auth::administrators(), [](web::Context& context) {
        CommitteeInput input;
        input.member_emails = context.identity.email;
        return form_page(context, new_session_form, input, nullptr);
    });
    registry.post("/admin/comites/nouveau", auth::administrators(), [](web::Context& context) {
        auto input = input_from(context);
        auto created
            = create_committee(context.services, context.db(), context.identity, input, auth::request_info(context));
        if (!created) {
            if (created.error().kind == core::ErrorKind::Invalid)
                return form_page(context, new_session_form, input, &created.error());
            return committee_error(context, created.error());
        }
        context.flash("comite-cree");
        return http::Response::redirect(committee_href(created.value()));
    });

    registry.get("/admin/comites/{id}/modifier", auth::administrators(), [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        auto committee = id ? find_committee(context.db(), *id) : std::nullopt;
        if (!committee)
            return committee_error(context, core::Error::not_found("Ce comité n’existe pas."));
        CommitteeInput input{committee->title, committee->meets_on,
            committee->call_id == 0 ? std::string() : std::to_string(committee->call_id), ""};
        for (const auto& member : list_members(context.db(), *id))
            input.member_emails += member.email + "\n";
        return form_page(context, edit_session_form(*id), input, nullptr);
    });
    registry.post("/admin/comites/{id}/modifier", auth::administrators(), [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        if (!id)
            return committee_error(context, core::Error::not_found("Ce comité n’existe pas."));
        auto input = input_from(context);
        auto edited
            = edit_committee(context.services, context.db(), context.identity, *id, input, auth::request_info(context));
        if (!edited) {
            if (edited.error().kind == core::ErrorKind::Invalid)
                return form_page(context, edit_session_form(*id), input, &edited.error());
            return committee_error(context, edited.error());
        }
        context.flash("comite-modifie");
        return http::Response::redirect(committee_href(*id));
    });
}

void register_committee_routes(web::Registry& registry)
{
    register_committee_admin_routes(registry);
    register_committee_session_routes(registry);
}

} // namespace essaim::labelling
