// Pages: /dossiers/{id} (the dossier for everyone allowed to see it), and the POSTs that act on
// it from there: /transition, /messages and /notes.

#include "auth/route_support.hpp"
#include "core/calendar.hpp"
#include "core/clock.hpp"
#include "db/session.hpp"
#include "labelling/call.hpp"
#include "labelling/call_store.hpp"
#include "labelling/committee_agenda.hpp"
#include "labelling/committee_permissions.hpp"
#include "labelling/committee_routes.hpp"
#include "labelling/committee_store.hpp"
#include "labelling/confirmation.hpp"
#include "labelling/dossier_decisions.hpp"
#include "labelling/dossier_attachment_store.hpp"
#include "labelling/dossier_message.hpp"
#include "labelling/dossier_page_support.hpp"
#include "labelling/dossier_store.hpp"
#include "labelling/form_answers.hpp"
#include "labelling/permissions.hpp"
#include "labelling/start_dossier.hpp"
#include "labelling/transition_dossier.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/path_parameters.hpp"
#include "web/registry.hpp"

#include <set>

namespace essaim::labelling {

namespace {

std::string size_text(long long bytes)
{
    if (bytes < 1024)
        return std::to_string(bytes) + " o";
    if (bytes < 1024 * 1024)
        return std::to_string((bytes + 1023) / 1024) + " ko";
    auto tenths = (bytes * 10 + 1024 * 1024 / 2) / (1024 * 1024);
    return std::to_string(tenths / 10) + "," + std::to_string(tenths % 10) + " Mo";
}

} // namespace

std::vector<AttachmentLink> attachment_links(db::Session& session, long long dossier_id)
{
    std::vector<AttachmentLink> links;
    for (const auto& attachment : list_attachments(session, dossier_id))
        links.push_back(AttachmentLink{attachment.id, attachment.field_key, attachment.file_name,
            dossier_href(dossier_id) + "/pieces/" + std::to_string(attachment.id), attachment.size_bytes});
    return links;
}

namespace {

struct PageInput {
    std::string message;
    std::string note;
    const core::Error* error = nullptr;
    std::string error_target;  //!< "message" or "note"
};

// The moves the user may make now, each as a decision button. The applicant deposits from the
// form, where the answers are checked field by field; the committee's moves are made from its
// session, except placing the dossier on the agenda of the next one.
void add_transition_actions(
    web::Context& context, ctemplate::TemplateDictionary& content, const Dossier& dossier, const DossierAccess& access)
{
    auto& session = context.db();
    for (auto to : dossier_states()) {
        auto actor = transition_actor(dossier.state, to);
        if (!actor || *actor == DossierActor::Committee || !may_act_as(access, *actor))
            continue;
        if (to == DossierState::Depose && *actor == DossierActor::Applicant)
            continue;
        auto* action = content.AddSectionDictionary("TRANSITION");
        if (auto decision = transition_decision(dossier, to)) {
            add_decision(*action->AddSectionDictionary("WITH_DECISION"), "DECISION", *decision);
            continue;
        }
        auto* plain = action->AddSectionDictionary("PLAIN");
        plain->SetValue("TO", std::string(state_code(to)));
        plain->SetValue("BUTTON", to == DossierState::EnInstruction ? "Commencer l’instruction"
                                                                    : "Passer à « " + std::string(state_label(to)) + " »");
    }
    if (dossier.state == DossierState::EnInstruction && access.staff) {
        auto next = next_committee_for_call(session, dossier.call_id, core::iso_day(context.clock().now()));
        if (auto committee = next ? find_committee(session, next) : std::nullopt) {
            auto* plain = content.AddSectionDictionary("TRANSITION")->AddSectionDictionary("PLAIN");
            plain->SetValue("TO", std::string(state_code(DossierState::EnComite)));
            plain->SetValue("BUTTON", "Inscrire au comité du " + core::french_date(committee->meets_on));
            plain->SetValueAndShowSection("COMMITTEE_TITLE", committee->title, "COMMITTEE_HINT");
        } else
            content.ShowSection("NO_COMMITTEE");
    }
    if (dossier.state == DossierState::EnComite)
        if (auto committee_id = pending_committee_of(session, dossier.id))
            if (auto committee = find_committee(session, committee_id)) {
                auto* agenda = content.AddSectionDictionary("ON_AGENDA");
                agenda->SetValue("COMMITTEE_TITLE", committee->title);
                agenda->SetValue("MEETS_ON", core::french_date(committee->meets_on));
                if (find_visible_committee(session, context.identity, committee_id))
                    agenda->SetValueAndShowSection("COMMITTEE_HREF", committee_href(committee_id), "COMMITTEE_LINK");
            }
}

http::Response dossier_page(web::Context& context, const Dossier& dossier, const DossierAccess& access, const PageInput& input)
{
    auto& session = context.db();
    auto call = find_call(session, dossier.call_id);
    auto organisation = organisation_name(session, dossier.organisation_id);
    auto title = "Dossier n° " + std::to_string(dossier.id);
    web::Page page(context, title + " — " + organisation, "labelling/dossier.tpl");
    page.add_breadcrumb("Accueil", "/");
    if (access.staff)
        page.add_breadcrumb("Instruction", "/instruction");
    else if (access.applicant)
        page.add_breadcrumb("Mes dossiers", "/mes-dossiers");
    page.add_breadcrumb(title, "");
    auto& content = page.content();
    content.SetValue("ID", std::to_string(dossier.id));
    content.SetValue("HREF", dossier_href(dossier.id));
    content.SetValue("ORGANISATION", organisation);
    content.SetValue("ORGANISATION_HREF", "/organisations/" + std::to_string(dossier.organisation_id));
    content.SetValue("CALL_TITLE", call ? call->title : "");
    content.SetValue("CALL_HREF", "/appels/" + std::to_string(dossier.call_id));
    content.SetValue("STATE_LABEL", std::string(state_label(dossier.state)));
    content.SetValue("STATE_CLASS", state_badge_class(dossier.state));
    content.SetValue("CREATED_AT", display_time(dossier.created_at));
    content.SetValue("UPDATED_AT", display_time(dossier.updated_at));
    content.SetValue("DEPOSITED_AT", display_time(dossier.deposited_at));
    if (dossier.decided_at != 0)
        content.SetValueAndShowSection("DECIDED_AT", display_time(dossier.decided_at), "DECIDED");
    auto instructor = user_display_name(session, dossier.instructor_id);
    content.SetValue("INSTRUCTOR", instructor.empty() ? "Pas encore désigné" : instructor);
    if (!dossier.territory_kind.empty()) {
        auto name = territory_name(session, dossier.territory_kind, dossier.territory_code);
        content.SetValueAndShowSection("TERRITORY", (name.empty() ? dossier.territory_code : name) + " ("
            + dossier.territory_code + ")", "HAS_TERRITORY");
    }
    if (dossier.state == DossierState::Labellise)
        if (auto label = label_of_dossier(session, dossier.id))
            content.SetValueAndShowSection("LABEL_HREF", "/labels/" + std::to_string(label), "HAS_LABEL");
    if (dossier.state == DossierState::ComplementsDemandes && access.applicant)
        content.SetValueAndShowSection("COMPLETIONS_MOTIVATION",
            latest_motivation(session, dossier.id, DossierState::ComplementsDemandes), "COMPLETIONS");

    // Actions the user may take now.
    if (may_edit_application(access, dossier)) {
        auto* edit = content.AddSectionDictionary("EDIT_ACTION");
        edit->SetValue("EDIT_HREF", dossier_href(dossier.id) + "/modifier");
        if (dossier.state == DossierState::Brouillon)
            add_decision(*edit->AddSectionDictionary("DELETABLE"), "DELETE", delete_draft_decision(dossier));
    }
    add_transition_actions(context, content, dossier, access);
    if (access.staff || access.expert || access.committee)
        content.SetValueAndShowSection("AVIS_HREF", dossier_href(dossier.id) + "/avis", "HAS_AVIS");

    // The application.
    if (auto form = find_form(session, dossier.form_id))
        page.set_trusted_markup("ANSWERS_MARKUP",
            render_form(context, form->definition, dossier.answers_json, {}, attachment_links(session, dossier.id),
                FormMode::Read));
    auto attachments = list_attachments(session, dossier.id);
    for (const auto& attachment : attachments) {
        auto* row = content.AddSectionDictionary("ATTACHMENT");
        row->SetValue("HREF", dossier_href(dossier.id) + "/pieces/" + std::to_string(attachment.id));
        row->SetValue("FILE_NAME", attachment.file_name);
        row->SetValue("SIZE", size_text(attachment.size_bytes));
        row->SetValue("ADDED_AT", display_time(attachment.created_at));
    }
    if (attachments.empty())
        content.ShowSection("NO_ATTACHMENT");

    // History.
    for (const auto& transition : list_transitions(session, dossier.id)) {
        auto* row = content.AddSectionDictionary("HISTORY");
        row->SetValue("AT", display_time(transition.at));
        row->SetValue("FROM", std::string(state_label(transition.from)));
        row->SetValue("TO", std::string(state_label(transition.to)));
        row->SetValue("ACTOR", transition.actor_name.empty() ? "Essaim" : transition.actor_name);
        row->SetValue("MOTIVATION", transition.motivation.empty() ? "—" : transition.motivation);
    }

    auto field_error = [&](ctemplate::TemplateDictionary* section, const std::string& target) {
        if (!input.error || input.error_target != target)
            return;
        auto found = input.error->field_errors.find("message");
        if (found != input.error->field_errors.end()) {
            section->SetValueAndShowSection("ERROR_MESSAGE", found->second, "ERROR");
            section->SetValue("INPUT_CLASS", "fr-input--error");
            section->SetValue("GROUP_CLASS", "fr-input-group--error");
        }
    };
    if (may_read_messages(access)) {
        auto* messages = content.AddSectionDictionary("MESSAGES");
        auto list = list_messages(session, dossier.id, MessageVisibility::Echange);
        for (const auto& message : list) {
            auto* row = messages->AddSectionDictionary("MESSAGE_ITEM");
            row->SetValue("AUTHOR", message.author_name.empty() ? "Compte supprimé" : message.author_name);
            row->SetValue("AT", display_time(message.created_at));
            row->SetValue("BODY", message.body);
        }
        if (list.empty())
            messages->ShowSection("NO_MESSAGE");
        if (may_write_message(access)) {
            auto* form = messages->AddSectionDictionary("MESSAGE_FORM");
            form->SetValue("ACTION", dossier_href(dossier.id) + "/messages");
            form->SetValue("VALUE", input.message);
            form->SetValue("RECIPIENT", access.staff ? "au candidat" : "à l’équipe d’instruction");
            field_error(form, "message");
        }
    }
    if (access.may_read_instruction()) {
        auto* notes = content.AddSectionDictionary("NOTES");
        auto list = list_messages(session, dossier.id, MessageVisibility::NoteInterne);
        for (const auto& note : list) {
            auto* row = notes->AddSectionDictionary("NOTE_ITEM");
            row->SetValue("AUTHOR", note.author_name.empty() ? "Compte supprimé" : note.author_name);
            row->SetValue("AT", display_time(note.created_at));
            row->SetValue("BODY", note.body);
        }
        if (list.empty())
            notes->ShowSection("NO_NOTE");
        if (may_write_note(access)) {
            auto* form = notes->AddSectionDictionary("NOTE_FORM");
            form->SetValue("ACTION", dossier_href(dossier.id) + "/notes");
            form->SetValue("VALUE", input.note);
            field_error(form, "note");
        }
    }
    int status = input.error ? core::http_status_of(input.error->kind) : 200;
    return page.render(status);
}

http::Response post_text(web::Context& context, MessageVisibility visibility)
{
    auto loaded = visible_dossier(context);
    if (!loaded)
        return not_found_response(context);
    auto body = context.form().get("message");
    auto result = post_message(context.services, context.db(), context.identity, loaded->dossier.id, visibility, body,
        auth::request_info(context));
    bool note = visibility == MessageVisibility::NoteInterne;
    if (!result) {
        if (result.error().kind != core::ErrorKind::Invalid || context.request.wants_json())
            return failure_response(context, result.error());
        PageInput input;
        (note ? input.note : input.message) = body;
        input.error = &result.error();
        input.error_target = note ? "note" : "message";
        return dossier_page(context, loaded->dossier, loaded->access, input);
    }
    if (context.request.wants_json())
        return http::Response::json("{\"id\":" + std::to_string(*result) + "}", 201);
    context.flash(note ? "dossier-note" : "dossier-message");
    return http::Response::redirect(dossier_href(loaded->dossier.id) + (note ? "#notes" : "#echanges"));
}

} // namespace

void register_dossier_page_routes(web::Registry& registry)
{
    registry.get("/dossiers/{id}", auth::signed_in(), [](web::Context& context) {
        auto loaded = visible_dossier(context);
        if (!loaded)
            return not_found_response(context);
        return dossier_page(context, loaded->dossier, loaded->access, {});
    });

    registry.post("/dossiers/{id}/transition", auth::signed_in(), [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        if (!id)
            return not_found_response(context);
        TransitionRequest request;
        request.dossier_id = *id;
        auto to = context.form().get("to");
        if (!state_from_code(to, request.to))
            return failure_response(context, core::Error::invalid({{"to", "Cet état n’existe pas."}}, "Cet état n’existe pas."));
        request.motivation = context.form().get("motivation");
        auto& session = context.db();
        // A deposit checks the answers as the form's « Déposer » button does.
        if (request.to == DossierState::Depose) {
            if (auto visible = find_visible_dossier(session, context.identity, *id)) {
                const auto& dossier = visible->dossier;
                if (transition_actor(dossier.state, request.to) && may_act_as(visible->access, DossierActor::Applicant))
                    if (auto form = find_form(session, dossier.form_id)) {
                        std::set<std::string> attached;
                        for (const auto& attachment : list_attachments(session, dossier.id))
                            attached.insert(attachment.field_key);
                        auto errors = check_answers(session, form->definition, dossier.answers_json, attached, AnswerCheck::Deposit);
                        if (!errors.empty())
                            return failure_response(context,
                                core::Error::invalid(errors, "Le dossier est incomplet : complétez-le avant de le déposer."));
                    }
            }
        }
        // « En comité » means on the agenda of a session: the next one for the dossier's call.
        core::Result<Dossier> result = core::Error::not_found("Ce dossier n’existe pas.");
        if (request.to == DossierState::EnComite) {
            auto placed
                = place_on_next_committee(context.services, session, context.identity, *id, auth::request_info(context));
            result = placed ? core::Result<Dossier>(find_dossier(session, *id).value()) : core::Result<Dossier>(placed.error());
        } else
            result = transition_dossier(context.services, session, context.identity, request, auth::request_info(context));
        if (!result) {
            if (result.error().kind != core::ErrorKind::Invalid || context.request.wants_json())
                return failure_response(context, result.error());
            auto loaded = visible_dossier(context);
            if (!loaded)
                return not_found_response(context);
            const auto& fields = result.error().field_errors;
            auto decision = transition_decision(loaded->dossier, request.to, request.motivation,
                fields.count("motivation") ? fields.at("motivation") : result.error().message);
            if (!decision)
                return failure_response(context, result.error());
            return transition_decision_page(context, loaded->dossier, *decision, 422);
        }
        if (context.request.wants_json())
            return http::Response::json("{\"id\":" + std::to_string(result->id) + ",\"state\":\""
                + std::string(state_code(result->state)) + "\"}");
        // The staff's internal steps are not mailed, and the message says so.
        context.flash(request.to == DossierState::Depose ? "dossier-depose"
                : request.to == DossierState::EnComite  ? "dossier-inscrit-comite"
                : request.to == DossierState::EnInstruction ? "dossier-etape-interne"
                                                            : "dossier-transition");
        return http::Response::redirect(dossier_href(*id));
    });

    registry.post("/dossiers/{id}/messages", auth::signed_in(),
        [](web::Context& context) { return post_text(context, MessageVisibility::Echange); });
    registry.post("/dossiers/{id}/notes", auth::signed_in(),
        [](web::Context& context) { return post_text(context, MessageVisibility::NoteInterne); });
}

} // namespace essaim::labelling
