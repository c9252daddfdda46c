#include "labelling/dossier_mail.hpp"

#include "core/config.hpp"

namespace essaim::labelling {

namespace {

const char* signature = "\n-- \nL'équipe Essaim\nCe message a été envoyé automatiquement ; merci de ne pas y répondre.\n";

// What the new state means for the applicant, in one sentence.
std::string explanation(DossierState to)
{
    switch (to) {
    case DossierState::Depose: return "Votre dossier est déposé : l'équipe d'instruction va l'examiner.";
    case DossierState::EnInstruction: return "Votre dossier est en cours d'instruction.";
    case DossierState::ComplementsDemandes:
        return "L'équipe d'instruction vous demande des compléments. Complétez votre dossier puis déposez-le de nouveau.";
    case DossierState::EnComite: return "Votre dossier sera examiné par le comité de labellisation.";
    case DossierState::Labellise: return "Félicitations : le comité de labellisation a attribué le label.";
    case DossierState::Refuse: return "Le comité de labellisation n'a pas attribué le label.";
    case DossierState::SansSuite: return "Votre dossier a été classé sans suite.";
    case DossierState::Retire: return "Votre dossier est retiré, comme vous l'avez demandé.";
    case DossierState::Brouillon: break;
    }
    return "";
}

} // namespace

std::string dossier_url(const core::Config& config, long long dossier_id)
{
    return config.public_url + "/dossiers/" + std::to_string(dossier_id);
}

mail::Message transition_mail(const core::Config& config, const std::string& email, const std::string& call_title,
    long long dossier_id, DossierState to, const std::string& motivation, const std::string& details)
{
    std::string text = "Bonjour,\n\nVotre dossier n° " + std::to_string(dossier_id) + " pour l'appel « " + call_title
        + " » est désormais : " + std::string(state_label(to)) + ".\n\n" + explanation(to) + "\n";
    if (!motivation.empty())
        text += "\nMotif :\n" + motivation + "\n";
    if (!details.empty())
        text += "\n" + details;
    text += "\n" + dossier_url(config, dossier_id) + "\n" + signature;
    return mail::Message{email, "Dossier n° " + std::to_string(dossier_id) + " : " + std::string(state_label(to)) + " — Essaim",
        std::move(text)};
}

} // namespace essaim::labelling
