#pragma once
// The decisions taken from a dossier's page that need a reason or a confirmation: asking for
// completions (its reason goes to the applicant), withdrawing a candidature and deleting a draft
// (both irreversible). Each is a decision button with its modal, and a confirmation page.

#include "labelling/confirmation.hpp"
#include "labelling/dossier.hpp"

#include <optional>
#include <string>

namespace essaim::web {
class Registry;
}

namespace essaim::labelling {

//! The decision for the move to `to`, or nothing when the move needs neither a reason nor a
//! confirmation (it is then a plain button).
std::optional<Decision> transition_decision(
    const Dossier& dossier, DossierState to, const std::string& motivation = {}, const std::string& error = {});
//! Deleting the draft.
Decision delete_draft_decision(const Dossier& dossier);

//! GET /dossiers/{id}/transition?to=… and GET /dossiers/{id}/supprimer: the confirmation pages.
void register_dossier_decision_routes(web::Registry& registry);
//! The confirmation page of a move, shown again after a refused reason (422).
http::Response transition_decision_page(
    web::Context& context, const Dossier& dossier, const Decision& decision, int status = 200);

} // namespace essaim::labelling
