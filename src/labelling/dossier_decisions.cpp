#include "labelling/dossier_decisions.hpp"

#include "auth/route_support.hpp"
#include "labelling/dossier_page_support.hpp"
#include "labelling/permissions.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/path_parameters.hpp"
#include "web/registry.hpp"

namespace essaim::labelling {

std::optional<Decision> transition_decision(
    const Dossier& dossier, DossierState to, const std::string& motivation, const std::string& error)
{
    auto number = std::to_string(dossier.id);
    Decision decision;
    decision.id = "decision-" + std::string(state_code(to));
    decision.page_href = dossier_href(dossier.id) + "/transition";
    decision.fields = {{"to", std::string(state_code(to))}};
    decision.action = dossier_href(dossier.id) + "/transition";
    decision.cancel_href = dossier_href(dossier.id) + "#actions";
    switch (to) {
    case DossierState::ComplementsDemandes:
        decision.button = "Demander des compléments";
        decision.tone = DecisionTone::Secondary;
        decision.title = "Demander des compléments pour le dossier n° " + number;
        decision.explanation = "Le candidat reçoit votre demande par e-mail ; il complète son dossier puis le dépose "
                               "de nouveau.";
        decision.reason = DecisionReason{"Compléments demandés", "Ils sont transmis au candidat.", true, motivation, error};
        decision.confirm = "Envoyer la demande";
        return decision;
    case DossierState::Retire:
        decision.button = "Retirer la candidature";
        decision.tone = DecisionTone::Danger;
        decision.title = "Retirer la candidature du dossier n° " + number;
        decision.explanation = "Retirer la candidature met fin au dossier : il ne pourra plus être instruit. Cette "
                               "action est définitive.";
        decision.confirm = "Confirmer le retrait";
        return decision;
    default: return std::nullopt;
    }
}

Decision delete_draft_decision(const Dossier& dossier)
{
    Decision decision;
    decision.id = "suppression-brouillon";
    decision.button = "Supprimer ce brouillon";
    decision.tone = DecisionTone::Danger;
    decision.page_href = dossier_href(dossier.id) + "/supprimer";
    decision.title = "Supprimer le brouillon n° " + std::to_string(dossier.id);
    decision.explanation = "Le brouillon, ses réponses et ses pièces jointes sont supprimés définitivement.";
    decision.action = dossier_href(dossier.id) + "/supprimer";
    decision.confirm = "Supprimer définitivement";
    decision.cancel_href = dossier_href(dossier.id);
    return decision;
}

http::Response transition_decision_page(web::Context& context, const Dossier& dossier, const Decision& decision, int status)
{
    web::Page page(context, decision.title, "labelling/confirmation_page.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Dossier n° " + std::to_string(dossier.id), dossier_href(dossier.id));
    page.add_breadcrumb(decision.button, "");
    return render_decision_page(page, decision, status);
}

void register_dossier_decision_routes(web::Registry& registry)
{
    registry.get("/dossiers/{id}/transition", auth::signed_in(), [](web::Context& context) {
        auto loaded = visible_dossier(context);
        if (!loaded)
            return not_found_response(context);
        DossierState to{};
        if (!state_from_code(context.request.query_parameter("to").value_or(""), to))
            return failure_response(context, core::Error::invalid({{"to", "Cet état n’existe pas."}}, "Cet état n’existe pas."));
        auto actor = transition_actor(loaded->dossier.state, to);
        auto decision = transition_decision(loaded->dossier, to);
        if (!actor || !decision)
            return failure_response(context, core::Error::conflict("Ce changement n’est pas possible pour ce dossier."));
        if (!may_act_as(loaded->access, *actor))
            return failure_response(context, core::Error::forbidden("Ce changement ne vous revient pas."));
        return transition_decision_page(context, loaded->dossier, *decision);
    });

    registry.get("/dossiers/{id}/supprimer", auth::signed_in(), [](web::Context& context) {
        auto loaded = visible_dossier(context);
        if (!loaded)
            return not_found_response(context);
        if (!loaded->access.applicant)
            return failure_response(context, core::Error::forbidden("Seuls les auteurs d’un brouillon le suppriment."));
        if (loaded->dossier.state != DossierState::Brouillon)
            return failure_response(context, core::Error::conflict("Seul un brouillon est supprimé : ce dossier est déposé."));
        return transition_decision_page(context, loaded->dossier, delete_draft_decision(loaded->dossier));
    });
}

} // namespace essaim::labelling
