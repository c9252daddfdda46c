// Pages: /appels/{id}/candidater (start a dossier), /dossiers/{id}/modifier (fill it in, save the
// draft, attach and remove files, go to the recap) and /dossiers/{id}/supprimer (delete a draft).
//
// The form is one <form>: every button of it (save, attach a file, remove one, add a row, deposit)
// posts all the answers, which are saved first, so that without JavaScript nothing typed is lost.
// With JavaScript, dossier-autosave.js also saves each answer as it is typed (/reponses).

#include "auth/route_support.hpp"
#include "core/calendar.hpp"
#include "core/clock.hpp"
#include "core/config.hpp"
#include "db/session.hpp"
#include "http/multipart.hpp"
#include "labelling/call.hpp"
#include "labelling/call_store.hpp"
#include "labelling/delete_dossier.hpp"
#include "labelling/dossier_attachment.hpp"
#include "labelling/dossier_page_support.hpp"
#include "labelling/dossier_store.hpp"
#include "labelling/save_dossier.hpp"
#include "labelling/start_dossier.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/path_parameters.hpp"
#include "web/registry.hpp"

#include <optional>

namespace essaim::labelling {

namespace {

//! The input of the form's "Ajouter une autre pièce", and the value of its "Joindre" button.
constexpr const char* free_attachment_input = "fichier";
constexpr const char* free_attachment_button = "autres";

http::Response apply_page(web::Context& context, const Call& call, const StartRequest& input, const core::Error* error)
{
    web::Page page(context, "Candidater — " + call.title, "labelling/candidater.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Appels à candidatures", "/appels");
    page.add_breadcrumb(call.title, "/appels/" + std::to_string(call.id));
    page.add_breadcrumb("Candidater", "");
    auto& content = page.content();
    content.SetValue("CALL_TITLE", call.title);
    content.SetValue("ACTION", "/appels/" + std::to_string(call.id) + "/candidater");
    content.SetValue("CALL_HREF", "/appels/" + std::to_string(call.id));
    auto organisations = member_organisations(context.db(), context.identity.user_id);
    if (organisations.empty()) {
        content.ShowSection("NO_ORGANISATION");
        return page.render(error ? core::http_status_of(error->kind) : 200);
    }
    auto* form = content.AddSectionDictionary("FORM");
    for (const auto& organisation : organisations) {
        auto* option = form->AddSectionDictionary("ORGANISATION_OPTION");
        option->SetValue("VALUE", std::to_string(organisation.id));
        option->SetValue("NAME", organisation.name);
        if (organisation.id == input.organisation_id || organisations.size() == 1)
            option->ShowSection("SELECTED");
    }
    if (call.category == LabelCategory::Territoire) {
        auto* territory = form->AddSectionDictionary("TERRITORY");
        for (const auto& [code, name] : territory_kinds) {
            auto* kind = territory->AddSectionDictionary("KIND");
            kind->SetValue("VALUE", code);
            kind->SetValue("NAME", name);
            if (input.territory_kind == code)
                kind->ShowSection("CHECKED");
        }
        territory->SetValue("CODE", input.territory_code);
    }
    if (error)
        page.set_errors(*error);
    return page.render(error ? core::http_status_of(error->kind) : 200);
}

http::Response existing_page(web::Context& context, long long dossier_id)
{
    web::Page page(context, "Un dossier est déjà en cours", "labelling/candidater_existant.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Mes dossiers", "/mes-dossiers");
    page.add_breadcrumb("Dossier en cours", "");
    page.content().SetValue("ID", std::to_string(dossier_id));
    page.content().SetValue("HREF", dossier_href(dossier_id));
    return page.render(409);
}

http::Response form_page(web::Context& context, const Dossier& dossier, const core::Error* error)
{
    auto& session = context.db();
    auto title = "Compléter le dossier n° " + std::to_string(dossier.id);
    web::Page page(context, title, "labelling/dossier_form.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Mes dossiers", "/mes-dossiers");
    page.add_breadcrumb("Dossier n° " + std::to_string(dossier.id), dossier_href(dossier.id));
    page.add_breadcrumb("Compléter", "");
    auto& content = page.content();
    content.SetValue("ID", std::to_string(dossier.id));
    content.SetValue("HREF", dossier_href(dossier.id));
    content.SetValue("CALL_TITLE", call_title(session, dossier.call_id));
    content.SetValue("ORGANISATION", organisation_name(session, dossier.organisation_id));
    content.SetValue("STATE_LABEL", std::string(state_label(dossier.state)));
    content.SetValue("STATE_CLASS", state_badge_class(dossier.state));
    if (dossier.state == DossierState::ComplementsDemandes)
        content.SetValueAndShowSection("COMPLETIONS_MOTIVATION",
            latest_motivation(session, dossier.id, DossierState::ComplementsDemandes), "COMPLETIONS");
    if (dossier.state == DossierState::Brouillon)
        content.ShowSection("DELETABLE");
    const core::FieldErrors no_errors;
    const auto& errors = error ? error->field_errors : no_errors;
    auto links = attachment_links(session, dossier.id);
    auto form = find_form(session, dossier.form_id);
    if (form)
        page.set_trusted_markup("FORM_MARKUP", render_form(context, form->definition, dossier.answers_json, errors, links, FormMode::Edit));
    // The attachments that answer no question of the form (the "Autres pièces" of older dossiers, or
    // a file the call did not ask for) are listed apart; the others show under their question.
    if (!add_other_attachments(content, form ? &form->definition : nullptr, links))
        content.ShowSection("NO_ATTACHMENT");
    if (auto found = errors.find(free_attachment_input); found != errors.end()) {
        content.SetValueAndShowSection("FREE_UPLOAD_MESSAGE", found->second, "FREE_UPLOAD_ERROR");
        content.SetValue("FREE_UPLOAD_ERROR_CLASS", "fr-upload-group--error");
    }
    if (error)
        add_error_summary(page, form ? form->definition : FormDefinition{}, *error);
    return page.render(error ? core::http_status_of(error->kind) : 200);
}

// The input names of the posted files ("fichier_<key>") give the form field they answer; a name
// that is not a file field of this form makes a free attachment.
std::vector<UploadedFile> uploaded_files(const http::MultipartBody& body, const FormDefinition* definition)
{
    std::vector<UploadedFile> files;
    for (const auto& part : body.parts) {
        if (!part.is_file() || part.body.empty())
            continue;
        std::string key;
        if (part.name.rfind("fichier_", 0) == 0 && definition) {
            auto candidate = part.name.substr(8);
            if (auto field = find_field(*definition, candidate); field && field->kind == FieldKind::File)
                key = candidate;
        }
        files.push_back(UploadedFile{key, part.name, *part.file_name, part.body});
    }
    return files;
}

} // namespace

core::Result<http::MultipartBody> multipart_body(web::Context& context)
{
    auto type = context.request.header("content-type").value_or("");
    http::MultipartLimits limits;
    limits.max_body_bytes = context.config().max_upload_bytes;
    limits.max_parts = 2000;  // long forms with repeatable blocks post many fields
    return http::parse_multipart(type, context.request.body, limits);
}

void register_dossier_edit_routes(web::Registry& registry)
{
    registry.get("/appels/{id}/candidater", auth::signed_in(), [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        auto call = id ? find_call(context.db(), *id) : std::nullopt;
        if (!call || call->state == CallState::Brouillon)
            return failure_response(context, core::Error::not_found("Cet appel n’existe pas."));
        if (!is_open_for_applications(*call, core::iso_day(context.clock().now())))
            return failure_response(context, core::Error::conflict("Cet appel ne reçoit pas de candidatures en ce moment."));
        StartRequest input;
        input.call_id = call->id;
        return apply_page(context, *call, input, nullptr);
    });

    registry.post("/appels/{id}/candidater", auth::signed_in(), [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        if (!id)
            return failure_response(context, core::Error::not_found("Cet appel n’existe pas."));
        StartRequest request;
        request.call_id = *id;
        auto organisation = context.form().get("organisation");
        request.organisation_id = std::atoll(organisation.c_str());
        request.territory_kind = context.form().get("territoire_type");
        request.territory_code = context.form().get("territoire_code");
        auto result = start_dossier(context.services, context.db(), context.identity, request, auth::request_info(context));
        if (!result) {
            if (result.error().kind != core::ErrorKind::Invalid || context.request.wants_json())
                return failure_response(context, result.error());
            auto call = find_call(context.db(), *id);
            return apply_page(context, *call, request, &result.error());
        }
        if (result->existing)
            return existing_page(context, result->dossier_id);
        return http::Response::redirect(dossier_href(result->dossier_id) + "/modifier");
    });

    register_dossier_recap_routes(registry);
    register_dossier_autosave_routes(registry);

    registry.get("/dossiers/{id}/modifier", auth::signed_in(), [](web::Context& context) {
        auto visible = visible_dossier(context);
        if (!visible)
            return not_found_response(context);
        if (!may_edit_application(visible->access, visible->dossier))
            return failure_response(context, core::Error::forbidden(visible->access.applicant
                    ? "Ce dossier ne se modifie plus : il est « " + std::string(state_label(visible->dossier.state)) + " »."
                    : "Seuls les membres de l’organisation candidate remplissent le dossier."));
        return form_page(context, visible->dossier, nullptr);
    });

    registry.upload("/dossiers/{id}/modifier", auth::signed_in(), [](web::Context& context) {
        auto visible = visible_dossier(context);
        if (!visible)
            return not_found_response(context);
        SaveRequest request;
        request.dossier_id = visible->dossier.id;
        http::MultipartBody body;
        auto type = context.request.header("content-type").value_or("");
        if (type.rfind("multipart/form-data", 0) == 0) {
            auto parsed = multipart_body(context);
            if (!parsed)
                return failure_response(context, parsed.error());
            body = std::move(parsed.value());
        }
        auto form = find_form(context.db(), visible->dossier.form_id);
        const auto& posted = context.form();
        request.posted = &posted;
        request.files = uploaded_files(body, form ? &form->definition : nullptr);
        const auto add_row = posted.get("ajouter_ligne");
        const auto attach = posted.get("joindre");
        const auto remove = posted.get("retirer_piece");
        const auto action = posted.get("action");
        // Only a deposit button deposits; every other button of the form (add a row, attach or
        // remove a file) saves the answers as a draft first, so nothing typed is lost.
        const bool other_button = !add_row.empty() || !attach.empty() || !remove.empty();
        request.action = action == "deposer" && !other_button ? SaveAction::Deposit : SaveAction::Draft;
        auto result = save_dossier(context.services, context.db(), context.identity, request, auth::request_info(context));
        std::optional<core::Error> problem;
        if (!result) {
            const auto kind = result.error().kind;
            if ((kind != core::ErrorKind::Invalid && kind != core::ErrorKind::TooLarge) || context.request.wants_json())
                return failure_response(context, result.error());
            problem = result.error();
        }
        if (!remove.empty()) {
            auto removed = remove_attachment(context.services, context.db(), context.identity, visible->dossier.id,
                std::atoll(remove.c_str()), auth::request_info(context));
            if (!removed)
                return failure_response(context, removed.error());
        }
        const FormField* attached_field = form ? find_field(form->definition, attach) : nullptr;
        const std::string attach_input = attached_field && attached_field->kind == FieldKind::File ? file_input_name(attach)
            : attach == free_attachment_button                                                   ? free_attachment_input
                                                                                                 : "";
        if (!attach_input.empty() && request.files.empty()) {
            if (!problem)
                problem = core::Error::invalid({}, "Vos réponses sont enregistrées, mais aucun fichier n’a été joint.");
            problem->field_errors.emplace(attach_input, "Choisissez un fichier avant de cliquer sur « Joindre ».");
        }
        if (problem) {
            auto saved = find_dossier(context.db(), visible->dossier.id);
            return form_page(context, saved ? *saved : visible->dossier, &*problem);
        }
        const auto id = visible->dossier.id;
        if (!add_row.empty())
            return http::Response::redirect(dossier_href(id) + "/modifier#" + field_input_name(add_row));
        if (!attach_input.empty()) {
            context.flash("piece-ajoutee");
            return http::Response::redirect(dossier_href(id) + "/modifier#" + attach_input);
        }
        if (!remove.empty()) {
            context.flash("piece-supprimee");
            return http::Response::redirect(dossier_href(id) + "/modifier");
        }
        if (action == "verifier")
            return http::Response::redirect(dossier_href(id) + "/recapitulatif");
        if (request.action == SaveAction::Deposit) {
            context.flash("dossier-depose");
            return http::Response::redirect(dossier_href(id));
        }
        context.flash("dossier-enregistre");
        return http::Response::redirect(dossier_href(id) + "/modifier");
    });

    registry.post("/dossiers/{id}/supprimer", auth::signed_in(), [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        if (!id)
            return not_found_response(context);
        auto result = delete_dossier(context.services, context.db(), context.identity, *id, auth::request_info(context));
        if (!result)
            return failure_response(context, result.error());
        context.flash("dossier-supprime");
        return http::Response::redirect("/mes-dossiers");
    });
}

} // namespace essaim::labelling
