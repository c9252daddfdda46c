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

core::Result<Dossier> save_dossier(web::Services& services, db::Session& session, const auth::Identity& identity,
    const SaveRequest& request, const auth::RequestInfo& request_info)
{
    auto visible = find_visible_dossier(session, identity, request.dossier_id);
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

    core::FieldErrors errors;
    if (!request.files.empty()) {
        auto added = add_attachments(services, session, identity, dossier.id, request.files, request_info);
        if (!added) {
            if (added.error().kind != core::ErrorKind::Invalid)
                return added.error();
            errors = added.error().field_errors;
        }
    }

    auto answers = answers_from_form(form->definition, *request.posted);
    {
        db::Transaction transaction(session);
        lock_dossier(session, dossier.id);
        update_answers(session, dossier.id, answers, services.clock.now());
        transaction.commit();
    }

    std::set<std::string> attached;
    for (const auto& attachment : list_attachments(session, dossier.id))
        attached.insert(attachment.field_key);
    auto check = request.action == SaveAction::Deposit ? AnswerCheck::Deposit : AnswerCheck::Draft;
    for (auto& [field, message] : check_answers(session, form->definition, answers, attached, check))
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

} // namespace essaim::labelling
