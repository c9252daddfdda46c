#include "labelling/vocabulary.hpp"

#include "labelling/call.hpp"
#include "labelling/committee.hpp"
#include "labelling/dossier.hpp"
#include "labelling/label.hpp"
#include "labelling/review.hpp"

namespace essaim::labelling {

namespace {

void register_actions(web::Vocabulary& words)
{
    const std::pair<const char*, const char*> actions[] = {
        {"labelling.call_created", "Création d’un appel à candidatures"},
        {"labelling.call_updated", "Modification d’un appel à candidatures"},
        {"labelling.call_published", "Publication d’un appel à candidatures"},
        {"labelling.call_closed", "Clôture d’un appel à candidatures"},
        {"labelling.call_instructor_added", "Instructeur ajouté à un appel"},
        {"labelling.call_instructor_removed", "Instructeur retiré d’un appel"},
        {"labelling.call_form_section_added", "Formulaire : partie ajoutée"},
        {"labelling.call_form_section_renamed", "Formulaire : partie renommée"},
        {"labelling.call_form_section_moved", "Formulaire : partie déplacée"},
        {"labelling.call_form_section_deleted", "Formulaire : partie supprimée"},
        {"labelling.call_form_field_added", "Formulaire : question ajoutée"},
        {"labelling.call_form_field_edited", "Formulaire : question modifiée"},
        {"labelling.call_form_field_moved", "Formulaire : question déplacée"},
        {"labelling.call_form_field_deleted", "Formulaire : question supprimée"},
        {"labelling.call_criterion_added", "Grille d’évaluation : critère ajouté"},
        {"labelling.call_criterion_edited", "Grille d’évaluation : critère modifié"},
        {"labelling.call_criterion_moved", "Grille d’évaluation : critère déplacé"},
        {"labelling.call_criterion_deleted", "Grille d’évaluation : critère supprimé"},
        {"labelling.dossier_started", "Dossier commencé"},
        {"labelling.dossier_transition", "Changement d’état d’un dossier"},
        {"labelling.dossier_assigned", "Dossier attribué à un instructeur"},
        {"labelling.dossier_deleted", "Brouillon de dossier supprimé"},
        {"labelling.dossier_message", "Message sur un dossier"},
        {"labelling.dossier_note", "Note interne sur un dossier"},
        {"labelling.dossier_files_sweep", "Nettoyage des fichiers de dossiers"},
        {"labelling.attachment_added", "Pièce jointe ajoutée"},
        {"labelling.attachment_removed", "Pièce jointe retirée"},
        {"labelling.instructor_regions_changed", "Régions d’un instructeur modifiées"},
        {"labelling.review_requested", "Avis d’expert demandé"},
        {"labelling.review_submitted", "Avis d’expert rendu"},
        {"labelling.review_conflict", "Conflit d’intérêts déclaré"},
        {"labelling.review_cancelled", "Demande d’avis annulée"},
        {"labelling.review_reminders", "Rappels des avis attendus"},
        {"labelling.committee_created", "Création d’une séance de comité"},
        {"labelling.committee_updated", "Modification d’une séance de comité"},
        {"labelling.committee_agenda_added", "Dossier inscrit à l’ordre du jour"},
        {"labelling.committee_decision", "Décision du comité"},
        {"labelling.committee_held", "Séance de comité tenue"},
        {"labelling.label_granted", "Label attribué"},
        {"labelling.label_withdrawn", "Label retiré"},
        {"labelling.label_renewal_started", "Renouvellement d’un label commencé"},
    };
    for (const auto& [code, label] : actions)
        words.add(web::Term::AuditAction, code, label);
}

void register_fields(web::Vocabulary& words)
{
    const std::pair<const char*, const char*> fields[] = {
        {"state", "État"},
        {"title", "Titre"},
        {"titre", "Titre"},
        {"libelle", "Libellé"},
        {"motivation", "Motivation"},
        {"motif", "Motif"},
        {"reason", "Motif"},
        {"decision", "Décision"},
        {"recommendation", "Recommandation"},
        {"code", "Code"},
        {"category", "Catégorie"},
        {"opens_on", "Ouverture"},
        {"closes_on", "Clôture"},
        {"permanent", "Appel permanent"},
        {"label_years", "Durée du label (ans)"},
        {"granted_on", "Attribué le"},
        {"expires_on", "Expire le"},
        {"due_on", "Échéance"},
        {"meets_on", "Date de la séance"},
        {"weight", "Poids"},
        {"position", "Position"},
        {"direction", "Sens"},
        {"place", "Place"},
        {"mode", "Mode d’attribution"},
        {"instructor_id", "Instructeur (compte)"},
        {"expert_id", "Expert (compte)"},
        {"dossier_id", "Dossier"},
        {"dossiers", "Dossiers"},
        {"call_id", "Appel"},
        {"appel", "Appel"},
        {"criterion_id", "Critère"},
        {"form_id", "Formulaire"},
        {"formulaire", "Formulaire"},
        {"version", "Version"},
        {"new_version", "Nouvelle version"},
        {"piece", "Pièce jointe"},
        {"fichier", "Fichier"},
        {"message", "Message"},
        {"members", "Membres"},
        {"regions", "Régions"},
        {"labels", "Labels"},
        {"organisation", "Organisation"},
        {"instructeur", "Instructeur"},
        {"to", "Vers"},
    };
    for (const auto& [code, label] : fields)
        words.add(web::Term::Field, code, label);
}

void register_states(web::Vocabulary& words)
{
    using web::Term;
    auto both = [&](Term term, std::string_view code, std::string_view label) {
        words.add(term, std::string(code), std::string(label));
        words.add(Term::Value, "state:" + std::string(code), std::string(label));
    };
    // Calls and committees first: a dossier's word wins where a code is shared ("brouillon").
    for (auto state : call_states())
        words.add(Term::Value, "state:" + std::string(call_state_code(state)), std::string(call_state_label(state)));
    for (auto state : {CommitteeState::Prevu, CommitteeState::Tenu})
        words.add(Term::Value, "state:" + std::string(committee_state_code(state)), std::string(committee_state_label(state)));
    for (auto state : {ReviewState::Demande, ReviewState::Conflit, ReviewState::Rendu, ReviewState::Annule})
        both(Term::ReviewState, review_state_code(state), review_state_label(state));
    for (auto state : dossier_states()) {
        both(Term::DossierState, state_code(state), state_label(state));
        words.add(Term::Value, "to:" + std::string(state_code(state)), std::string(state_label(state)));
    }
    words.add(Term::Value, "state:actif", "En cours");
    for (auto recommendation : {Recommendation::Favorable, Recommendation::Reserve, Recommendation::Defavorable}) {
        words.add(Term::Recommendation, std::string(recommendation_code(recommendation)),
            std::string(recommendation_label(recommendation)));
        words.add(Term::Value, "recommendation:" + std::string(recommendation_code(recommendation)),
            std::string(recommendation_label(recommendation)));
    }
    for (auto decision : {CommitteeDecision::Labellise, CommitteeDecision::Refuse, CommitteeDecision::SansSuite,
             CommitteeDecision::Renvoye})
        words.add(Term::Value, "decision:" + std::string(decision_code(decision)), std::string(decision_label(decision)));
}

} // namespace

void register_vocabulary(web::Registry& registry)
{
    auto& words = registry.vocabulary();
    register_actions(words);
    register_fields(words);
    register_states(words);
    const std::pair<const char*, const char*> records[] = {
        {"call", "Appel à candidatures"},
        {"dossier", "Dossier"},
        {"review", "Avis d’expert"},
        {"committee", "Séance de comité"},
        {"label", "Label"},
    };
    for (const auto& [code, label] : records)
        words.add(web::Term::RecordType, code, label);
}

} // namespace essaim::labelling
