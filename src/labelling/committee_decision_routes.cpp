// A committee's decisions on its agenda: one decision button for each possible decision, opening a
// DSFR modal that confirms it (and asks its reason where one is owed); /comites/{id}/decision, the
// same confirmation as a page for browsers without JavaScript; /comites/{id}/decisions, the POST.

#include "labelling/committee_routes.hpp"

#include "auth/route_support.hpp"
#include "core/calendar.hpp"
#include "labelling/committee.hpp"
#include "labelling/committee_decision.hpp"
#include "labelling/committee_permissions.hpp"
#include "labelling/committee_store.hpp"
#include "labelling/confirmation.hpp"
#include "labelling/dossier_store.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/path_parameters.hpp"
#include "web/registry.hpp"

namespace essaim::labelling {

namespace {

struct DecisionWords {
    const char* button;
    DecisionTone tone;
    const char* title;
    const char* explanation;
    const char* reason_label; //!< nullptr when no reason is asked
    const char* reason_hint;
    const char* confirm;
};

DecisionWords words_of(CommitteeDecision decision)
{
    switch (decision) {
    case CommitteeDecision::Labellise:
        return {"Labelliser", DecisionTone::Primary, "Labelliser le dossier",
            "Le label est attribué dès la confirmation : le candidat reçoit par e-mail la page du label, son code "
            "de vérification et son certificat. Cette décision est définitive.",
            nullptr, nullptr, "Confirmer : labelliser"};
    case CommitteeDecision::Refuse:
        return {"Refuser", DecisionTone::Danger, "Refuser le label du dossier",
            "Le candidat reçoit la décision et son motif par e-mail. Cette décision est définitive.",
            "Motif du refus", "Il est transmis au candidat.", "Confirmer le refus"};
    case CommitteeDecision::SansSuite:
        return {"Classer sans suite", DecisionTone::Danger, "Classer sans suite le dossier",
            "Le candidat reçoit la décision et son motif par e-mail. Cette décision est définitive.",
            "Motif du classement", "Il est transmis au candidat.", "Confirmer le classement sans suite"};
    case CommitteeDecision::Renvoye:
        return {"Renvoyer en instruction", DecisionTone::Secondary, "Renvoyer en instruction le dossier",
            "Le dossier quitte l’ordre du jour et revient à l’équipe d’instruction ; le candidat n’est pas prévenu de "
            "cette étape interne.",
            "Ce qui reste à instruire", "L’équipe d’instruction le lit dans l’historique du dossier.",
            "Renvoyer en instruction"};
    }
    return {};
}

Decision committee_decision(long long committee_id, long long dossier_id, const std::string& organisation,
    CommitteeDecision decision, const std::string& motivation = {}, const std::string& error = {})
{
    auto words = words_of(decision);
    std::string dossier = std::to_string(dossier_id);
    Decision result;
    result.id = "decision-" + dossier + "-" + std::string(decision_code(decision));
    result.button = std::string(words.button);
    result.tone = words.tone;
    result.page_href = committee_href(committee_id) + "/decision";
    result.fields = {{"dossier", dossier}, {"decision", std::string(decision_code(decision))}};
    result.title = std::string(words.title) + " n° " + dossier + " — " + organisation;
    result.explanation = words.explanation;
    if (words.reason_label)
        result.reason = DecisionReason{words.reason_label, words.reason_hint,
            requires_motivation(DossierState::EnComite, decision_target(decision)), motivation, error};
    result.action = committee_href(committee_id) + "/decisions";
    result.confirm = words.confirm;
    result.cancel_href = committee_href(committee_id) + "#dossier-" + dossier + "-titre";
    return result;
}

// The confirmation page: the session must be open and the dossier undecided on its agenda.
http::Response decision_page(web::Context& context, long long committee_id, long long dossier_id,
    const std::string& code, const std::string& motivation, const std::string& error)
{
    auto& session = context.db();
    auto visible = find_visible_committee(session, context.identity, committee_id);
    if (!visible)
        return committee_error(context, visible.error());
    if (!visible->access.decide)
        return committee_error(
            context, core::Error::forbidden("Les décisions du comité sont enregistrées par un administrateur."));
    if (dossier_id == 0)
        return committee_error(context, core::Error::invalid({{"dossier", "Choisissez un dossier de l’ordre du jour."}},
                                            "Choisissez un dossier de l’ordre du jour."));
    CommitteeDecision decision{};
    if (!decision_from_code(code, decision))
        return committee_error(context, core::Error::not_found("Cette décision n’existe pas."));
    auto decided = agenda_line_decided(session, committee_id, dossier_id);
    if (!decided)
        return committee_error(context, core::Error::not_found("Ce dossier n’est pas à l’ordre du jour de ce comité."));
    if (*decided || visible->committee.state == CommitteeState::Tenu)
        return committee_error(context, core::Error::conflict("Le comité a déjà décidé de ce dossier."));
    auto dossier = find_dossier(session, dossier_id);
    auto organisation = dossier ? organisation_name(session, dossier->organisation_id) : std::string();
    auto confirmation = committee_decision(committee_id, dossier_id, organisation, decision, motivation, error);
    web::Page page(context, confirmation.title, "labelling/confirmation_page.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Comités de labellisation", "/admin/comites");
    page.add_breadcrumb(visible->committee.title, committee_href(committee_id));
    page.add_breadcrumb(words_of(decision).button, "");
    return render_decision_page(page, confirmation, error.empty() ? 200 : 422);
}

} // namespace

void add_decision_buttons(
    ctemplate::TemplateDictionary& block, long long committee_id, long long dossier_id, const std::string& organisation)
{
    auto* buttons = block.AddSectionDictionary("DECISION_BUTTONS");
    for (auto decision : committee_decisions())
        add_decision(*buttons->AddSectionDictionary("DECISION_BUTTON"), "BUTTON",
            committee_decision(committee_id, dossier_id, organisation, decision));
}

void register_committee_decision_routes(web::Registry& registry)
{
    registry.add_flash("decision-enregistree", {web::FlashLevel::Success, "Décision enregistrée",
                                                   "Elle est inscrite au dossier ; le candidat est informé d’une décision finale par e-mail."});

    registry.get("/comites/{id}/decision", auth::signed_in(), [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        if (!id)
            return committee_error(context, core::Error::not_found("Ce comité n’existe pas."));
        // 0 when missing: decision_page answers 422 once it has checked who asks.
        auto dossier = web::positive_id(context.request.query_parameter("dossier").value_or("")).value_or(0);
        return decision_page(context, *id, dossier, context.request.query_parameter("decision").value_or(""), {}, {});
    });

    registry.post("/comites/{id}/decisions", auth::signed_in(), [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        auto dossier = web::positive_id(context.form().get("dossier"));
        if (!id || !dossier)
            return committee_error(
                context, core::Error::not_found("Ce dossier n’est pas à l’ordre du jour de ce comité."));
        DecisionRequest request{*id, *dossier, context.form().get("decision"), context.form().get("motivation")};
        auto decided
            = record_decision(context.services, context.db(), context.identity, request, auth::request_info(context));
        if (!decided) {
            const auto& error = decided.error();
            if (error.kind == core::ErrorKind::Invalid && error.field_errors.count("motivation"))
                return decision_page(
                    context, *id, *dossier, request.decision, request.motivation, error.field_errors.at("motivation"));
            return committee_error(context, error);
        }
        context.flash("decision-enregistree");
        return http::Response::redirect(committee_href(*id) + "#dossier-" + std::to_string(*dossier) + "-titre");
    });
}

} // namespace essaim::labelling
