#include "labelling/save_dossier.hpp"

#include "core/clock.hpp"
#include "db/session.hpp"
#include "labelling/call_store.hpp"
#include "labelling/dossier_attachment_store.hpp"
#include "labelling/dossier_store.hpp"
#include "labelling/form_answers.hpp"
#include "labelling/permissions.hpp"
#include "labelling/transition_dossier.hpp"
#include "web/context.hpp"

#include <set>

namespace essaim::labelling {

namespace {

struct EditableDossier {
    Dossier dossier;
    DossierAccess access;
    CallForm form;
};

//! The dossier and its form when the user may fill it in.
core::Result<EditableDossier> editable_dossier(db::Session& session, const auth::Identity& identity, long long dossier_id)
{
    auto visible = find_visible_dossier(session, identity, dossier_id);
    if (!visible)
        return visible.error();
    const auto& dossier = visible->dossier;
    const auto& access = visible->access;
    if (!may_edit_application(access, dossier))
        return core::Error::forbidden(access.applicant
                ? "Ce dossier ne se modifie plus : il est « " + std::string(state_label(dossier.state)) + " »."
                : "Seuls les membres de l’organisation candidate remplissent le dossier.");
    auto form = find_form(session, dossier.form_id);
    if (!form)
        return core::Error::not_found("Le formulaire de ce dossier est introuvable.");
    return EditableDossier{dossier, access, std::move(*form)};
}

std::set<std::string> attached_field_keys(db::Session& session, long long dossier_id)
{
    std::set<std::string> attached;
    for (const auto& attachment : list_attachments(session, dossier_id))
        attached.insert(attachment.field_key);
    return attached;
}

} // namespace

core::FieldErrors deposit_problems(db::Session& session, const Dossier& dossier, const FormDefinition& definition)
{
    return check_answers(session, definition, dossier.answers_json, attached_field_keys(session, dossier.id), AnswerCheck::Deposit);
}

core::Result<Dossier> save_dossier(web::Services& services, db::Session& session, const auth::Identity& identity,
    const SaveRequest& request, const auth::RequestInfo& request_info)
{
    auto editable = editable_dossier(session, identity, request.dossier_id);
    if (!editable)
        return editable.error();
    const auto& dossier = editable->dossier;
    const auto* form = &editable->form;

    // The answers first, then the files: a file refused (type, size, count) never costs the answers
    // typed with it, and the form comes back with both.
    auto answers = dossier.answers_json;
    if (request.posted != nullptr) {
        answers = answers_from_form(form->definition, *request.posted);
        db::Transaction transaction(session);
        lock_dossier(session, dossier.id);
        update_answers(session, dossier.id, answers, services.clock.now());
        transaction.commit();
    }

    core::FieldErrors errors;
    if (!request.files.empty()) {
        auto added = add_attachments(services, session, identity, dossier.id, request.files, request_info);
        if (!added) {
            auto error = added.error();
            if (error.kind == core::ErrorKind::TooLarge) {
                // Still 413, but with the message next to the file input: the form comes back with the answers.
                if (error.field_errors.empty())
                    error.field_errors.emplace(request.files.front().input_name, error.message);
                return error;
            }
            if (error.kind != core::ErrorKind::Invalid)
                return error;
            errors = error.field_errors;
        }
    }

    auto check = request.action == SaveAction::Deposit ? AnswerCheck::Deposit : AnswerCheck::Draft;
    for (auto& [field, message] : check_answers(session, form->definition, answers, attached_field_keys(session, dossier.id), check))
        errors.emplace(field, message);
    if (!errors.empty())
        return core::Error::invalid(errors,
            request.action == SaveAction::Deposit
                ? "Le dossier n’a pas été déposé : corrigez les champs signalés."
                : "Le brouillon est enregistré, mais certaines réponses sont à corriger.");

    if (request.action == SaveAction::Draft)
        return find_dossier(session, dossier.id).value();
    TransitionRequest transition;
    transition.dossier_id = dossier.id;
    transition.to = DossierState::Depose;
    return transition_dossier(services, session, identity, transition, request_info);
}

core::Result<SavedAnswers> save_answers(web::Services& services, db::Session& session, const auth::Identity& identity,
    long long dossier_id, const http::Form& posted, const std::vector<std::string>& keys)
{
    auto editable = editable_dossier(session, identity, dossier_id);
    if (!editable)
        return editable.error();
    const auto& definition = editable->form.definition;
    std::vector<std::string> known;
    for (const auto& key : keys)
        if (const auto* field = find_field(definition, key); field && field->kind != FieldKind::File)
            known.push_back(key);
    if (known.empty())
        return core::Error::invalid({{"champ", "Cette question n’existe pas dans le formulaire."}},
            "Cette question n’existe pas dans le formulaire.");
    {
        // Read and written under the row's lock: two fields saved at once by two requests both stay.
        db::Transaction transaction(session);
        lock_dossier(session, dossier_id);
        auto current = find_dossier(session, dossier_id);
        if (!current)
            return core::Error::not_found("Ce dossier n’existe pas.");
        // A deposit may have happened since the check above: a deposited dossier's answers are final.
        if (!may_edit_application(editable->access, *current))
            return core::Error::conflict("Ce dossier ne se modifie plus : il est « " + std::string(state_label(current->state)) + " ».");
        update_answers(session, dossier_id, merge_answers(definition, current->answers_json, posted, known),
            services.clock.now());
        transaction.commit();
    }
    SavedAnswers saved{find_dossier(session, dossier_id).value(), {}};
    std::set<std::string> prefixes;
    for (const auto& key : known)
        prefixes.insert(field_input_name(key));
    for (auto& [name, message] : check_answers(session, definition, saved.dossier.answers_json, {}, AnswerCheck::Draft))
        for (const auto& prefix : prefixes)
            if (name == prefix || name.rfind(prefix + "__", 0) == 0)
                saved.errors.emplace(name, message);
    return saved;
}

} // namespace essaim::labelling
